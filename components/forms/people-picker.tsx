"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** One choice: a person (their name and organization), or a thing by its name (a material: its title). */
export type PickerOption = { id: string; fullName: string; organization?: string | null };

type Props = {
  id: string;
  label: string;
  hint: string;
  /** The chosen options, in order. */
  value: PickerOption[];
  onChange: (next: PickerOption[]) => void;
  error?: string;
  errorsNamespace?: string;
  max?: number;
  /** Where to search: a route answering `?q=` with a Result of options (lib/http/lookup.ts). */
  source: string;
  /** The picker's own words (keys as under materials.coAuthorPicker). */
  messages: string;
};

type Lookup = { state: "idle" } | { state: "loading" } | { state: "failed" } | { state: "done"; options: PickerOption[] };
/** The last answer and the query it answers: anything else typed is still loading. */
type Answer = { q: string; options: PickerOption[] | null };

const minLength = 2;

/**
 * A combobox (WAI-ARIA 1.2 list autocomplete) of registered colleagues — material co-authors, contest
 * jurors, event speakers — or of other named things (an event's materials): type two letters, pick
 * with the arrows and Enter or a click; Escape closes the list, then clears the text. Chosen options
 * become chips with a remove button, in the order they were picked.
 */
export function PeoplePicker({ id, label, hint, value, onChange, error, errorsNamespace, max = 20, source, messages }: Props) {
  const t = useTranslations(messages);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState("");
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState("");

  const q = query.trim();
  useEffect(() => {
    if (q.length < minLength) return;
    const controller = new AbortController();
    // A short pause: one request per burst of typing, the previous one cancelled.
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${source}?q=${encodeURIComponent(q)}`, { signal: controller.signal, headers: { accept: "application/json" } });
        const body = (await response.json()) as { ok: boolean; data?: PickerOption[] };
        setAnswer({ q, options: body.ok && body.data ? body.data : null });
      } catch {
        if (!controller.signal.aborted) setAnswer({ q, options: null });
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, source]);

  const lookup: Lookup = q.length < minLength ? { state: "idle" } : answer?.q !== q ? { state: "loading" } : answer.options ? { state: "done", options: answer.options } : { state: "failed" };
  const chosen = new Set(value.map((v) => v.id));
  const options = lookup.state === "done" ? lookup.options.filter((o) => !chosen.has(o.id)) : [];
  const expanded = open && q.length >= minLength && lookup.state !== "idle";
  const showList = expanded && options.length > 0;
  const full = value.length >= max;

  // The suggestions and the active one stay on screen: on a phone the field is often near the bottom.
  useEffect(() => {
    if (!showList) return;
    const target = active >= 0 ? list.current?.children[active] : list.current;
    target?.scrollIntoView?.({ block: "nearest" });
  }, [showList, active]);

  const optionId = (i: number) => `${id}-option-${i}`;

  function pick(option: PickerOption) {
    if (full || chosen.has(option.id)) return;
    onChange([...value, option]);
    setQuery("");
    setOpen(false);
    setActive(-1);
    setAnnouncement(t("added", { name: option.fullName }));
    input.current?.focus();
  }

  function remove(option: PickerOption) {
    onChange(value.filter((v) => v.id !== option.id));
    setAnnouncement(t("removed", { name: option.fullName }));
    input.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        return;
      }
      if (options.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i < 0 ? (step > 0 ? 0 : options.length - 1) : (i + step + options.length) % options.length));
    } else if (event.key === "Enter") {
      // Enter never submits the form from here: it picks, or does nothing.
      event.preventDefault();
      const option = options[active] ?? (options.length === 1 ? options[0] : undefined);
      if (expanded && option) pick(option);
    } else if (event.key === "Escape") {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (query) {
        event.preventDefault();
        setQuery("");
      }
    }
  }

  const status =
    q.length > 0 && q.length < minLength
      ? t("typeMore")
      : lookup.state === "loading"
        ? t("searching")
        : lookup.state === "failed"
          ? t("failed")
          : lookup.state === "done"
            ? options.length === 0
              ? t("none")
              : t("found", { count: options.length })
            : "";

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {value.length > 0 && (
        <ul aria-label={t("chosen")} className="flex flex-wrap gap-2">
          {value.map((v) => (
            <li key={v.id} className="inline-flex max-w-full items-center gap-1 rounded-full border border-brand-600/40 bg-brand-50 py-1 pl-3 pr-1 text-sm text-slate-900">
              <span className="min-w-0 truncate">{v.fullName}</span>
              <button
                type="button"
                onClick={() => remove(v)}
                aria-label={t("remove", { name: v.fullName })}
                title={t("remove", { name: v.fullName })}
                className="inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-full text-slate-700 hover:bg-brand-100 hover:text-slate-950"
              >
                <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
                  <path d="M4 4l8 8M12 4l-8 8" />
                </svg>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="relative">
        <Input
          ref={input}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          disabled={full}
          value={query}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && active >= 0 && options[active] ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(" ")}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setAnnouncement("");
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul
          ref={list}
          id={listId}
          role="listbox"
          aria-label={label}
          hidden={!showList}
          className="absolute inset-x-0 top-full z-20 mt-1 max-h-72 overflow-y-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg"
        >
          {options.map((o, i) => (
            <li
              key={o.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              // Keeps focus in the input, so the list does not close before the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(o)}
              onMouseEnter={() => setActive(i)}
              className={`cursor-pointer px-3 py-2 ${i === active ? "bg-brand-50 outline-2 -outline-offset-2 outline-brand-600" : ""}`}
            >
              <span className="block font-medium text-slate-900">{o.fullName}</span>
              {o.organization && <span className="block text-sm text-slate-600">{o.organization}</span>}
            </li>
          ))}
        </ul>
      </div>
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-600">
        {expanded || (q.length > 0 && q.length < minLength) ? status : announcement}
      </p>
      <FieldError id={id} error={error} errorsNamespace={errorsNamespace} />
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {full ? t("full", { max }) : hint}
      </p>
    </div>
  );
}

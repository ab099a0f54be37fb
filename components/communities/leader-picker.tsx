"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { Input } from "@/components/ui/input";
import type { LeaderCandidate } from "@/lib/communities/admin-queries";
import { searchLeaderCandidatesAction } from "@/lib/communities/actions";

type Chosen = { id: string; name: string };

/** Finds an active account as the administrator types: name, e-mail or organization. Remount it (key) to clear the search. */
export function LeaderPicker({ id, value, onChange, errorId }: { id: string; value: Chosen | null; onChange: (user: Chosen | null) => void; errorId?: string }) {
  const t = useTranslations("communities.admin.leader");
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<LeaderCandidate[]>([]);
  const [searched, setSearched] = useState(false);
  const listId = useId();
  const hintId = `${id}-hint`;

  useEffect(() => {
    if (query.trim().length < 2) return;
    let current = true;
    const timer = setTimeout(async () => {
      const found = await searchLeaderCandidatesAction(query);
      if (!current) return;
      setOptions(Array.isArray(found) ? found : []);
      setSearched(true);
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  if (value) {
    return (
      <div className="space-y-1">
        <p className="text-sm font-medium text-slate-800">{t("user")}</p>
        <div className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-300 bg-white p-3">
          <span className="text-slate-900">{t("chosen", { name: value.name })}</span>
          <button type="button" className="min-h-11 text-sm font-medium text-brand-700 underline" onClick={() => onChange(null)}>
            {t("change")}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {t("user")}
        <span aria-hidden="true" className="text-red-700"> *</span>
      </label>
      <Input
        id={id}
        type="search"
        autoComplete="off"
        aria-controls={listId}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(" ")}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          if (e.target.value.trim().length < 2) {
            setOptions([]);
            setSearched(false);
          }
        }}
      />
      <p id={hintId} className="text-sm text-slate-600">
        {t("userHint")}
      </p>
      <ul id={listId} aria-live="polite" className="space-y-1">
        {options.map((o) => (
          <li key={o.id}>
            <button type="button" className="w-full rounded-md border border-slate-200 bg-white p-2 text-left hover:border-brand-600 hover:bg-brand-50" onClick={() => onChange({ id: o.id, name: o.fullName })}>
              <span className="block font-medium text-slate-900">{o.fullName}</span>
              {o.organization && <span className="block text-sm text-slate-600">{o.organization}</span>}
            </button>
          </li>
        ))}
        {searched && options.length === 0 && <li className="text-sm text-slate-600">{t("notFound")}</li>}
      </ul>
    </div>
  );
}

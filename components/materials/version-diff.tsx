import { getTranslations } from "next-intl/server";
import type { ListDiff, TextDiff } from "@/lib/materials/versions";

// Removals and additions as <del> and <ins>, each announced to screen readers, since those
// elements are silent in most of them.

const removedClass = "bg-red-100 text-red-900 line-through decoration-red-700";
const addedClass = "bg-green-100 text-green-900 underline decoration-green-700 underline-offset-2";

export async function TextDiffView({ diff, long = false }: { diff: TextDiff; long?: boolean }) {
  const t = await getTranslations("materials.versions");
  if (!diff.changed) return <p className="text-sm text-slate-600">{t("unchanged")}</p>;
  return (
    <p className={`break-words whitespace-pre-wrap text-slate-900 ${long ? "max-h-[70vh] overflow-y-auto rounded-md border border-slate-200 p-3 text-sm leading-relaxed" : ""}`}>
      {diff.parts.map((part, i) => {
        if (part.change === "same") return <span key={i}>{part.text}</span>;
        // The spaces after a changed run stay unmarked: only words are struck through or underlined.
        const [, words = "", spaces = ""] = /^([\s\S]*?)(\s*)$/.exec(part.text) ?? [];
        return (
          <span key={i}>
            {part.change === "removed" ? (
              <del className={removedClass}>
                <span className="sr-only">[{t("removed")} </span>
                {words}
                <span className="sr-only"> {t("endRemoved")}]</span>
              </del>
            ) : (
              <ins className={addedClass}>
                <span className="sr-only">[{t("added")} </span>
                {words}
                <span className="sr-only"> {t("endAdded")}]</span>
              </ins>
            )}
            {spaces}
          </span>
        );
      })}
    </p>
  );
}

/** Removed and added items of a list, then what stayed. */
export async function ListDiffView({ diff, label }: { diff: ListDiff; label: (item: string) => string }) {
  const t = await getTranslations("materials.versions");
  return (
    <div className="space-y-1">
      <p className="flex flex-wrap gap-1.5">
        {diff.removed.map((item, i) => (
          <del key={`-${i}`} className={`rounded px-1.5 ${removedClass}`}>
            <span className="sr-only">{t("removed")} </span>
            {label(item)}
          </del>
        ))}
        {diff.added.map((item, i) => (
          <ins key={`+${i}`} className={`rounded px-1.5 ${addedClass}`}>
            <span className="sr-only">{t("added")} </span>
            {label(item)}
          </ins>
        ))}
      </p>
      {diff.kept.length > 0 && <p className="text-sm text-slate-600">{t("kept", { items: diff.kept.map(label).join(", ") })}</p>}
    </div>
  );
}

/** A single value (kind, licence): before and after. */
export async function ValueChange({ before, after }: { before: string; after: string }) {
  const t = await getTranslations("materials.versions");
  return (
    <p className="flex flex-wrap items-center gap-1.5">
      <del className={`rounded px-1.5 ${removedClass}`}>
        <span className="sr-only">{t("before")}: </span>
        {before}
      </del>
      <span aria-hidden="true">→</span>
      <ins className={`rounded px-1.5 ${addedClass}`}>
        <span className="sr-only">{t("after")}: </span>
        {after}
      </ins>
    </p>
  );
}

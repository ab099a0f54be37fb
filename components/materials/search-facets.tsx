import { getTranslations } from "next-intl/server";
import type { SearchFacets } from "@/lib/materials/search";
import type { SearchQuery } from "@/lib/materials/search-query";

type Group = { name: keyof SearchFacets; options: { value: string; label: string; count: number }[] };

/** Facet checkboxes with counts (estimates, shown as «≈N», when the search was broad), inside the search form: filters live in the URL, no JavaScript needed. */
export async function SearchFacetsPanel({ facets, query, approximate = false }: { facets: SearchFacets; query: SearchQuery; approximate?: boolean }) {
  const [t, tr] = await Promise.all([getTranslations("materials.search"), getTranslations("reference")]);
  const groups: Group[] = [
    { name: "kind", options: facets.kind.map((f) => ({ value: f.code, label: tr(`materialKinds.${f.code}`), count: f.count })) },
    { name: "subject", options: facets.subject.map((f) => ({ value: f.code, label: tr(`subjects.${f.code}`), count: f.count })) },
    { name: "level", options: facets.level.map((f) => ({ value: f.code, label: tr(`educationLevels.${f.code}`), count: f.count })) },
    { name: "theme", options: facets.theme.map((f) => ({ value: f.code, label: tr(`priorityThemes.${f.code}`), count: f.count })) },
    { name: "community", options: facets.community.map((f) => ({ value: f.id, label: f.name, count: f.count })) },
    { name: "licence", options: facets.licence.map((f) => ({ value: f.code, label: tr(`materialLicences.${f.code}`), count: f.count })) },
  ];
  return (
    <div className="space-y-4">
      {groups
        .filter((g) => g.options.length > 0)
        .map((g) => (
          <details key={g.name} open={(query[g.name] as string[]).length > 0 || g.name === "kind"} className="rounded-md border border-slate-200 bg-white p-3">
            <summary className="cursor-pointer font-medium text-slate-900">{t(`facets.${g.name}`)}</summary>
            <fieldset className="mt-2 max-h-64 space-y-1 overflow-y-auto">
              <legend className="sr-only">{t(`facets.${g.name}`)}</legend>
              {g.options.map((o) => (
                <label key={o.value} className="flex min-h-9 items-center gap-2 text-sm text-slate-800">
                  <input type="checkbox" name={g.name} value={o.value} defaultChecked={(query[g.name] as string[]).includes(o.value)} className="h-4 w-4 shrink-0" />
                  <span className="min-w-0 flex-1">{o.label}</span>
                  <span className="text-slate-600">{approximate ? t("approximateCount", { count: o.count }) : o.count}</span>
                </label>
              ))}
            </fieldset>
          </details>
        ))}
    </div>
  );
}

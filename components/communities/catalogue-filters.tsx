import Form from "next/form";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { Link } from "@/i18n/navigation";
import type { CatalogueQuery } from "@/lib/communities/schemas";
import { communityKinds, communityTypes, priorityThemes } from "@/lib/reference/communities";
import { subjects } from "@/lib/reference/subjects";

const label = "block text-sm font-medium text-slate-800";

/**
 * A GET form: the filters live in the URL, so results can be shared and it works without
 * JavaScript. On a phone the filters fold into a disclosure; on a wide screen they stay open.
 */
export function CatalogueFilters({ locale, query, municipalities }: { locale: string; query: CatalogueQuery; municipalities: string[] }) {
  const t = useTranslations("communities.catalogue");
  const tt = useTranslations("reference.communityTypes");
  const tk = useTranslations("reference.communityKinds");
  const ts = useTranslations("reference.subjects");
  const th = useTranslations("reference.priorityThemes");
  const known = query.municipality && !municipalities.includes(query.municipality) ? [query.municipality, ...municipalities] : municipalities;
  const active = [query.type, query.kind, query.subject, query.theme, query.municipality, query.archived ? "1" : ""].filter(Boolean).length;
  const select = (name: string, title: string, any: string, value: string, options: readonly string[], text: (code: string) => string) => (
    <div className="space-y-1">
      <label htmlFor={`catalogue-${name}`} className={label}>
        {title}
      </label>
      <Select id={`catalogue-${name}`} name={name} defaultValue={value}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {text(o)}
          </option>
        ))}
      </Select>
    </div>
  );

  return (
    <search>
      <Form action={`/${locale}/communities`} aria-label={t("filtersLabel")} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
          <div className="space-y-1">
            <label htmlFor="catalogue-q" className={label}>
              {t("search")}
            </label>
            <Input id="catalogue-q" name="q" type="search" defaultValue={query.q} maxLength={100} aria-describedby="catalogue-q-hint" />
          </div>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={buttonClass("primary", "flex-1 sm:flex-none")}>
              {t("submit")}
            </button>
            {(query.q || active > 0) && (
              <Link href="/communities" className={buttonClass("secondary", "flex-1 sm:flex-none")}>
                {t("reset")}
              </Link>
            )}
          </div>
          <p id="catalogue-q-hint" className="-mt-2 text-sm text-slate-600 sm:col-span-2">
            {t("searchHint")}
          </p>
        </div>
        <details open={active > 0} className="group lg:details-content:[content-visibility:visible]">
          <summary className="flex min-h-11 cursor-pointer items-center gap-2 font-medium text-brand-800 lg:hidden">
            <span aria-hidden="true" className="transition-transform group-open:rotate-90">
              ▸
            </span>
            <span>{t("filters")}</span>
            {active > 0 && <span className="rounded-full bg-brand-50 px-2 text-sm">{active}</span>}
          </summary>
          <div className="grid gap-4 pt-2 sm:grid-cols-2 lg:grid-cols-3 lg:pt-0">
            {select("type", t("type"), t("anyType"), query.type, communityTypes, (c) => tt(c))}
            {select("kind", t("kind"), t("anyKind"), query.kind, communityKinds, (c) => tk(c))}
            {select("subject", t("subject"), t("anySubject"), query.subject, subjects, (c) => ts(c))}
            {select("theme", t("theme"), t("anyTheme"), query.theme, priorityThemes, (c) => th(c))}
            {select("municipality", t("municipality"), t("anyMunicipality"), query.municipality, known, (m) => m)}
            <label className="flex min-h-11 items-center gap-2 self-end text-sm text-slate-800">
              <input type="checkbox" name="archived" value="1" defaultChecked={query.archived} className="h-4 w-4" />
              {t("archived")}
            </label>
          </div>
        </details>
      </Form>
    </search>
  );
}

import Form from "next/form";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { Link } from "@/i18n/navigation";
import type { DirectoryQuery } from "@/lib/organizations/schemas";
import { organizationKinds } from "@/lib/reference/organization-kinds";

/** A GET form: the filters live in the URL, so results can be shared and it works without JavaScript. */
export function DirectoryFilters({ locale, query, municipalities }: { locale: string; query: DirectoryQuery; municipalities: string[] }) {
  const t = useTranslations("organizations.directory");
  const tk = useTranslations("reference.organizationKinds");
  const known = query.municipality && !municipalities.includes(query.municipality) ? [query.municipality, ...municipalities] : municipalities;
  return (
    <search>
      <Form action={`/${locale}/organizations`} aria-label={t("filtersLabel")} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto] lg:items-end">
        <div className="space-y-1 sm:col-span-2 lg:col-span-1">
          <label htmlFor="directory-q" className="block text-sm font-medium text-slate-800">
            {t("search")}
          </label>
          <Input id="directory-q" name="q" type="search" defaultValue={query.q} maxLength={100} aria-describedby="directory-q-hint" />
        </div>
        {/* Under the search box on phones; under the whole row on wide screens, keeping the controls aligned. */}
        <p id="directory-q-hint" className="-mt-3 text-sm text-slate-600 sm:col-span-2 lg:order-last lg:col-span-4">
          {t("searchHint")}
        </p>
        <div className="space-y-1">
          <label htmlFor="directory-kind" className="block text-sm font-medium text-slate-800">
            {t("kind")}
          </label>
          <Select id="directory-kind" name="kind" defaultValue={query.kind}>
            <option value="">{t("anyKind")}</option>
            {organizationKinds.map((k) => (
              <option key={k} value={k}>
                {tk(k)}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <label htmlFor="directory-municipality" className="block text-sm font-medium text-slate-800">
            {t("municipality")}
          </label>
          <Select id="directory-municipality" name="municipality" defaultValue={query.municipality}>
            <option value="">{t("anyMunicipality")}</option>
            {known.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-1">
          <button type="submit" className={buttonClass("primary", "flex-1 lg:flex-none")}>
            {t("submit")}
          </button>
          {(query.q || query.kind || query.municipality) && (
            <Link href="/organizations" className={buttonClass("secondary", "flex-1 lg:flex-none")}>
              {t("reset")}
            </Link>
          )}
        </div>
      </Form>
    </search>
  );
}

import Form from "next/form";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { Link } from "@/i18n/navigation";

type Props<S extends string> = {
  locale: string;
  /** The list's path without the locale, e.g. "/admin/communities". */
  path: string;
  /** Messages with search, status, statuses.<code>, submit, reset, filtersLabel. */
  namespace: string;
  /** The filter's choices, "all" among them. */
  statuses: readonly S[];
  query: { q: string; status: S };
};

/** Search and status filter of an administrators' list, kept in the URL; works without JavaScript. */
export function SearchStatusFilters<S extends string>({ locale, path, namespace, statuses, query }: Props<S>) {
  const t = useTranslations(namespace);
  const id = (field: string) => `${path.replaceAll("/", "-").slice(1)}-${field}`;
  return (
    <search>
      <Form action={`/${locale}${path}`} aria-label={t("filtersLabel")} className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <div className="space-y-1">
          <label htmlFor={id("q")} className="block text-sm font-medium text-slate-800">
            {t("search")}
          </label>
          <Input id={id("q")} name="q" type="search" defaultValue={query.q} maxLength={100} />
        </div>
        <div className="space-y-1">
          <label htmlFor={id("status")} className="block text-sm font-medium text-slate-800">
            {t("status")}
          </label>
          <Select id={id("status")} name="status" defaultValue={query.status}>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s as string}`)}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass("primary", "flex-1")}>
            {t("submit")}
          </button>
          {(query.q || query.status !== "all") && (
            <Link href={path} className={buttonClass("secondary", "flex-1")}>
              {t("reset")}
            </Link>
          )}
        </div>
      </Form>
    </search>
  );
}

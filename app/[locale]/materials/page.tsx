import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Badge } from "@/components/communities/badges";
import { SearchFacetsPanel } from "@/components/materials/search-facets";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/input";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { searchMaterials } from "@/lib/materials/search";
import { searchQuerySchema, searchSorts, type SearchQuery } from "@/lib/materials/search-query";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "materials" });
  return { title: t("title") };
}

/** The query string of this search on another page (every filter kept). */
function pageHref(query: SearchQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const name of ["kind", "subject", "level", "theme", "community", "licence"] as const) for (const v of query[name]) params.append(name, v);
  if (query.sort !== "relevance") params.set("sort", query.sort);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `/materials?${s}` : "/materials";
}

export default async function MaterialsBankPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await currentUser();
  const raw = await searchParams;
  let result = await searchMaterials({ viewer, query: raw });
  const invalid = !result.ok;
  if (!result.ok) result = await searchMaterials({ viewer, query: {} });
  if (!result.ok) throw new Error("materials search refused an empty query");
  const search = result.data;
  const query = searchQuerySchema.safeParse(raw).data ?? searchQuerySchema.parse({});
  const [t, ts, tr, format] = await Promise.all([getTranslations("materials"), getTranslations("materials.search"), getTranslations("reference"), getFormatter()]);
  const link = "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-900 no-underline hover:bg-slate-100";

  return (
    <div className="space-y-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <p className="flex flex-wrap gap-3">
        {viewer && (
          <>
            <Link href="/materials/new" className={buttonClass("primary")}>
              {t("new")}
            </Link>
            <Link href="/materials/mine" className={buttonClass("secondary")}>
              {t("mine")}
            </Link>
          </>
        )}
        <Link href="/materials/collections" className={buttonClass("secondary")}>
          {t("collections.nav")}
        </Link>
        {can(viewer, "materials.review") && (
          <Link href="/materials/review" className={buttonClass("secondary")}>
            {t("reviews")}
          </Link>
        )}
      </p>
      {invalid && <Alert tone="error">{ts("invalid")}</Alert>}
      <form method="get" action={`/${locale}/materials`} className="grid gap-6 lg:grid-cols-[18rem_1fr]">
        <div className="order-2 space-y-3 lg:order-1">
          <h2 className="text-lg font-semibold text-slate-900">{ts("filters")}</h2>
          <SearchFacetsPanel facets={search.facets} query={query} approximate={search.approximate} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="secondary">
              {ts("apply")}
            </Button>
            <Link href="/materials" className={buttonClass("ghost")}>
              {ts("reset")}
            </Link>
          </div>
        </div>
        <div className="order-1 min-w-0 space-y-4 lg:order-2">
          <div className="flex flex-wrap items-end gap-3">
            <div className="min-w-0 flex-[2_1_16rem] space-y-1">
              <label htmlFor="search-q" className="block text-sm font-medium text-slate-800">
                {ts("label")}
              </label>
              <Input id="search-q" name="q" type="search" defaultValue={query.q} placeholder={ts("placeholder")} maxLength={200} />
            </div>
            <div className="min-w-0 flex-[1_1_10rem] space-y-1">
              <label htmlFor="search-sort" className="block text-sm font-medium text-slate-800">
                {ts("sort")}
              </label>
              <Select id="search-sort" name="sort" defaultValue={query.sort}>
                {searchSorts.map((s) => (
                  <option key={s} value={s}>
                    {ts(`sorts.${s}`)}
                  </option>
                ))}
              </Select>
            </div>
            <Button type="submit">{ts("submit")}</Button>
          </div>
          <p role="status" className="text-sm font-medium text-slate-700">
            {search.total === 0 ? ts("empty") : ts(search.approximate ? "foundAbout" : "found", { count: search.total })}
          </p>
          {search.approximate && <p className="text-sm text-slate-600">{ts("approximateNote", { pageCount: search.pageCount })}</p>}
          <ul className="space-y-3">
            {search.items.map((m) => (
              <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <p className="mb-1 flex flex-wrap gap-1.5">
                  <Badge tone="brand">{tr(`materialKinds.${m.kind}`)}</Badge>
                  {m.levels.slice(0, 3).map((l) => (
                    <Badge key={l}>{tr(`educationLevels.${l}`)}</Badge>
                  ))}
                </p>
                <h3 className="text-lg font-semibold">
                  <Link href={`/materials/${m.id}`}>{m.title}</Link>
                </h3>
                <p className="mt-1 text-sm text-slate-800">{m.excerpt}</p>
                <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-600">
                  <span>{m.subjects.map((s) => tr(`subjects.${s}`)).join(", ")}</span>
                  {m.communityName && <span>{m.communityName}</span>}
                  <span>{format.dateTime(m.publishedAt, { dateStyle: "medium" })}</span>
                  <span>{ts("stats", { views: m.viewCount, downloads: m.downloadCount })}</span>
                </p>
              </li>
            ))}
          </ul>
          {search.pageCount > 1 && (
            <nav aria-label={ts("pages")} className="flex flex-wrap items-center justify-between gap-3">
              {search.page > 1 ? (
                <Link href={pageHref(query, search.page - 1)} rel="prev" className={link}>
                  {ts("previous")}
                </Link>
              ) : (
                <span />
              )}
              <p className="text-sm text-slate-700">{ts("pageStatus", { page: search.page, pageCount: search.pageCount })}</p>
              {search.page < search.pageCount ? (
                <Link href={pageHref(query, search.page + 1)} rel="next" className={link}>
                  {ts("next")}
                </Link>
              ) : (
                <span />
              )}
            </nav>
          )}
        </div>
      </form>
    </div>
  );
}

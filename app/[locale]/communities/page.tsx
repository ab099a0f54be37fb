import { getTranslations, setRequestLocale } from "next-intl/server";
import { CatalogueFilters } from "@/components/communities/catalogue-filters";
import { CommunityCards } from "@/components/communities/community-cards";
import { Pagination } from "@/components/organizations/pagination";
import { PageTitle } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/current-user";
import { listCommunities, listCommunityMunicipalities } from "@/lib/communities/queries";
import { catalogueQuerySchema } from "@/lib/communities/schemas";
import { firstValues } from "@/lib/organizations/schemas";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "communities.catalogue" });
  return { title: t("title") };
}

export default async function CommunitiesCataloguePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const filters = catalogueQuerySchema.parse(firstValues(await searchParams));
  const viewer = await currentUser();
  const [t, results, municipalities] = await Promise.all([getTranslations("communities.catalogue"), listCommunities({ viewer, filters }), listCommunityMunicipalities()]);
  const filtered = Boolean(filters.q || filters.type || filters.kind || filters.subject || filters.theme || filters.municipality || filters.archived);
  const linkParams = {
    q: filters.q,
    type: filters.type,
    kind: filters.kind,
    subject: filters.subject,
    theme: filters.theme,
    municipality: filters.municipality,
    archived: filters.archived ? "1" : "",
  };

  return (
    <div className="space-y-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <CatalogueFilters locale={locale} query={filters} municipalities={municipalities} />
      <p role="status" className="text-sm font-medium text-slate-700">
        {results.total === 0 ? (filtered ? t("empty") : t("emptyCatalogue")) : t("found", { count: results.total })}
      </p>
      {results.items.length > 0 && <CommunityCards items={results.items} />}
      <Pagination path="/communities" params={linkParams} page={results.page} pageCount={results.pageCount} />
    </div>
  );
}

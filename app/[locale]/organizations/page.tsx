import { getTranslations, setRequestLocale } from "next-intl/server";
import { DirectoryFilters } from "@/components/organizations/directory-filters";
import { DirectoryResults } from "@/components/organizations/directory-results";
import { Pagination } from "@/components/organizations/pagination";
import { PageTitle } from "@/components/ui/card";
import { listDirectory, listMunicipalities } from "@/lib/organizations/queries";
import { directoryQuerySchema, firstValues } from "@/lib/organizations/schemas";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "organizations.directory" });
  return { title: t("title") };
}

export default async function OrganizationsDirectoryPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = directoryQuerySchema.parse(firstValues(await searchParams));
  const [t, results, municipalities] = await Promise.all([getTranslations("organizations.directory"), listDirectory(query), listMunicipalities()]);
  const filtered = Boolean(query.q || query.kind || query.municipality);

  return (
    <div className="space-y-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <DirectoryFilters locale={locale} query={query} municipalities={municipalities} />
      <p role="status" className="text-sm font-medium text-slate-700">
        {results.total === 0 ? (filtered ? t("empty") : t("emptyDirectory")) : t("found", { count: results.total })}
      </p>
      {results.items.length > 0 && <DirectoryResults items={results.items} />}
      <Pagination path="/organizations" params={{ q: query.q, kind: query.kind, municipality: query.municipality }} page={results.page} pageCount={results.pageCount} />
    </div>
  );
}

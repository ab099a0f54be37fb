import { getTranslations, setRequestLocale } from "next-intl/server";
import { SearchStatusFilters } from "@/components/admin/search-status-filters";
import { AdminTable } from "@/components/communities/admin-table";
import { Pagination } from "@/components/organizations/pagination";
import { buttonClass } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { listCommunitiesForAdmin } from "@/lib/communities/admin-queries";
import { adminQuerySchema, adminStatusFilters } from "@/lib/communities/schemas";
import { firstValues } from "@/lib/organizations/schemas";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "communities.admin" });
  return { title: t("title") };
}

export default async function AdminCommunitiesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "communities.manage");
  const query = adminQuerySchema.parse(firstValues(await searchParams));
  const [t, list] = await Promise.all([getTranslations("communities.admin"), listCommunitiesForAdmin({ actor: viewer, query })]);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
        <Link href="/admin/communities/new" className={buttonClass("primary")}>
          {t("create")}
        </Link>
      </div>
      <SearchStatusFilters locale={locale} path="/admin/communities" namespace="communities.admin.list" statuses={adminStatusFilters} query={query} />
      <p role="status" className="text-sm font-medium text-slate-700">
        {list.total === 0 ? t("list.empty") : t("list.found", { count: list.total })}
      </p>
      {list.items.length > 0 && <AdminTable items={list.items} />}
      <Pagination path="/admin/communities" params={{ q: query.q, status: query.status === "all" ? "" : query.status }} page={list.page} pageCount={list.pageCount} />
    </div>
  );
}

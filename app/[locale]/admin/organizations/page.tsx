import { getTranslations, setRequestLocale } from "next-intl/server";
import { SearchStatusFilters } from "@/components/admin/search-status-filters";
import { AdminTable } from "@/components/organizations/admin-table";
import { Pagination } from "@/components/organizations/pagination";
import { PendingRequest } from "@/components/organizations/pending-request";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { listOrganizationsForAdmin, listPendingOrganizations } from "@/lib/organizations/queries";
import { adminQuerySchema, adminStatusFilters, firstValues, organizationIdSchema } from "@/lib/organizations/schemas";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "organizations.admin" });
  return { title: t("title") };
}

export default async function AdminOrganizationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "organizations.manage");
  const raw = firstValues(await searchParams);
  const query = adminQuerySchema.parse(raw);
  const [t, pending, all] = await Promise.all([
    getTranslations("organizations.admin"),
    listPendingOrganizations({ actor: viewer }),
    listOrganizationsForAdmin({ actor: viewer, query }),
  ]);
  const listParams = { q: query.q, status: query.status === "all" ? "" : query.status };
  // After approving or merging, come back to the same list with a notice.
  const doneQuery = Object.fromEntries(Object.entries({ ...listParams, page: query.page > 1 ? String(query.page) : "" }).filter(([, v]) => v));
  const approvedId = raw.done === "approved" && organizationIdSchema.safeParse(raw.org).success ? raw.org : null;
  const moved = raw.done === "merged" ? Number.parseInt(raw.moved ?? "", 10) : Number.NaN;

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
        <Link href="/admin/organizations/new" className={buttonClass("primary")}>
          {t("create")}
        </Link>
      </div>

      {approvedId && (
        <Alert tone="success">
          {t("requests.approved")} <Link href={`/organizations/${approvedId}`}>{t("edit.publicPage")}</Link>
        </Alert>
      )}
      {Number.isInteger(moved) && moved >= 0 && <Alert tone="success">{t("merge.done", { count: moved })}</Alert>}

      <section aria-labelledby="requests-title" className="space-y-4">
        <div className="flex flex-wrap items-baseline gap-3">
          <h2 id="requests-title" className="text-xl font-semibold text-slate-900">
            {t("requests.title")}
          </h2>
          {pending.total > 0 && <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-sm font-medium text-amber-900">{t("requests.count", { count: pending.total })}</span>}
        </div>
        {pending.total === 0 ? (
          <p className="text-slate-700">{t("requests.empty")}</p>
        ) : (
          <>
            <p className="max-w-3xl text-sm text-slate-700">{t("requests.lead")}</p>
            <div className="grid gap-4 lg:grid-cols-2">
              {pending.items.map((org) => (
                <PendingRequest key={org.id} org={org} donePath="/admin/organizations" doneQuery={doneQuery} />
              ))}
            </div>
            {pending.total > pending.items.length && <p className="text-sm text-slate-700">{t("requests.more", { shown: pending.items.length, total: pending.total })}</p>}
          </>
        )}
      </section>

      <section aria-labelledby="all-title" className="space-y-4">
        <h2 id="all-title" className="text-xl font-semibold text-slate-900">
          {t("list.title")}
        </h2>
        <SearchStatusFilters locale={locale} path="/admin/organizations" namespace="organizations.admin.list" statuses={adminStatusFilters} query={query} />
        <p role="status" className="text-sm font-medium text-slate-700">
          {all.total === 0 ? t("list.empty") : t("list.found", { count: all.total })}
        </p>
        {all.items.length > 0 && <AdminTable items={all.items} />}
        <Pagination path="/admin/organizations" params={listParams} page={all.page} pageCount={all.pageCount} />
      </section>
    </div>
  );
}

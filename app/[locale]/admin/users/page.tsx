import { getTimeZone, getTranslations, setRequestLocale } from "next-intl/server";
import { UserFilters } from "@/components/admin/users/user-filters";
import { UsersList } from "@/components/admin/users/users-list";
import { Pagination } from "@/components/organizations/pagination";
import { PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { firstValues } from "@/lib/organizations/schemas";
import { listUsersForAdmin } from "@/lib/users/queries";
import { userListQuerySchema } from "@/lib/users/schemas";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "adminUsers.list" });
  return { title: t("title") };
}

export default async function AdminUsersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "users.manage");
  const query = userListQuerySchema.parse(firstValues(await searchParams));
  const [t, tz, zone, result] = await Promise.all([
    getTranslations("adminUsers.list"),
    getTranslations("reference.timeZones"),
    getTimeZone(),
    listUsersForAdmin({ actor: viewer, query }),
  ]);
  const listParams = { q: query.q, role: query.role, status: query.status === "all" ? "" : query.status };

  return (
    <div className="space-y-4">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      {result.pendingApproval > 0 && query.status !== "pending_approval" && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          {t("pendingNotice", { count: result.pendingApproval })} <Link href="/admin/users?status=pending_approval">{t("pendingShow")}</Link>
        </p>
      )}
      <UserFilters locale={locale} query={query} />
      <p role="status" className="text-sm font-medium text-slate-700">
        {result.total === 0 ? t("empty") : t("found", { count: result.total })}
      </p>
      {result.items.length > 0 && (
        <>
          <UsersList items={result.items} />
          <p className="text-sm text-slate-600">{t("timeZone", { zone: tz.has(zone) ? tz(zone) : zone })}</p>
        </>
      )}
      <Pagination path="/admin/users" params={listParams} page={result.page} pageCount={result.pageCount} />
    </div>
  );
}

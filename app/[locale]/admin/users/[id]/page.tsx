import { getFormatter, getTimeZone, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { AuditList } from "@/components/admin/users/audit-list";
import { BlockForm } from "@/components/admin/users/block-form";
import { ConsentsList } from "@/components/admin/users/consents-list";
import { RolesForm } from "@/components/admin/users/roles-form";
import { UserActionButton } from "@/components/admin/users/user-action-button";
import { Panel } from "@/components/admin/users/panel";
import { UserStatusBadges } from "@/components/admin/users/user-status";
import { Alert } from "@/components/ui/alert";
import { PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import { orNotFound } from "@/lib/http/or-not-found";
import { firstValues } from "@/lib/organizations/schemas";
import { getUserForAdmin, listUserAudit, listUserConsents } from "@/lib/users/queries";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "adminUsers.list" });
  return { title: t("title") };
}

const notices = { blocked: "block.done", unblocked: "block.unblockDone", approved: "approve.done" } as const;

export default async function AdminUserPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "users.manage");
  const user = await orNotFound(getUserForAdmin({ actor: viewer, id }));
  const done = firstValues(await searchParams).done;
  const notice = done && done in notices ? notices[done as keyof typeof notices] : null;
  const [t, ts, tz, format, zone, consents, audit] = await Promise.all([
    getTranslations("adminUsers"),
    getTranslations("reference.subjects"),
    getTranslations("reference.timeZones"),
    getFormatter(),
    getTimeZone(),
    can(viewer, "users.viewConsents") ? listUserConsents({ actor: viewer, userId: user.id }) : null,
    can(viewer, "audit.read") ? listUserAudit({ actor: viewer, userId: user.id }) : null,
  ]);
  const path = `/admin/users/${user.id}`;
  const deleted = user.status === "deleted";
  const date = (value: Date, time = false) => (
    <time dateTime={value.toISOString()}>{format.dateTime(value, time ? { dateStyle: "long", timeStyle: "short" } : { dateStyle: "long" })}</time>
  );
  const zoneName = (z: string) => (tz.has(z) ? tz(z) : z);

  const details: [string, ReactNode][] = [
    [t("details.email"), user.email ?? <span className="text-slate-600">{t("details.notGiven")}</span>],
    [t("details.phone"), user.phone || <span className="text-slate-600">{t("details.notGiven")}</span>],
    [t("details.position"), user.position || <span className="text-slate-600">{t("details.notGiven")}</span>],
    [
      t("details.organization"),
      user.organization ? (
        <>
          <Link href={`/admin/organizations/${user.organization.id}`}>{user.organization.name}</Link>
          {user.organization.pending && <span className="block text-sm text-amber-900">{t("details.organizationPending")}</span>}
        </>
      ) : (
        <span className="text-slate-600">{t("details.notGiven")}</span>
      ),
    ],
    [t("details.subjects"), user.subjects.length ? user.subjects.map((s) => (ts.has(s) ? ts(s) : s)).join(", ") : <span className="text-slate-600">{t("details.notGiven")}</span>],
    [t("details.registered"), date(user.createdAt, true)],
    [t("details.emailVerified"), user.emailVerifiedAt ? date(user.emailVerifiedAt, true) : <span className="text-amber-900">{t("details.emailNotVerified")}</span>],
    [t("details.timeZone"), zoneName(user.timeZone)],
    [t("details.updatedAt"), date(user.updatedAt, true)],
  ];

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/admin/users">
          <span aria-hidden="true">←&nbsp;</span>
          {t("details.back")}
        </Link>
      </p>
      <PageTitle lead={user.email ?? undefined}>{deleted ? t("details.deletedUser") : user.fullName}</PageTitle>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-700">
        <UserStatusBadges status={user.status} emailVerified={user.emailVerified} />
        {user.isSelf && <span>{t("details.self")}</span>}
        {user.status === "active" && <Link href={`/users/${user.id}`}>{t("details.publicProfile")}</Link>}
      </div>

      {notice && <Alert tone="success">{t(notice)}</Alert>}

      {deleted ? (
        <Alert>{t("details.deletedNotice", { date: format.dateTime(user.deletedAt ?? user.updatedAt, { dateStyle: "long" }) })}</Alert>
      ) : (
        <>
          <Panel id="details" title={t("details.section")} lead={t("details.contactsNotice")}>
            <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
              {details.map(([term, value]) => (
                <div key={term} className="contents">
                  <dt className="text-sm font-medium text-slate-700">{term}</dt>
                  <dd className="min-w-0 text-slate-900 wrap-anywhere">{value}</dd>
                </div>
              ))}
            </dl>
          </Panel>

          {user.status === "pending_approval" && (
            <Panel id="approve" title={t("approve.title")} lead={t("approve.lead")} className="border-amber-300">
              <UserActionButton userId={user.id} kind="approve" donePath={path} />
            </Panel>
          )}

          <Panel id="roles" title={t("roles.title")} lead={t("roles.lead")}>
            <RolesForm userId={user.id} roles={user.roles} isSelf={user.isSelf} />
          </Panel>

          <Panel id="block" title={t("block.title")} className={user.status === "blocked" ? "border-red-300" : ""}>
            {user.status === "blocked" ? (
              <div className="space-y-4">
                <div className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900">
                  <p className="font-semibold">{t("block.blockedTitle")}</p>
                  {user.blockedReason && <p className="mt-1 wrap-anywhere">{t("block.blockedReason", { reason: user.blockedReason })}</p>}
                </div>
                <p className="text-sm text-slate-700">{t("block.unblockLead")}</p>
                <UserActionButton userId={user.id} kind="unblock" donePath={path} />
              </div>
            ) : user.isSelf ? (
              <p className="text-sm text-slate-700">{t("block.selfNotice")}</p>
            ) : (
              <>
                <p className="mb-4 text-sm text-slate-700">{t("block.lead")}</p>
                <BlockForm userId={user.id} donePath={path} />
              </>
            )}
          </Panel>
        </>
      )}

      {consents && (
        <Panel id="consents" title={t("consents.title")} lead={t("consents.lead")}>
          <ConsentsList consents={consents} />
        </Panel>
      )}
      {audit && (
        <Panel id="audit" title={t("audit.title")} lead={t("audit.lead")}>
          <AuditList entries={audit} userId={user.id} />
        </Panel>
      )}
      <p className="text-sm text-slate-600">{t("list.timeZone", { zone: zoneName(zone) })}</p>
    </div>
  );
}

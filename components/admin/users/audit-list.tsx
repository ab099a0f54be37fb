import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { UserAuditEntry } from "@/lib/users/queries";

/** The newest security log entries about the account: what, who, when and from which address. */
export function AuditList({ entries, userId }: { entries: UserAuditEntry[]; userId: string }) {
  const t = useTranslations("adminUsers.audit");
  const tr = useTranslations("common.roles");
  const format = useFormatter();
  if (entries.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  const roleNames = (roles: string[]) => (roles.length ? roles.map((r) => tr(r)).join(", ") : t("noRoles"));
  const reasonText = (entry: UserAuditEntry) => {
    if (!entry.reason) return null;
    const key = `eraseReasons.${entry.reason}`;
    return entry.action === "user.erase" && t.has(key) ? t(key) : entry.reason;
  };

  return (
    <ol aria-label={t("title")} className="divide-y divide-slate-200">
      {entries.map((e) => {
        const reason = reasonText(e);
        return (
          <li key={e.id} className="py-3 text-sm first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <p className="font-medium text-slate-900">{/^\w+\.\w+$/.test(e.action) && t.has(`actions.${e.action}`) ? t(`actions.${e.action}`) : e.action}</p>
              <time dateTime={e.occurredAt.toISOString()} className="text-slate-700">
                {format.dateTime(e.occurredAt, { dateStyle: "medium", timeStyle: "medium" })}
              </time>
            </div>
            {e.rolesBefore && e.rolesAfter && <p className="text-slate-800">{t("roles", { before: roleNames(e.rolesBefore), after: roleNames(e.rolesAfter) })}</p>}
            {reason && <p className="text-slate-800 wrap-anywhere">{t("reason", { reason })}</p>}
            <dl className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-slate-700">
              <div>
                <dt className="inline">{t("who")}: </dt>
                <dd className="inline">
                  {!e.actor ? t("system") : e.actor.id === userId ? t("self") : <Link href={`/admin/users/${e.actor.id}`}>{e.actor.fullName || t("deletedActor")}</Link>}
                </dd>
              </div>
              <div>
                <dt className="inline">{t("ip")}: </dt>
                <dd className="inline wrap-anywhere">{e.ipAddress ?? "—"}</dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}

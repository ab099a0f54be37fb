import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { MemberEntry, MemberList } from "@/lib/communities/membership-queries";
import { DecisionForm } from "./decision-form";
import { RoleBadge } from "./role-badge";

/** One member of the list: a person, or an organization with its delegation; managers may remove. */
export async function MemberCard({ entry, list }: { entry: MemberEntry; list: MemberList }) {
  const [t, subjects, format] = await Promise.all([getTranslations("membership"), getTranslations("reference.subjects"), getFormatter()]);
  const subjectNames = (codes: string[]) => codes.map((c) => (subjects.has(c) ? subjects(c) : c)).join(", ");
  const since = entry.joinedAt ? t("members.since", { date: format.dateTime(entry.joinedAt, { dateStyle: "long" }) }) : null;
  const name = entry.kind === "organization" ? entry.organization.name : (entry.person?.fullName ?? t("members.hidden"));
  const self = entry.kind === "person" && entry.person?.id === list.viewerId;
  const removable = list.canManage && !self && entry.role !== "leader" && (entry.role !== "moderator" || list.canRemoveModerators);

  return (
    <li className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="member">
      {/* On a phone the badge sits above the name, so a long organization name keeps the full width. */}
      <div className="flex flex-col items-start gap-2 sm:flex-row sm:justify-between sm:gap-3">
        <div className="min-w-0 space-y-1 sm:flex-1">
          <p className="font-semibold break-words text-slate-900">
            {entry.kind === "organization" ? (
              <Link href={`/organizations/${entry.organization.id}`}>{name}</Link>
            ) : entry.person?.profileVisible ? (
              <Link href={`/users/${entry.person.id}`}>{name}</Link>
            ) : (
              name
            )}
          </p>
          {entry.kind === "person" && entry.person && (
            <>
              {(entry.person.position || entry.person.organizationName) && (
                <p className="text-sm text-slate-700">{[entry.person.position, entry.person.organizationName].filter(Boolean).join(", ")}</p>
              )}
              {entry.person.subjects.length > 0 && <p className="text-sm text-slate-600">{subjectNames(entry.person.subjects)}</p>}
            </>
          )}
          {entry.kind === "organization" && entry.organization.municipality && <p className="text-sm text-slate-700">{entry.organization.municipality}</p>}
          {since && <p className="text-xs text-slate-600">{since}</p>}
        </div>
        <span className="order-first sm:order-last">
          <RoleBadge role={entry.kind === "organization" ? "organization" : entry.role} label={t(`roles.${entry.kind === "organization" ? "organization" : entry.role}`)} />
        </span>
      </div>
      {entry.kind === "organization" && (
        <details className="rounded-md border border-slate-200">
          <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-medium text-slate-800">{t("members.delegation", { count: entry.delegation.length })}</summary>
          {entry.delegation.length === 0 ? (
            <p className="border-t border-slate-200 p-3 text-sm text-slate-700">{t("members.delegationEmpty")}</p>
          ) : (
            <ul className="divide-y divide-slate-200 border-t border-slate-200">
              {entry.delegation.map((d) => (
                <li key={d.id} className="p-3 text-sm">
                  <Link href={`/users/${d.id}`}>{d.fullName}</Link>
                  {d.position && <span className="text-slate-700">, {d.position}</span>}
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
      {removable && <DecisionForm kind="remove" membershipId={entry.membershipId} name={name} />}
    </li>
  );
}

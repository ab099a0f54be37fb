import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import type { RequestEntry, listRequests } from "@/lib/communities/membership-queries";
import { DecisionForm } from "./decision-form";
import { InviteForm } from "./invite-form";
import { MembershipButton } from "./membership-button";

type Requests = Awaited<ReturnType<typeof listRequests>>;

/** Pending requests to decide, open invitations, and the invitation search. */
export async function RequestsView({ requests }: { requests: Requests }) {
  const [t, tp] = await Promise.all([getTranslations("membership.requests"), getTranslations("membership.panel")]);
  const { community } = requests;
  return (
    <section aria-labelledby="requests-title" className="space-y-6">
      <div className="space-y-2">
        <p>
          <Link href={`/communities/${community.slug}/members`}>
            <span aria-hidden="true">←&nbsp;</span>
            {t("back")}
          </Link>
        </p>
        <h2 id="requests-title" className="text-xl font-semibold text-slate-900">
          {t("title")}
        </h2>
        <p className="text-slate-700">{t("lead", { name: community.name })}</p>
      </div>
      {community.archived && <Alert>{tp("archivedLead")}</Alert>}

      <section aria-labelledby="pending-title" className="space-y-3">
        <h3 id="pending-title" className="text-lg font-semibold text-slate-900">
          {t("pendingTitle")} <span className="text-base font-normal text-slate-600">({requests.pending.length})</span>
        </h3>
        {requests.pending.length === 0 ? (
          <p className="text-slate-700">{t("pendingEmpty")}</p>
        ) : (
          <ul className="space-y-3">
            {requests.pending.map((entry) => (
              <PendingRequest key={entry.membershipId} entry={entry} archived={community.archived} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="invited-title" className="space-y-3">
        <h3 id="invited-title" className="text-lg font-semibold text-slate-900">
          {t("invitedTitle")}
        </h3>
        {requests.invited.length === 0 ? (
          <p className="text-slate-700">{t("invitedEmpty")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {requests.invited.map((entry) => (
              <InvitedRow key={entry.membershipId} entry={entry} />
            ))}
          </ul>
        )}
      </section>

      {!community.archived && (
        <Card>
          <h3 className="mb-1 text-lg font-semibold text-slate-900">{t("inviteTitle")}</h3>
          <p className="mb-4 text-sm text-slate-700">{t("inviteLead")}</p>
          <InviteForm communityId={community.id} />
        </Card>
      )}
    </section>
  );
}

function applicantName(entry: RequestEntry) {
  return entry.organization?.name ?? entry.person?.fullName ?? "";
}

async function PendingRequest({ entry, archived }: { entry: RequestEntry; archived: boolean }) {
  const [t, format] = await Promise.all([getTranslations("membership.requests"), getFormatter()]);
  const name = applicantName(entry);
  const detail = entry.person ? [entry.person.position, entry.person.organizationName].filter(Boolean).join(", ") : (entry.organization?.municipality ?? "");
  return (
    <li className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="request">
      <div className="space-y-1">
        <p className="font-semibold break-words text-slate-900">{entry.person ? <Link href={`/users/${entry.person.id}`}>{name}</Link> : name}</p>
        {detail && <p className="text-sm text-slate-700">{detail}</p>}
        {entry.organization && <p className="text-sm text-slate-700">{t("organizationRequest", { name: entry.actedByName ?? "—" })}</p>}
        <p className="text-xs text-slate-600">{t("submittedAt", { date: format.dateTime(entry.at, { dateStyle: "long", timeStyle: "short" }) })}</p>
      </div>
      <blockquote className="rounded-md border-l-4 border-brand-100 bg-slate-50 p-3 text-sm whitespace-pre-line text-slate-800">{entry.message || t("noMessage")}</blockquote>
      {!archived && (
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <MembershipButton verb="approve" input={{ membershipId: entry.membershipId }} label={t("approve")} busyLabel={t("approving")} />
          <div className="flex-1">
            <DecisionForm kind="reject" membershipId={entry.membershipId} name={name} />
          </div>
        </div>
      )}
    </li>
  );
}

async function InvitedRow({ entry }: { entry: RequestEntry }) {
  const [t, format] = await Promise.all([getTranslations("membership.requests"), getFormatter()]);
  return (
    <li className="space-y-1 p-3">
      <p className="font-medium text-slate-900">{applicantName(entry)}</p>
      <p className="text-sm text-slate-700">
        {t("invitedAt", { date: format.dateTime(entry.at, { dateStyle: "long" }) })}
        {entry.actedByName && <> · {t("invitedBy", { name: entry.actedByName })}</>}
      </p>
    </li>
  );
}

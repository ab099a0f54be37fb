import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { getMembershipStanding, type MembershipStanding, type OwnMembership } from "@/lib/communities/membership-queries";
import { JoinRequestForm } from "./join-request-form";
import { MembershipButton } from "./membership-button";

type T = Awaited<ReturnType<typeof getTranslations<"membership">>>;

/** How the viewer stands in the community and the one control that fits: join, request, accept, withdraw, leave. */
export async function MembershipPanel({ communityId }: { communityId: string }) {
  const viewer = await currentUser();
  const [standing, t, locale] = await Promise.all([getMembershipStanding({ viewer, communityId }), getTranslations("membership"), getLocale()]);
  const { community } = standing;
  return (
    <section aria-labelledby="membership-panel-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="membership-panel">
      <h2 id="membership-panel-title" className="text-lg font-semibold text-slate-900">
        {t("panel.title")}
      </h2>
      {community.archived ? (
        <div className="space-y-1">
          <p className="font-medium text-slate-900">{t("panel.archived")}</p>
          <p className="text-sm text-slate-700">{t("panel.archivedLead")}</p>
        </div>
      ) : !standing.signedIn ? (
        <p>
          <Link href={`/sign-in?next=${encodeURIComponent(`/${locale}/communities/${community.slug}`)}`} className={buttonClass("primary")}>
            {t("panel.signInToJoin")}
          </Link>
        </p>
      ) : (
        <>
          <PersonalControl standing={standing} t={t} />
          {standing.organizations.length > 0 && (
            <div className="space-y-3 border-t border-slate-200 pt-3">
              <h3 className="text-sm font-semibold text-slate-800">{t("panel.organizationSection")}</h3>
              {standing.organizations.map((organization) => (
                <OrganizationControl key={organization.id} standing={standing} organization={organization} t={t} />
              ))}
            </div>
          )}
        </>
      )}
    </section>
  );
}

function PersonalControl({ standing, t }: { standing: MembershipStanding; t: T }) {
  const { community, own } = standing;
  const input = { communityId: community.id };
  if (own?.status === "active") {
    return (
      <div className="space-y-2">
        <p className="font-medium text-green-800">{t("panel.member")}</p>
        <p className="text-sm text-slate-700">{t("panel.memberRole", { role: t(`roles.${own.role}`) })}</p>
        {own.role === "leader" ? (
          <p className="text-sm text-slate-700">{t("panel.leaderCannotLeave")}</p>
        ) : (
          <MembershipButton verb="leave" input={input} label={t("panel.leave")} busyLabel={t("panel.leave")} confirmText={t("panel.leaveConfirm", { name: community.name })} variant="secondary" />
        )}
      </div>
    );
  }
  if (own?.status === "pending") {
    return (
      <div className="space-y-2">
        <p className="font-medium text-slate-900">{t("panel.pending")}</p>
        <MembershipButton verb="withdraw" input={input} label={t("panel.withdraw")} busyLabel={t("panel.withdraw")} variant="secondary" />
      </div>
    );
  }
  if (own?.status === "invited") {
    return (
      <div className="space-y-2">
        <p className="font-medium text-slate-900">{t("panel.invited")}</p>
        <div className="flex flex-wrap gap-2">
          <MembershipButton verb="accept" input={input} label={t("panel.accept")} busyLabel={t("panel.accept")} />
          <MembershipButton verb="decline" input={input} label={t("panel.decline")} busyLabel={t("panel.decline")} variant="secondary" />
        </div>
      </div>
    );
  }
  return (
    <div className="space-y-2">
      {standing.isMember && <p className="text-sm text-slate-700">{t("panel.delegate")}</p>}
      <PastDecision own={own} t={t} />
      <JoinControl standing={standing} t={t} />
    </div>
  );
}

function PastDecision({ own, t }: { own: OwnMembership | null; t: T }) {
  if (own?.status === "rejected" && own.reason) return <p className="text-sm text-slate-700">{t("panel.rejected", { reason: own.reason })}</p>;
  if (own?.status === "removed" && own.reason) return <p className="text-sm text-slate-700">{t("panel.removed", { reason: own.reason })}</p>;
  return null;
}

/** A person with no live membership row: what the join policy allows. A removed member asks again. */
function JoinControl({ standing, t }: { standing: MembershipStanding; t: T }) {
  const { community, own } = standing;
  const policy = own?.status === "removed" && community.joinPolicy === "open" ? "approval" : community.joinPolicy;
  if (policy === "open") {
    return (
      <>
        <p className="text-sm text-slate-700">{t("panel.openLead")}</p>
        <MembershipButton verb="join" input={{ communityId: community.id }} label={t("panel.join")} busyLabel={t("panel.joining")} />
      </>
    );
  }
  if (policy === "approval") {
    return (
      <>
        <p className="text-sm text-slate-700">{own?.status === "removed" ? t("panel.removedLead") : t("panel.approvalLead")}</p>
        <JoinRequestForm communityId={community.id} />
      </>
    );
  }
  return (
    <>
      <p className="font-medium text-slate-900">{t("panel.byInvitation")}</p>
      <p className="text-sm text-slate-700">{t("panel.byInvitationLead")}</p>
    </>
  );
}

function OrganizationControl({ standing, organization, t }: { standing: MembershipStanding; organization: MembershipStanding["organizations"][number]; t: T }) {
  const { community } = standing;
  const input = { communityId: community.id, organizationId: organization.id };
  const status = organization.membership?.status;
  if (status === "active") {
    return (
      <div className="space-y-2">
        <p className="text-sm font-medium text-green-800">{t("panel.organizationMember", { name: organization.name })}</p>
        <MembershipButton
          verb="leaveForOrganization"
          input={input}
          label={t("panel.leaveAsOrganization")}
          busyLabel={t("panel.leaveAsOrganization")}
          confirmText={t("panel.leaveConfirm", { name: community.name })}
          variant="secondary"
        />
      </div>
    );
  }
  if (status === "pending") {
    return (
      <div className="space-y-2">
        <p className="text-sm font-medium text-slate-900">{t("panel.organizationPending", { name: organization.name })}</p>
        <MembershipButton verb="withdrawForOrganization" input={input} label={t("panel.withdrawForOrganization")} busyLabel={t("panel.withdrawForOrganization")} variant="secondary" />
      </div>
    );
  }
  const policy = status === "removed" && community.joinPolicy === "open" ? "approval" : community.joinPolicy;
  if (policy === "open") {
    return <MembershipButton verb="joinAsOrganization" input={input} label={t("panel.asOrganization", { name: organization.name })} busyLabel={t("panel.joining")} variant="secondary" />;
  }
  if (policy === "approval") return <JoinRequestForm communityId={community.id} organization={{ id: organization.id, name: organization.name }} />;
  return <p className="text-sm text-slate-700">{t("panel.organizationInvitationOnly", { name: organization.name })}</p>;
}

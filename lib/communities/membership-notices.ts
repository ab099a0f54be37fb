import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { communityMemberships, organizationRepresentatives, users, type Community, type CommunityMembership } from "@/db/schema";
import { composeMail } from "@/lib/mail/templates";
import { queueMail } from "@/lib/mail/send";
import { notify } from "@/lib/notifications/notify";

// Who hears about a membership change, inside the caller's transaction.

/** The person, or every representative of the organization, that a membership belongs to. */
export async function memberRecipients(tx: Executor, row: Pick<CommunityMembership, "userId" | "organizationId">): Promise<string[]> {
  if (row.userId) return [row.userId];
  if (!row.organizationId) return [];
  const reps = await tx.select({ id: organizationRepresentatives.userId }).from(organizationRepresentatives).where(eq(organizationRepresentatives.organizationId, row.organizationId));
  return reps.map((r) => r.id);
}

/** The community's active leader and moderators: they decide requests. */
export async function communityManagers(tx: Executor, communityId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: communityMemberships.userId })
    .from(communityMemberships)
    .where(and(eq(communityMemberships.communityId, communityId), eq(communityMemberships.status, "active"), inArray(communityMemberships.role, ["leader", "moderator"])));
  return rows.flatMap((r) => (r.id ? [r.id] : []));
}

export type MembershipKind = "membership.requested" | "membership.invited" | "membership.approved" | "membership.rejected" | "membership.removed";

export async function notifyMembership(tx: Executor, recipients: string[], kind: MembershipKind, community: Community, extra: Record<string, string> = {}) {
  const link = kind === "membership.requested" ? `/communities/${community.slug}/requests` : `/communities/${community.slug}`;
  await notify(tx, recipients, { kind, params: { community: community.name, ...extra }, link, communityId: community.id });
}

const mailTemplates = { approved: "membershipApproved", rejected: "membershipRejected", removed: "membershipRemoved" } as const;

/**
 * E-mails the applicant about a decision in their own language: the person, or for an organization
 * the representative who sent its request.
 */
export async function mailDecision(tx: Executor, row: CommunityMembership, decision: keyof typeof mailTemplates, community: Community, baseUrl: string, reason = "") {
  const recipientId = row.userId ?? row.actedById;
  if (!recipientId) return;
  const [user] = await tx.select({ email: users.email, fullName: users.fullName, locale: users.locale, status: users.status }).from(users).where(eq(users.id, recipientId));
  if (!user?.email || user.status !== "active") return;
  const locale = user.locale === "en" ? "en" : "ru";
  const link = `${baseUrl}/${locale}/communities/${community.slug}`;
  await queueMail(tx, composeMail(user.email, locale, mailTemplates[decision], { name: user.fullName, community: community.name, link, reason }));
}

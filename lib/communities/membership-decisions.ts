import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { communityMemberships, users, type Community, type CommunityMembership } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { DomainError, fail, fromZod, ok, type Result } from "@/lib/errors";
import { communityAccess, findCommunity, type CommunityAccess } from "./access";
import { lockOpenCommunity, upsertMembership } from "./membership-core";
import { canRemoveModerators } from "./membership-rules";
import { mailDecision, memberRecipients, notifyMembership } from "./membership-notices";
import { decisionSchema, inviteSchema, membershipRefSchema } from "./membership-schemas";

// What the leader, the moderators (of this community, or the leader above) and administrators
// decide: requests, invitations, removals. Refused for everyone else before anything is read back.

type Caller = { actor: Actor | null; input: unknown; baseUrl?: string };

/** Only managers of the community itself: a moderator of another community is refused. */
async function assertManages(tx: Executor, actor: Actor, community: Community) {
  const access = await communityAccess(actor, community, tx);
  if (!access.canManage) throw new DomainError("forbidden");
  return access;
}

type Locked = { row: CommunityMembership; community: Community; access: CommunityAccess };

/**
 * The membership and its community, locked; the caller's right to manage is checked before any
 * state is revealed, and a liquidated community refuses the change.
 */
async function lockForDecision(tx: Executor, actor: Actor, membershipId: string): Promise<Result<Locked>> {
  const [found] = await tx.select({ communityId: communityMemberships.communityId }).from(communityMemberships).where(eq(communityMemberships.id, membershipId));
  if (!found) throw new DomainError("notFound");
  const access = await assertManages(tx, actor, await findCommunity({ id: found.communityId }, tx));
  const locked = await lockOpenCommunity(tx, found.communityId);
  if (!locked.ok) return locked;
  const community = locked.data;
  const [row] = await tx.select().from(communityMemberships).where(eq(communityMemberships.id, membershipId)).for("update");
  if (!row) throw new DomainError("notFound");
  return ok({ row, community, access });
}

/**
 * Closes a request or a membership with the decider's verdict: the row, the activity log, the bell
 * and the mail to the member, all in the caller's transaction.
 */
async function recordDecision(
  tx: Executor,
  actor: Actor,
  { row, community }: Locked,
  decision: "approved" | "rejected" | "removed",
  reason = "",
  baseUrl = "",
) {
  const now = new Date();
  const status = decision === "approved" ? "active" : decision;
  await tx
    .update(communityMemberships)
    .set({ status, role: "member", reason, decidedById: actor.id, decidedAt: now, updatedAt: now, ...(decision === "approved" ? { joinedAt: now } : {}) })
    .where(eq(communityMemberships.id, row.id));
  const verb = `membership.${decision}` as const;
  await logActivity(tx, { actorId: actor.id, verb, objectType: "community_membership", objectId: row.id, communityId: community.id });
  await notifyMembership(tx, await memberRecipients(tx, row), verb, community, decision === "approved" ? {} : { reason });
  await mailDecision(tx, row, decision, community, baseUrl, reason);
}

/** Approves a pending request: the applicant becomes a member and is told in the bell and by mail. */
export async function approveRequest({ actor, input, baseUrl = "" }: Caller): Promise<Result> {
  assertSignedIn(actor);
  const parsed = membershipRefSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const locked = await lockForDecision(tx, actor, parsed.data.membershipId);
    if (!locked.ok) return locked;
    if (locked.data.row.status !== "pending") return fail("requestNotPending");
    await recordDecision(tx, actor, locked.data, "approved", "", baseUrl);
    return ok();
  });
}

/** Rejects a pending request with a reason the applicant reads in the bell and the mail. */
export async function rejectRequest({ actor, input, baseUrl = "" }: Caller): Promise<Result> {
  assertSignedIn(actor);
  const parsed = decisionSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { membershipId, reason } = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const locked = await lockForDecision(tx, actor, membershipId);
    if (!locked.ok) return locked;
    if (locked.data.row.status !== "pending") return fail("requestNotPending");
    await recordDecision(tx, actor, locked.data, "rejected", reason, baseUrl);
    return ok();
  });
}

/**
 * Removes an active member with a reason. Moderators remove ordinary members; only the leader (here
 * or above) or an administrator removes a moderator; nobody removes the leader: the administrator
 * appoints another one by an order instead.
 */
export async function removeMember({ actor, input, baseUrl = "" }: Caller): Promise<Result> {
  assertSignedIn(actor);
  const parsed = decisionSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { membershipId, reason } = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const locked = await lockForDecision(tx, actor, membershipId);
    if (!locked.ok) return locked;
    const { row, access } = locked.data;
    if (row.status !== "active") return fail("notActiveMember");
    if (row.role === "leader") return fail("leaderCannotBeRemoved");
    if (row.role === "moderator" && !canRemoveModerators(actor, access)) throw new DomainError("forbidden");
    await recordDecision(tx, actor, locked.data, "removed", reason, baseUrl);
    return ok();
  });
}

/** Invites an active user by id; they accept or decline from the community's page. */
export async function invite({ actor, input }: Caller): Promise<Result<{ name: string }>> {
  assertSignedIn(actor);
  const parsed = inviteSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { communityId, userId } = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertManages(tx, actor, await findCommunity({ id: communityId }, tx));
    const locked = await lockOpenCommunity(tx, communityId);
    if (!locked.ok) return locked;
    const community = locked.data;
    const [invitee] = await tx.select({ name: users.fullName, status: users.status }).from(users).where(eq(users.id, userId));
    if (!invitee || invitee.status !== "active") return fail("invalid", { userId: "inviteeMissing" });
    const result = await upsertMembership(tx, community.id, { userId }, (previous) => {
      if (previous?.status === "active") return fail("alreadyMember");
      if (previous?.status === "invited") return fail("alreadyInvited");
      if (previous?.status === "pending") return fail("alreadyRequested");
      return ok({ status: "invited" as const, actedById: actor.id });
    });
    if (!result.ok) return result;
    await logActivity(tx, { actorId: actor.id, verb: "membership.invited", objectType: "community_membership", objectId: result.data.id, communityId: community.id });
    await notifyMembership(tx, [userId], "membership.invited", community);
    return ok({ name: invitee.name });
  });
}

import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { communityMemberships, organizations, users, type Community, type CommunityMembership } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { fail, fromZod, ok, type Result } from "@/lib/errors";
import { assertRepresents, lockMembership, lockOpenCommunity, refuseLive, upsertMembership, type Member, type NewState } from "./membership-core";
import { communityManagers, notifyMembership } from "./membership-notices";
import { communityRefSchema, organizationRefSchema, organizationRequestSchema, requestSchema } from "./membership-schemas";

// What a person does about their own membership, and a representative about their organization's.
// Each change: one transaction, the community share-locked, the single row per member reused.

type Caller = { actor: Actor | null; input: unknown };
type Outcome = Result<{ status: NewState["status"] }>;

/** An open community takes members at once, except someone the leader removed: they ask again. */
function joinState(community: Community, actorId: string, previous: CommunityMembership | undefined): Result<NewState> {
  if (previous) {
    const live = refuseLive(previous);
    if (!live.ok) return live;
  }
  if (community.joinPolicy === "approval") return fail("approvalRequired");
  if (community.joinPolicy === "invitation") return fail("invitationOnly");
  return ok({ status: previous?.status === "removed" ? "pending" : "active", actedById: actorId });
}

/** A request with a message; after a removal an open community also takes requests. */
function requestState(community: Community, actorId: string, message: string, previous: CommunityMembership | undefined): Result<NewState> {
  if (previous) {
    const live = refuseLive(previous);
    if (!live.ok) return live;
  }
  if (community.joinPolicy === "invitation") return fail("invitationOnly");
  if (community.joinPolicy === "open" && previous?.status !== "removed") return fail("joinIsOpen");
  return ok({ status: "pending", message, actedById: actorId });
}

async function applicantName(tx: Executor, member: Member): Promise<string> {
  if ("userId" in member) {
    const [row] = await tx.select({ name: users.fullName }).from(users).where(eq(users.id, member.userId));
    return row?.name ?? "";
  }
  const [row] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, member.organizationId));
  return row?.name ?? "";
}

/** Logs the change and, for a new request, tells the leader and moderators. */
async function recordApplication(tx: Executor, actorId: string, community: Community, member: Member, id: string, status: NewState["status"]) {
  await logActivity(tx, { actorId, verb: status === "active" ? "membership.joined" : "membership.requested", objectType: "community_membership", objectId: id, communityId: community.id });
  if (status === "pending") await notifyMembership(tx, await communityManagers(tx, community.id), "membership.requested", community, { applicant: await applicantName(tx, member) });
}

async function apply(actor: Actor, communityId: string, member: Member, decide: (community: Community, previous: CommunityMembership | undefined) => Result<NewState>): Promise<Outcome> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const locked = await lockOpenCommunity(tx, communityId);
    if (!locked.ok) return locked;
    const community = locked.data;
    const result = await upsertMembership(tx, community.id, member, (previous) => decide(community, previous));
    if (!result.ok) return result;
    await recordApplication(tx, actor.id, community, member, result.data.id, result.data.status);
    return ok({ status: result.data.status });
  });
}

/** Joins an open community at once. */
export async function join({ actor, input }: Caller): Promise<Outcome> {
  assertSignedIn(actor);
  const parsed = communityRefSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  return apply(actor, parsed.data.communityId, { userId: actor.id }, (community, previous) => joinState(community, actor.id, previous));
}

/** Asks to join a community with the approval policy; the leader or a moderator decides. */
export async function requestToJoin({ actor, input }: Caller): Promise<Outcome> {
  assertSignedIn(actor);
  const parsed = requestSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { communityId, message } = parsed.data;
  return apply(actor, communityId, { userId: actor.id }, (community, previous) => requestState(community, actor.id, message, previous));
}

/** A representative joins an open community on behalf of the organization. */
export async function joinAsOrganization({ actor, input }: Caller): Promise<Outcome> {
  assertSignedIn(actor);
  const parsed = organizationRefSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { communityId, organizationId } = parsed.data;
  await assertRepresents(await getDb(), actor.id, organizationId);
  return apply(actor, communityId, { organizationId }, (community, previous) => joinState(community, actor.id, previous));
}

/** A representative asks for the organization's membership. */
export async function requestAsOrganization({ actor, input }: Caller): Promise<Outcome> {
  assertSignedIn(actor);
  const parsed = organizationRequestSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { communityId, organizationId, message } = parsed.data;
  await assertRepresents(await getDb(), actor.id, organizationId);
  return apply(actor, communityId, { organizationId }, (community, previous) => requestState(community, actor.id, message, previous));
}

type Transition = {
  from: CommunityMembership["status"];
  to: "withdrawn" | "left" | "active";
  verb: string;
  /** The error when the row is not in `from`. */
  missing: string;
};

const transitions = {
  withdraw: { from: "pending", to: "withdrawn", verb: "membership.withdrawn", missing: "requestNotPending" },
  leave: { from: "active", to: "left", verb: "membership.left", missing: "notMember" },
  accept: { from: "invited", to: "active", verb: "membership.joined", missing: "invitationMissing" },
  // A declined invitation is the invitee withdrawing from it.
  decline: { from: "invited", to: "withdrawn", verb: "membership.declined", missing: "invitationMissing" },
} as const satisfies Record<string, Transition>;

/** Moves the member's own row from one state to the next; the leader never leaves while leader. */
async function move(actor: Actor, communityId: string, member: Member, transition: Transition): Promise<Result> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const locked = await lockOpenCommunity(tx, communityId);
    if (!locked.ok) return locked;
    const row = await lockMembership(tx, communityId, member);
    if (!row || row.status !== transition.from) return fail(transition.missing);
    if (transition.to === "left" && row.role === "leader") return fail("leaderCannotLeave");
    const now = new Date();
    await tx
      .update(communityMemberships)
      .set({ status: transition.to, role: "member", actedById: actor.id, joinedAt: transition.to === "active" ? now : row.joinedAt, updatedAt: now })
      .where(eq(communityMemberships.id, row.id));
    await logActivity(tx, { actorId: actor.id, verb: transition.verb, objectType: "community_membership", objectId: row.id, communityId });
    return ok();
  });
}

function personal(transition: Transition) {
  return async ({ actor, input }: Caller): Promise<Result> => {
    assertSignedIn(actor);
    const parsed = communityRefSchema.safeParse(input);
    if (!parsed.success) return fromZod(parsed.error);
    return move(actor, parsed.data.communityId, { userId: actor.id }, transition);
  };
}

function onBehalf(transition: Transition) {
  return async ({ actor, input }: Caller): Promise<Result> => {
    assertSignedIn(actor);
    const parsed = organizationRefSchema.safeParse(input);
    if (!parsed.success) return fromZod(parsed.error);
    await assertRepresents(await getDb(), actor.id, parsed.data.organizationId);
    return move(actor, parsed.data.communityId, { organizationId: parsed.data.organizationId }, transition);
  };
}

export const withdrawRequest = personal(transitions.withdraw);
export const leave = personal(transitions.leave);
export const acceptInvitation = personal(transitions.accept);
export const declineInvitation = personal(transitions.decline);
export const withdrawForOrganization = onBehalf(transitions.withdraw);
export const leaveForOrganization = onBehalf(transitions.leave);

import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { communities, communityMemberships, users, type Community } from "@/db/schema";
import { logActivity, logAudit } from "@/lib/activity/log";
import { type Actor, assertCan, assertSignedIn, can } from "@/lib/auth/permissions";
import { DomainError, fail, fromZod, ok, type Result } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { communityServices } from "@/lib/reference/communities";
import { communityAccess, type CommunityAccess } from "./access";
import {
  appointLeaderSchema,
  communityFieldsSchema,
  communityIdSchema,
  createCommunitySchema,
  liquidateSchema,
  maxDepth,
  moderatorSchema,
  servicesSchema,
  type CommunityFields,
} from "./schemas";

// Every write: authorization first, then one transaction that locks the community row, refuses an
// archived (liquidated) community, and writes the change together with its activity and audit rows.

type Caller = { actor: Actor | null; ip: string };
type OnCommunity = Caller & { communityId: string };

// Serializes the "address taken?" check with the insert that follows it, across app instances.
const creationLock = 724_401;

/** The community row, locked until the transaction ends; a malformed or unknown id is notFound. */
async function lockCommunity(tx: Executor, id: string): Promise<Community> {
  if (!communityIdSchema.safeParse(id).success) throw new DomainError("notFound");
  const [row] = await tx.select().from(communities).where(eq(communities.id, id)).for("update");
  if (!row) throw new DomainError("notFound");
  return row;
}

/** Its leader, the leader of a community above it, or an administrator: edits, services. */
function runsCommunity(actor: Actor, access: CommunityAccess): boolean {
  return access.isLeader || access.leadsAbove || can(actor, "communities.manage");
}

/** Its leader or the leader of a community above it: names and removes moderators. */
function namesModerators(access: CommunityAccess): boolean {
  return access.isLeader || access.leadsAbove;
}

const archived = () => fail("communityArchived");

/** Creates a community (or a sub-community inside a live one) by an order of the centre. */
export async function createCommunity({ actor, input, ip }: Caller & { input: unknown }): Promise<Result<{ id: string; slug: string }>> {
  assertCan(actor, "communities.manage");
  const parsed = createCommunitySchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { parentId, ...data } = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${creationLock})`);
    const [taken] = await tx.select({ id: communities.id }).from(communities).where(eq(communities.slug, data.slug));
    if (taken) return fail("invalid", { slug: "addressTaken" });
    let ancestorIds: string[] = [];
    if (parentId) {
      const [parent] = await tx.select().from(communities).where(eq(communities.id, parentId)).for("share");
      if (!parent) return fail("invalid", { parentId: "parentMissing" });
      if (parent.liquidatedAt) return fail("invalid", { parentId: "parentArchived" });
      ancestorIds = [...parent.ancestorIds, parent.id];
      if (ancestorIds.length >= maxDepth) return fail("invalid", { parentId: "tooDeep" });
    }
    const [created] = await tx
      .insert(communities)
      .values({ ...data, parentId, ancestorIds, services: [...communityServices], createdById: actor.id })
      .returning({ id: communities.id, slug: communities.slug });
    const { id, slug } = created!;
    await logActivity(tx, { actorId: actor.id, verb: "community.created", objectType: "community", objectId: id, communityId: id });
    await logAudit(tx, {
      actorId: actor.id,
      action: "community.create",
      targetType: "community",
      targetId: id,
      ipAddress: ip,
      details: { slug, name: data.name, parentId, orderNumber: data.creationOrderNumber, orderDate: data.creationOrderDate },
    });
    return ok({ id, slug });
  });
}

const editable = ["name", "description", "goal", "tasks", "type", "kind", "subjects", "themes", "municipality", "visibility", "joinPolicy"] as const satisfies readonly (keyof CommunityFields)[];

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The leader (here or above) or an administrator edits the description; the address stays. */
export async function updateCommunity({ actor, communityId, input, ip }: OnCommunity & { input: unknown }): Promise<Result> {
  assertSignedIn(actor);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const current = await lockCommunity(tx, communityId);
    if (!runsCommunity(actor, await communityAccess(actor, current, tx))) throw new DomainError("forbidden");
    if (current.liquidatedAt) return archived();
    const parsed = communityFieldsSchema.safeParse(input);
    if (!parsed.success) return fromZod(parsed.error);
    const data = parsed.data;
    const changed = editable.filter((field) => !same(current[field], data[field]));
    if (changed.length === 0) return ok();
    await tx
      .update(communities)
      .set({ ...data, updatedAt: new Date() })
      .where(eq(communities.id, current.id));
    await logActivity(tx, { actorId: actor.id, verb: "community.updated", objectType: "community", objectId: current.id, communityId: current.id });
    await logAudit(tx, {
      actorId: actor.id,
      action: "community.update",
      targetType: "community",
      targetId: current.id,
      ipAddress: ip,
      details: { before: Object.fromEntries(changed.map((f) => [f, current[f]])), after: Object.fromEntries(changed.map((f) => [f, data[f]])) },
    });
    return ok();
  });
}

/**
 * Liquidates a community by order: it stays readable as an archive and refuses every change.
 * A community with live sub-communities is refused: liquidate those first, one order each.
 */
export async function liquidateCommunity({ actor, communityId, input, ip }: OnCommunity & { input: unknown }): Promise<Result> {
  assertCan(actor, "communities.manage");
  const parsed = liquidateSchema.safeParse(input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const current = await lockCommunity(tx, communityId);
    if (current.liquidatedAt) return archived();
    if (!parsed.success) return fromZod(parsed.error);
    const { orderNumber, orderDate } = parsed.data;
    if (orderDate < current.creationOrderDate) return fail("invalid", { orderDate: "liquidationBeforeCreation" });
    const [liveChild] = await tx
      .select({ id: communities.id })
      .from(communities)
      .where(and(eq(communities.parentId, current.id), isNull(communities.liquidatedAt)))
      .limit(1);
    if (liveChild) return fail("hasLiveChildren");
    await tx
      .update(communities)
      .set({ liquidatedAt: new Date(), liquidationOrderNumber: orderNumber, liquidationOrderDate: orderDate, updatedAt: new Date() })
      .where(eq(communities.id, current.id));
    await logActivity(tx, { actorId: actor.id, verb: "community.liquidated", objectType: "community", objectId: current.id, communityId: current.id });
    await logAudit(tx, { actorId: actor.id, action: "community.liquidate", targetType: "community", targetId: current.id, ipAddress: ip, details: { orderNumber, orderDate } });
    return ok();
  });
}

/**
 * Appoints the leader by order: the user becomes an active member with the leader's role, the
 * previous leader stays as a plain member, and the new leader finds a notification in the bell.
 */
export async function appointLeader({ actor, communityId, input, ip }: OnCommunity & { input: unknown }): Promise<Result> {
  assertCan(actor, "communities.manage");
  const parsed = appointLeaderSchema.safeParse(input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const current = await lockCommunity(tx, communityId);
    if (current.liquidatedAt) return archived();
    if (!parsed.success) return fromZod(parsed.error);
    const { userId, orderNumber, orderDate } = parsed.data;
    if (orderDate < current.creationOrderDate) return fail("invalid", { orderDate: "leaderOrderBeforeCreation" });
    const [user] = await tx.select({ id: users.id, status: users.status }).from(users).where(eq(users.id, userId));
    if (!user || user.status !== "active") return fail("invalid", { userId: "userUnavailable" });

    const now = new Date();
    const previous = await tx
      .update(communityMemberships)
      .set({ role: "member", updatedAt: now })
      .where(
        and(eq(communityMemberships.communityId, current.id), eq(communityMemberships.role, "leader"), eq(communityMemberships.status, "active"), ne(communityMemberships.userId, userId)),
      )
      .returning({ userId: communityMemberships.userId });
    await tx
      .insert(communityMemberships)
      .values({ communityId: current.id, userId, role: "leader", status: "active", decidedById: actor.id, decidedAt: now, joinedAt: now })
      .onConflictDoUpdate({
        target: [communityMemberships.communityId, communityMemberships.userId],
        set: {
          role: "leader",
          status: "active",
          reason: "",
          decidedById: actor.id,
          decidedAt: now,
          joinedAt: sql`coalesce(case when ${communityMemberships.status} = 'active' then ${communityMemberships.joinedAt} end, ${now.toISOString()}::timestamptz)`,
          updatedAt: now,
        },
      });
    await tx.update(communities).set({ leaderOrderNumber: orderNumber, leaderOrderDate: orderDate, updatedAt: now }).where(eq(communities.id, current.id));
    await notify(tx, [userId], { kind: "community.leaderAppointed", params: { community: current.name }, link: `/communities/${current.slug}`, communityId: current.id });
    await logActivity(tx, { actorId: actor.id, verb: "community.leaderAppointed", objectType: "user", objectId: userId, communityId: current.id });
    await logAudit(tx, {
      actorId: actor.id,
      action: "community.appointLeader",
      targetType: "community",
      targetId: current.id,
      ipAddress: ip,
      details: { userId, previousLeaderId: previous[0]?.userId ?? null, orderNumber, orderDate },
    });
    return ok();
  });
}

/** The active personal membership of a user here, locked; organizations cannot be moderators. */
async function personalMembership(tx: Executor, communityId: string, userId: string) {
  const [row] = await tx
    .select()
    .from(communityMemberships)
    .where(and(eq(communityMemberships.communityId, communityId), eq(communityMemberships.userId, userId), eq(communityMemberships.status, "active")))
    .for("update");
  return row;
}

type ModeratorChange = { role: "moderator" | "member"; verb: string; audit: string; kind: string };

async function changeModerator({ actor, communityId, input, ip }: OnCommunity & { input: unknown }, change: ModeratorChange): Promise<Result> {
  assertSignedIn(actor);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const current = await lockCommunity(tx, communityId);
    if (!namesModerators(await communityAccess(actor, current, tx))) throw new DomainError("forbidden");
    if (current.liquidatedAt) return archived();
    const parsed = moderatorSchema.safeParse(input);
    if (!parsed.success) return fromZod(parsed.error);
    const { userId } = parsed.data;
    const membership = await personalMembership(tx, current.id, userId);
    if (!membership) return fail("invalid", { userId: "notAMember" });
    if (membership.role === "leader") return fail("invalid", { userId: "targetIsLeader" });
    if (membership.role === change.role) return change.role === "moderator" ? ok() : fail("invalid", { userId: "notAModerator" });
    await tx.update(communityMemberships).set({ role: change.role, updatedAt: new Date() }).where(eq(communityMemberships.id, membership.id));
    await notify(tx, [userId], { kind: change.kind, params: { community: current.name }, link: `/communities/${current.slug}`, communityId: current.id });
    await logActivity(tx, { actorId: actor.id, verb: change.verb, objectType: "user", objectId: userId, communityId: current.id });
    await logAudit(tx, { actorId: actor.id, action: change.audit, targetType: "community", targetId: current.id, ipAddress: ip, details: { userId } });
    return ok();
  });
}

/** The leader (here or above) makes an active member a moderator; moderators cannot. */
export function setModerator(args: OnCommunity & { input: unknown }): Promise<Result> {
  return changeModerator(args, { role: "moderator", verb: "community.moderatorSet", audit: "community.setModerator", kind: "community.moderatorAppointed" });
}

/** The leader (here or above) returns a moderator to plain membership. */
export function removeModerator(args: OnCommunity & { input: unknown }): Promise<Result> {
  return changeModerator(args, { role: "member", verb: "community.moderatorRemoved", audit: "community.removeModerator", kind: "community.moderatorRemoved" });
}

/** Switches services on and off: the list given is what is on afterwards. */
export async function setServices({ actor, communityId, input, ip }: OnCommunity & { input: unknown }): Promise<Result> {
  assertSignedIn(actor);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const current = await lockCommunity(tx, communityId);
    if (!runsCommunity(actor, await communityAccess(actor, current, tx))) throw new DomainError("forbidden");
    if (current.liquidatedAt) return archived();
    const parsed = servicesSchema.safeParse(input);
    if (!parsed.success) return fromZod(parsed.error);
    const { services } = parsed.data;
    if (same(current.services, services)) return ok();
    await tx.update(communities).set({ services, updatedAt: new Date() }).where(eq(communities.id, current.id));
    await logActivity(tx, { actorId: actor.id, verb: "community.servicesChanged", objectType: "community", objectId: current.id, communityId: current.id });
    await logAudit(tx, {
      actorId: actor.id,
      action: "community.setServices",
      targetType: "community",
      targetId: current.id,
      ipAddress: ip,
      details: { before: current.services, after: services },
    });
    return ok();
  });
}

import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { communityMemberships, planItems, users, type Community, type PlanItem } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError, fail, fromZod, ok, type Result } from "@/lib/errors";
import type { PlanItemStatus } from "@/lib/reference/communities";
import { communityAccess, findCommunity, type CommunityAccess } from "./access";
import { planItemSchema, type PlanItemFields } from "./plan-schemas";

// [001 §4.8] план деятельности: the leader, moderators (here or above) and administrators write
// it; whoever may read the community's content reads it. An archived community's plan is read-only.

type Caller = { actor: Actor | null; ip?: string };

export type PlanRow = {
  id: string;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  status: PlanItemStatus;
  link: string | null;
  responsibleId: string | null;
  /** Null when nobody is responsible or the account was erased. */
  responsibleName: string | null;
};

export type PlanView = { access: CommunityAccess; items: PlanRow[]; canEdit: boolean };

const idSchema = z.uuid();

/** The community's plan in date order, for anyone who may read its content; two queries plus access. */
export async function listPlan({ viewer, slug }: { viewer: Actor | null; slug: string }): Promise<PlanView> {
  const db = await getDb();
  const community = await findCommunity({ slug }, db);
  const access = await communityAccess(viewer, community, db);
  if (!access.canSeeContent) throw new DomainError("forbidden");
  const items = await db
    .select({
      id: planItems.id,
      title: planItems.title,
      description: planItems.description,
      startsOn: planItems.startsOn,
      endsOn: planItems.endsOn,
      status: planItems.status,
      link: planItems.link,
      responsibleId: planItems.responsibleId,
      responsibleName: users.fullName,
    })
    .from(planItems)
    .leftJoin(users, and(eq(users.id, planItems.responsibleId), eq(users.status, "active")))
    .where(eq(planItems.communityId, community.id))
    .orderBy(asc(planItems.startsOn), asc(planItems.endsOn), asc(planItems.createdAt));
  return { access, items, canEdit: access.canManage && !access.archived };
}

export type ResponsibleOption = { id: string; fullName: string };

/** Who may be named responsible: the community's active members in person, by name. */
export async function listResponsibleOptions({ viewer, slug }: { viewer: Actor | null; slug: string }): Promise<ResponsibleOption[]> {
  const db = await getDb();
  const community = await findCommunity({ slug }, db);
  const access = await communityAccess(viewer, community, db);
  if (!access.canManage) throw new DomainError("forbidden");
  return db
    .select({ id: users.id, fullName: users.fullName })
    .from(communityMemberships)
    .innerJoin(users, eq(users.id, communityMemberships.userId))
    .where(and(eq(communityMemberships.communityId, community.id), eq(communityMemberships.status, "active"), eq(users.status, "active")))
    .orderBy(asc(users.fullName));
}

/** Loads the community and refuses anyone who may not write its plan. */
async function writableCommunity(db: Executor, actor: Actor | null, community: Community): Promise<Result<CommunityAccess>> {
  if (!actor) throw new DomainError("unauthenticated");
  const access = await communityAccess(actor, community, db);
  if (!access.canManage) throw new DomainError("forbidden");
  if (access.archived) return fail("communityArchived");
  return ok(access);
}

async function isActiveMember(db: Executor, communityId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: communityMemberships.id })
    .from(communityMemberships)
    .innerJoin(users, eq(users.id, communityMemberships.userId))
    .where(and(eq(communityMemberships.communityId, communityId), eq(communityMemberships.userId, userId), eq(communityMemberships.status, "active"), eq(users.status, "active")))
    .limit(1);
  return Boolean(row);
}

function parse(input: unknown): Result<PlanItemFields> {
  const parsed = planItemSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fromZod(parsed.error);
}

/** Adds an item to the community's plan. */
export async function createPlanItem({ actor, slug, input }: Caller & { slug: string; input: unknown }): Promise<Result<{ id: string }>> {
  const db = await getDb();
  const community = await findCommunity({ slug }, db);
  const allowed = await writableCommunity(db, actor, community);
  if (!allowed.ok) return allowed;
  const parsed = parse(input);
  if (!parsed.ok) return parsed;
  const data = parsed.data;
  return db.transaction(async (tx) => {
    if (data.responsibleId && !(await isActiveMember(tx, community.id, data.responsibleId))) return fail("invalid", { responsibleId: "responsibleNotMember" });
    const [created] = await tx
      .insert(planItems)
      .values({ ...data, communityId: community.id, createdById: actor!.id })
      .returning({ id: planItems.id });
    await logActivity(tx, { actorId: actor!.id, verb: "plan_item.created", objectType: "plan_item", objectId: created!.id, communityId: community.id });
    return ok({ id: created!.id });
  });
}

/** The item and its community, or notFound for a malformed or unknown id. */
async function findItem(db: Executor, id: string): Promise<{ item: PlanItem; community: Community }> {
  if (!idSchema.safeParse(id).success) throw new DomainError("notFound");
  const [item] = await db.select().from(planItems).where(eq(planItems.id, id));
  if (!item) throw new DomainError("notFound");
  return { item, community: await findCommunity({ id: item.communityId }, db) };
}

/** Changes an item of the plan. */
export async function updatePlanItem({ actor, id, input }: Caller & { id: string; input: unknown }): Promise<Result> {
  const db = await getDb();
  const { item, community } = await findItem(db, id);
  const allowed = await writableCommunity(db, actor, community);
  if (!allowed.ok) return allowed;
  const parsed = parse(input);
  if (!parsed.ok) return parsed;
  const data = parsed.data;
  return db.transaction(async (tx) => {
    // Keeping a responsible person who has since left is allowed; naming a new one is not.
    if (data.responsibleId && data.responsibleId !== item.responsibleId && !(await isActiveMember(tx, community.id, data.responsibleId))) {
      return fail("invalid", { responsibleId: "responsibleNotMember" });
    }
    const updated = await tx
      .update(planItems)
      .set({ ...data, updatedAt: new Date() })
      .where(eq(planItems.id, item.id))
      .returning({ id: planItems.id });
    if (updated.length === 0) return fail("conflict");
    await logActivity(tx, { actorId: actor!.id, verb: "plan_item.updated", objectType: "plan_item", objectId: item.id, communityId: community.id });
    return ok();
  });
}

/** Removes an item from the plan. */
export async function deletePlanItem({ actor, id }: Caller & { id: string }): Promise<Result> {
  const db = await getDb();
  const { item, community } = await findItem(db, id);
  const allowed = await writableCommunity(db, actor, community);
  if (!allowed.ok) return allowed;
  return db.transaction(async (tx) => {
    const deleted = await tx.delete(planItems).where(eq(planItems.id, item.id)).returning({ id: planItems.id });
    if (deleted.length === 0) return fail("conflict");
    await logActivity(tx, { actorId: actor!.id, verb: "plan_item.deleted", objectType: "plan_item", objectId: item.id, communityId: community.id });
    return ok();
  });
}

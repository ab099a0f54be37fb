import "server-only";
import { and, asc, eq, notInArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizationRepresentatives, organizations, users } from "@/db/schema";
import { logActivity, logAudit } from "@/lib/activity/log";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { DomainError, fail, fromZod, ok, type Result } from "@/lib/errors";
import { representativeSchema } from "./representative-schemas";

// Administrators name the staff who act for an organization: join communities on its behalf,
// publish to its channel. A representative is always an active member of that organization's staff.

type Caller = { actor: Actor | null; input: unknown; ip: string };

export type StaffCard = { id: string; fullName: string; position: string };

/** The organization's representatives and the active staff who could be named. */
export async function listRepresentatives({ actor, organizationId }: { actor: Actor | null; organizationId: string }): Promise<{ representatives: StaffCard[]; candidates: StaffCard[] }> {
  assertCan(actor, "communities.manage");
  if (!representativeSchema.shape.organizationId.safeParse(organizationId).success) throw new DomainError("notFound");
  const db = await getDb();
  const named = db.select({ id: organizationRepresentatives.userId }).from(organizationRepresentatives).where(eq(organizationRepresentatives.organizationId, organizationId));
  const card = { id: users.id, fullName: users.fullName, position: users.position };
  const [representatives, candidates] = await Promise.all([
    db
      .select(card)
      .from(organizationRepresentatives)
      .innerJoin(users, eq(users.id, organizationRepresentatives.userId))
      .where(eq(organizationRepresentatives.organizationId, organizationId))
      .orderBy(asc(users.fullName)),
    db
      .select(card)
      .from(users)
      .where(and(eq(users.organizationId, organizationId), eq(users.status, "active"), notInArray(users.id, named)))
      .orderBy(asc(users.fullName))
      .limit(500),
  ]);
  return { representatives, candidates };
}

/** Names an active staff member of an approved organization as its representative. */
export async function addRepresentative({ actor, input, ip }: Caller): Promise<Result> {
  assertCan(actor, "communities.manage");
  const parsed = representativeSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { organizationId, userId } = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [org] = await tx.select({ status: organizations.status }).from(organizations).where(eq(organizations.id, organizationId)).for("share");
    if (!org) return fail("organizationMissing");
    if (org.status !== "approved") return fail("organizationNotApproved");
    const [user] = await tx.select({ organizationId: users.organizationId, status: users.status }).from(users).where(eq(users.id, userId)).for("share");
    if (!user || user.status !== "active" || user.organizationId !== organizationId) return fail("invalid", { userId: "representativeNotStaff" });
    const [added] = await tx.insert(organizationRepresentatives).values({ organizationId, userId }).onConflictDoNothing().returning({ userId: organizationRepresentatives.userId });
    if (!added) return fail("invalid", { userId: "alreadyRepresentative" });
    await logActivity(tx, { actorId: actor.id, verb: "organization.representative_added", objectType: "organization", objectId: organizationId });
    await logAudit(tx, { actorId: actor.id, action: "organization.representative_add", targetType: "organization", targetId: organizationId, ipAddress: ip, details: { userId } });
    return ok();
  });
}

/** Stops a representative acting for the organization. */
export async function removeRepresentative({ actor, input, ip }: Caller): Promise<Result> {
  assertCan(actor, "communities.manage");
  const parsed = representativeSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { organizationId, userId } = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(organizationRepresentatives)
      .where(and(eq(organizationRepresentatives.organizationId, organizationId), eq(organizationRepresentatives.userId, userId)))
      .returning({ userId: organizationRepresentatives.userId });
    if (removed.length === 0) return fail("notRepresentative");
    await logActivity(tx, { actorId: actor.id, verb: "organization.representative_removed", objectType: "organization", objectId: organizationId });
    await logAudit(tx, { actorId: actor.id, action: "organization.representative_remove", targetType: "organization", targetId: organizationId, ipAddress: ip, details: { userId } });
    return ok();
  });
}

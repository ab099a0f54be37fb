import "server-only";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { organizations, users } from "@/db/schema";
import { logActivity, logAudit } from "@/lib/activity/log";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { fail, fromZod, ok, type Result } from "@/lib/errors";
import { moveOrganizationTies } from "./merge-ties";
import { mergeSchema, organizationIdSchema, organizationSchema, type OrganizationFields } from "./schemas";

// Every write here: administrators only, checked before anything is read; one transaction that
// also writes the activity and audit rows, so a failure anywhere leaves nothing behind.

type Caller = { actor: Actor | null; ip: string };

// Serializes the duplicate check with the insert or update that follows it, across app instances.
const directoryLock = 724_301;

async function lockDirectory(tx: Executor) {
  await tx.execute(sql`select pg_advisory_xact_lock(${directoryLock})`);
}

/** Another live (not merged) organization with the same name in the same municipality. */
async function findDuplicate(tx: Executor, data: Pick<OrganizationFields, "name" | "municipality">, exceptId?: string, approvedOnly = false) {
  const [row] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        approvedOnly ? eq(organizations.status, "approved") : ne(organizations.status, "merged"),
        sql`lower(${organizations.name}) = lower(${data.name})`,
        sql`lower(${organizations.municipality}) = lower(${data.municipality})`,
        exceptId ? ne(organizations.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row;
}

/** Adds an organization to the directory, approved at once. */
export async function createOrganization({ actor, input, ip }: Caller & { input: unknown }): Promise<Result<{ id: string }>> {
  assertCan(actor, "organizations.manage");
  const parsed = organizationSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const data = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockDirectory(tx);
    if (await findDuplicate(tx, data)) return fail("invalid", { name: "organizationDuplicate" });
    const [created] = await tx
      .insert(organizations)
      .values({ ...data, status: "approved" })
      .returning({ id: organizations.id });
    const id = created!.id;
    await logActivity(tx, { actorId: actor.id, verb: "organization.created", objectType: "organization", objectId: id });
    await logAudit(tx, { actorId: actor.id, action: "organization.create", targetType: "organization", targetId: id, ipAddress: ip, details: { ...data } });
    return ok({ id });
  });
}

const editable = ["name", "shortName", "kind", "municipality"] as const;

/** Changes the name, short name, kind or municipality of a pending or approved organization. */
export async function updateOrganization({ actor, id, input, ip }: Caller & { id: string; input: unknown }): Promise<Result> {
  assertCan(actor, "organizations.manage");
  const parsed = organizationSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  if (!organizationIdSchema.safeParse(id).success) return fail("organizationMissing");
  const data = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockDirectory(tx);
    const [current] = await tx.select().from(organizations).where(eq(organizations.id, id)).for("update");
    if (!current) return fail("organizationMissing");
    if (current.status === "merged") return fail("organizationMerged");
    if (await findDuplicate(tx, data, id)) return fail("invalid", { name: "organizationDuplicate" });
    const changed = editable.filter((field) => current[field] !== data[field]);
    if (changed.length === 0) return ok();
    await tx
      .update(organizations)
      .set({ ...data, updatedAt: new Date() })
      .where(eq(organizations.id, id));
    const before = Object.fromEntries(changed.map((f) => [f, current[f]]));
    const after = Object.fromEntries(changed.map((f) => [f, data[f]]));
    await logActivity(tx, { actorId: actor.id, verb: "organization.updated", objectType: "organization", objectId: id });
    await logAudit(tx, { actorId: actor.id, action: "organization.update", targetType: "organization", targetId: id, ipAddress: ip, details: { before, after } });
    return ok();
  });
}

/** Confirms an organization requested at registration: it appears in the public directory. */
export async function approveOrganization({ actor, id, ip }: Caller & { id: string }): Promise<Result> {
  assertCan(actor, "organizations.manage");
  if (!organizationIdSchema.safeParse(id).success) return fail("organizationMissing");
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockDirectory(tx);
    const [current] = await tx.select().from(organizations).where(eq(organizations.id, id)).for("update");
    if (!current) return fail("organizationMissing");
    if (current.status !== "pending") return fail(current.status === "merged" ? "organizationMerged" : "notPending");
    // An identical approved entry means this request is a duplicate: merge it instead.
    if (await findDuplicate(tx, current, id, true)) return fail("approveDuplicate");
    await tx.update(organizations).set({ status: "approved", updatedAt: new Date() }).where(eq(organizations.id, id));
    await logActivity(tx, { actorId: actor.id, verb: "organization.approved", objectType: "organization", objectId: id });
    await logAudit(tx, { actorId: actor.id, action: "organization.approve", targetType: "organization", targetId: id, ipAddress: ip, details: { requestedById: current.requestedById } });
    return ok();
  });
}

/**
 * Merges a duplicate (or rejects a pending request as one): every user of the source moves to the
 * target with its community ties, the source is marked merged and points to the target. One transaction.
 */
export async function mergeOrganization({ actor, input, ip }: Caller & { input: unknown }): Promise<Result<{ movedUsers: number }>> {
  assertCan(actor, "organizations.manage");
  const parsed = mergeSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { sourceId, targetId } = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Both rows locked in id order, so two opposite merges cannot deadlock.
    const rows = await tx
      .select()
      .from(organizations)
      .where(inArray(organizations.id, [sourceId, targetId]))
      .orderBy(organizations.id)
      .for("update");
    const source = rows.find((r) => r.id === sourceId);
    const target = rows.find((r) => r.id === targetId);
    if (!source) return fail("organizationMissing");
    if (source.status === "merged") return fail("organizationMerged");
    if (!target) return fail("invalid", { targetId: "mergeTargetMissing" });
    if (target.status === "merged") return fail("invalid", { targetId: "mergeTargetMerged" });
    if (target.status === "pending") return fail("invalid", { targetId: "mergeTargetPending" });

    const now = new Date();
    const moved = await tx
      .update(users)
      .set({ organizationId: targetId, updatedAt: now })
      .where(eq(users.organizationId, sourceId))
      .returning({ id: users.id });
    await moveOrganizationTies(tx, sourceId, targetId);
    // Earlier duplicates of the source now lead straight to the target: redirects never chain.
    await tx.update(organizations).set({ mergedIntoId: targetId, updatedAt: now }).where(eq(organizations.mergedIntoId, sourceId));
    await tx.update(organizations).set({ status: "merged", mergedIntoId: targetId, updatedAt: now }).where(eq(organizations.id, sourceId));

    await logActivity(tx, { actorId: actor.id, verb: "organization.merged", objectType: "organization", objectId: sourceId });
    await logAudit(tx, {
      actorId: actor.id,
      action: "organization.merge",
      targetType: "organization",
      targetId: sourceId,
      ipAddress: ip,
      details: { into: targetId, previousStatus: source.status, movedUsers: moved.length },
    });
    return ok({ movedUsers: moved.length });
  });
}

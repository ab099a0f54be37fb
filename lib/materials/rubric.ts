import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { materialReviews, reviewCriteria } from "@/db/schema";
import { logAudit } from "@/lib/activity/log";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { DomainError, fail, fromZod, ok, type Result } from "@/lib/errors";
import { criterionSchema } from "./rubric-schemas";

// The expert-review rubric [001 §5.2], configured by administrators: criteria are added, renamed,
// reordered and switched off, never deleted (a finished review keeps the names it was scored
// under, in material_reviews.scores). At least one criterion stays active. Every change is audited.

type Caller = { actor: Actor | null; ip?: string | null };

export type RubricCriterion = { id: string; position: number; nameRu: string; nameEn: string; active: boolean; usedInReviews: number };

const idSchema = z.uuid();
const moveSchema = z.enum(["up", "down"]);

/** Every criterion, active or not, in the order experts see them, with how many finished reviews scored it. */
export async function listRubric({ actor }: Caller): Promise<RubricCriterion[]> {
  assertCan(actor, "materials.rubric");
  const db = await getDb();
  const used = db
    .select({ criterionId: sql<string>`s->>'criterionId'`.as("criterion_id"), n: sql<number>`count(*)::int`.as("n") })
    .from(sql`${materialReviews}, jsonb_array_elements(${materialReviews.scores}) as s`)
    .where(eq(materialReviews.status, "done"))
    .groupBy(sql`1`)
    .as("used");
  const rows = await db
    .select({ id: reviewCriteria.id, position: reviewCriteria.position, nameRu: reviewCriteria.nameRu, nameEn: reviewCriteria.nameEn, active: reviewCriteria.active, usedInReviews: sql<number>`coalesce(${used.n}, 0)` })
    .from(reviewCriteria)
    .leftJoin(used, sql`${used.criterionId} = ${reviewCriteria.id}::text`)
    .orderBy(asc(reviewCriteria.position), asc(reviewCriteria.id));
  return rows.map((r) => ({ ...r, usedInReviews: Number(r.usedInReviews) }));
}

/** The whole rubric, locked for this transaction: concurrent edits queue instead of interleaving. */
async function lockedRubric(tx: Executor) {
  return tx.select().from(reviewCriteria).orderBy(asc(reviewCriteria.position), asc(reviewCriteria.id)).for("update");
}

function sameName(a: string, b: string) {
  return a.toLocaleLowerCase("ru") === b.toLocaleLowerCase("ru");
}

/** A new active criterion at the end of the rubric. */
export async function addCriterion({ actor, input, ip = null }: Caller & { input: unknown }): Promise<Result<{ id: string }>> {
  assertCan(actor, "materials.rubric");
  const parsed = criterionSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { nameRu, nameEn } = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rubric = await lockedRubric(tx);
    const taken = duplicate(rubric, null, nameRu, nameEn);
    if (taken) return taken;
    const position = Math.max(0, ...rubric.map((c) => c.position)) + 1;
    const [created] = await tx.insert(reviewCriteria).values({ position, nameRu, nameEn }).returning({ id: reviewCriteria.id });
    await logAudit(tx, { actorId: actor.id, action: "rubric.add", targetType: "review_criterion", targetId: created!.id, ipAddress: ip, details: { after: { nameRu, nameEn, position } } });
    return ok({ id: created!.id });
  });
}

/** An active criterion of the same name makes two identical rows in the expert's form. */
function duplicate(rubric: { id: string; nameRu: string; nameEn: string; active: boolean }[], exceptId: string | null, nameRu: string, nameEn: string) {
  const others = rubric.filter((c) => c.id !== exceptId && c.active);
  const fieldErrors: Record<string, string> = {};
  if (others.some((c) => sameName(c.nameRu, nameRu))) fieldErrors.nameRu = "criterionExists";
  if (others.some((c) => sameName(c.nameEn, nameEn))) fieldErrors.nameEn = "criterionExists";
  return Object.keys(fieldErrors).length ? fail("invalid", fieldErrors) : null;
}

function find<T extends { id: string }>(rubric: T[], id: string): T {
  const found = rubric.find((c) => c.id === id);
  if (!found) throw new DomainError("notFound");
  return found;
}

function checkId(id: string) {
  if (!idSchema.safeParse(id).success) throw new DomainError("notFound");
}

/** New names for a criterion; reviews already done keep the names they stored. */
export async function renameCriterion({ actor, id, input, ip = null }: Caller & { id: string; input: unknown }): Promise<Result> {
  assertCan(actor, "materials.rubric");
  checkId(id);
  const parsed = criterionSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { nameRu, nameEn } = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rubric = await lockedRubric(tx);
    const current = find(rubric, id);
    if (current.nameRu === nameRu && current.nameEn === nameEn) return ok();
    const taken = current.active ? duplicate(rubric, id, nameRu, nameEn) : null;
    if (taken) return taken;
    await tx.update(reviewCriteria).set({ nameRu, nameEn }).where(eq(reviewCriteria.id, id));
    await logAudit(tx, {
      actorId: actor.id,
      action: "rubric.rename",
      targetType: "review_criterion",
      targetId: id,
      ipAddress: ip,
      details: { before: { nameRu: current.nameRu, nameEn: current.nameEn }, after: { nameRu, nameEn } },
    });
    return ok();
  });
}

/** Swaps a criterion with its neighbour above or below; positions are renumbered 1..n on the way. */
export async function moveCriterion({ actor, id, direction, ip = null }: Caller & { id: string; direction: unknown }): Promise<Result> {
  assertCan(actor, "materials.rubric");
  checkId(id);
  const parsed = moveSchema.safeParse(direction);
  if (!parsed.success) return fail("invalid");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rubric = await lockedRubric(tx);
    const from = rubric.indexOf(find(rubric, id));
    const to = parsed.data === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= rubric.length) return fail("cannotMove");
    const order = [...rubric];
    [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [i, c] of order.entries()) {
      if (c.position !== i + 1) await tx.update(reviewCriteria).set({ position: i + 1 }).where(eq(reviewCriteria.id, c.id));
    }
    await logAudit(tx, { actorId: actor.id, action: "rubric.move", targetType: "review_criterion", targetId: id, ipAddress: ip, details: { before: from + 1, after: to + 1 } });
    return ok();
  });
}

/** Switches a criterion off (experts stop seeing it) or back on; the last active one stays. */
export async function setCriterionActive({ actor, id, active, ip = null }: Caller & { id: string; active: unknown }): Promise<Result> {
  assertCan(actor, "materials.rubric");
  checkId(id);
  if (typeof active !== "boolean") return fail("invalid");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rubric = await lockedRubric(tx);
    const current = find(rubric, id);
    if (current.active === active) return ok();
    if (!active && !rubric.some((c) => c.active && c.id !== id)) return fail("lastActiveCriterion");
    if (active) {
      const taken = duplicate(rubric, id, current.nameRu, current.nameEn);
      if (taken) return fail("criterionExists");
    }
    await tx.update(reviewCriteria).set({ active }).where(and(eq(reviewCriteria.id, id), ne(reviewCriteria.active, active)));
    await logAudit(tx, { actorId: actor.id, action: active ? "rubric.activate" : "rubric.deactivate", targetType: "review_criterion", targetId: id, ipAddress: ip, details: { nameRu: current.nameRu } });
    return ok();
  });
}

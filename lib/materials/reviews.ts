import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { materialReviews, materials, reviewCriteria, userRoles, users, type Material, type ReviewScore } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { DomainError, fail, fromZod, ok, type Result } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import type { MaterialStatus, ReviewVerdict } from "@/lib/reference/materials";
import { findMaterial, materialAccess, readableMaterial } from "./access";
import { reviewSchema } from "./schemas";

// Expert review [000 §3.3], [001 §5.2]: the community's leader, a methodist or an administrator
// assigns experts, or an expert takes a material from the open queue; the expert scores it against
// the rubric and gives a verdict, which alone moves it to published, returned or rejected. Nobody
// reviews their own or a co-author's material.

type Caller = { actor: Actor | null };

const idSchema = z.uuid();
const assignSchema = z.object({ expertId: z.uuid("required") });
const afterVerdict: Record<ReviewVerdict, MaterialStatus> = { publish: "published", return: "returned", reject: "rejected" };

async function isExpert(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "expert")))
    .where(and(eq(users.id, userId), eq(users.status, "active")));
  return Boolean(row);
}

/** Opens a review of the current version and moves the material under review, unless it already is. */
async function openReview(tx: Executor, material: Material, expertId: string, assignedById: string | null): Promise<Result<{ reviewId: string }>> {
  const [existing] = await tx
    .select({ id: materialReviews.id })
    .from(materialReviews)
    .where(and(eq(materialReviews.materialId, material.id), eq(materialReviews.version, material.version), eq(materialReviews.expertId, expertId), ne(materialReviews.status, "withdrawn")));
  if (existing) return fail("alreadyReviewing");
  const moved = await tx
    .update(materials)
    .set({ status: "under_review", updatedAt: new Date() })
    .where(and(eq(materials.id, material.id), eq(materials.version, material.version), eq(materials.status, material.status)))
    .returning({ id: materials.id });
  if (moved.length === 0) return fail("notAwaitingReview");
  const [review] = await tx.insert(materialReviews).values({ materialId: material.id, version: material.version, expertId, assignedById }).returning({ id: materialReviews.id });
  return ok({ reviewId: review!.id });
}

/** A leader, methodist or administrator names an expert for the material's current version. */
export async function assignExpert({ actor, id, input }: Caller & { id: string; input: unknown }): Promise<Result<{ reviewId: string }>> {
  assertSignedIn(actor);
  const assigner = actor;
  const db = await getDb();
  const access = await readableMaterial(assigner, id, db);
  if (!access.canAssign) return fail(access.material.status === "submitted" || access.material.status === "under_review" ? "forbidden" : "notAwaitingReview");
  const parsed = assignSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { expertId } = parsed.data;
  if (access.authorIds.includes(expertId)) return fail("invalid", { expertId: "expertIsAuthor" });
  if (!(await isExpert(db, expertId))) return fail("invalid", { expertId: "notAnExpert" });
  const material = access.material;
  return db.transaction(async (tx) => {
    const opened = await openReview(tx, material, expertId, assigner.id);
    if (!opened.ok) return opened;
    await notify(tx, [expertId], { kind: "material.reviewAssigned", params: { title: material.title }, link: `/materials/${material.id}/review`, communityId: material.communityId });
    await logActivity(tx, { actorId: assigner.id, verb: "material.expert_assigned", objectType: "material", objectId: material.id, communityId: material.communityId });
    return opened;
  });
}

/** An expert takes a material awaiting review from the open queue. */
export async function takeForReview({ actor, id }: Caller & { id: string }): Promise<Result<{ reviewId: string }>> {
  assertSignedIn(actor);
  const expert = actor;
  const db = await getDb();
  const access = await readableMaterial(expert, id, db);
  if (!access.canTake) return fail(access.isAuthor ? "expertIsAuthor" : "notAwaitingReview");
  const material = access.material;
  return db.transaction(async (tx) => {
    const opened = await openReview(tx, material, expert.id, null);
    if (!opened.ok) return opened;
    await logActivity(tx, { actorId: expert.id, verb: "material.review_taken", objectType: "material", objectId: material.id, communityId: material.communityId });
    return opened;
  });
}

export type Criterion = { id: string; name: string };

/** The rubric's active criteria in order, named in the viewer's language. */
export async function activeCriteria(locale: string, db?: Executor): Promise<Criterion[]> {
  const executor = db ?? (await getDb());
  const rows = await executor.select().from(reviewCriteria).where(eq(reviewCriteria.active, true)).orderBy(asc(reviewCriteria.position));
  return rows.map((c) => ({ id: c.id, name: locale === "en" ? c.nameEn : c.nameRu }));
}

/** The expert's scores and verdict: the material is published, returned for revision or rejected. */
export async function completeReview({ actor, reviewId, input }: Caller & { reviewId: string; input: unknown }): Promise<Result<{ status: MaterialStatus }>> {
  assertSignedIn(actor);
  const expert = actor;
  if (!idSchema.safeParse(reviewId).success) throw new DomainError("notFound");
  const db = await getDb();
  const [review] = await db.select().from(materialReviews).where(eq(materialReviews.id, reviewId));
  if (!review || review.expertId !== expert.id) throw new DomainError("notFound");
  if (review.status !== "assigned") return fail("reviewClosed");
  const parsed = reviewSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { scores, verdict, summary } = parsed.data;
  const access = await materialAccess(expert, await findMaterial(review.materialId, db), db);
  // A co-author added after the assignment still may not judge the material.
  if (access.isAuthor) return fail("expertIsAuthor");
  const material = access.material;
  if (material.status !== "under_review" || material.version !== review.version) return fail("reviewClosed");
  const criteria = await activeCriteria("ru", db);
  const given = new Map(scores.map((s) => [s.criterionId, s]));
  if (given.size !== scores.length || criteria.some((c) => !given.has(c.id)) || scores.some((s) => !criteria.some((c) => c.id === s.criterionId))) {
    return fail("invalid", { scores: "scoresIncomplete" });
  }
  // The criterion's name is kept with the score: the rubric may change after the review.
  const stored: ReviewScore[] = criteria.map((c) => ({ ...given.get(c.id)!, name: c.name }));
  const status = afterVerdict[verdict];
  return db.transaction(async (tx) => {
    const closed = await tx
      .update(materialReviews)
      .set({ status: "done", scores: stored, verdict, summary, completedAt: new Date() })
      .where(and(eq(materialReviews.id, reviewId), eq(materialReviews.status, "assigned")))
      .returning({ id: materialReviews.id });
    if (closed.length === 0) return fail("reviewClosed");
    const moved = await tx
      .update(materials)
      .set({ status, updatedAt: new Date(), ...(status === "published" ? { publishedAt: new Date() } : {}) })
      .where(and(eq(materials.id, material.id), eq(materials.status, "under_review"), eq(materials.version, review.version)))
      .returning({ id: materials.id });
    if (moved.length === 0) return fail("reviewClosed");
    // The verdict settles this version: other experts' open reviews of it are withdrawn.
    await tx
      .update(materialReviews)
      .set({ status: "withdrawn" })
      .where(and(eq(materialReviews.materialId, material.id), eq(materialReviews.version, review.version), eq(materialReviews.status, "assigned")));
    await notify(tx, access.authorIds, { kind: `material.${status}`, params: { title: material.title }, link: `/materials/${material.id}`, communityId: material.communityId });
    await logActivity(tx, { actorId: expert.id, verb: `material.review_${verdict}`, objectType: "material", objectId: material.id, communityId: material.communityId });
    if (status === "published") await logActivity(tx, { actorId: expert.id, verb: "material.published", objectType: "material", objectId: material.id, communityId: material.communityId });
    return ok({ status });
  });
}

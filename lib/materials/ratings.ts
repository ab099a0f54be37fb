import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { materialRatings, materials } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { fromZod, ok, type Result } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { colleagueAccess } from "./feedback-access";
import { ratingSchema } from "./schemas";

// Ratings 1–5 [001 §5.1]: one per colleague and material, changeable; the totals on the material
// row move in the same transaction, so the average never drifts from material_ratings.

export type RatingSummary = { score: number; average: number; count: number };

export async function rateMaterial({ actor, id, input }: { actor: Actor | null; id: string; input: unknown }): Promise<Result<RatingSummary>> {
  assertSignedIn(actor);
  const rater = actor;
  const parsed = ratingSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { score } = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const access = await colleagueAccess(rater, id, tx);
    if ("ok" in access) return access;
    const { material } = access;
    const key = and(eq(materialRatings.materialId, material.id), eq(materialRatings.userId, rater.id));
    // A second rating by the same person replaces the first (the primary key keeps it one row, even under a double click).
    const inserted = await tx.insert(materialRatings).values({ materialId: material.id, userId: rater.id, score }).onConflictDoNothing().returning({ score: materialRatings.score });
    let delta = { count: 1, sum: score };
    if (inserted.length === 0) {
      const [previous] = await tx.select({ score: materialRatings.score }).from(materialRatings).where(key).for("update");
      await tx.update(materialRatings).set({ score, updatedAt: new Date() }).where(key);
      delta = { count: 0, sum: score - previous!.score };
    }
    const [totals] = await tx
      .update(materials)
      .set({ ratingCount: sql`${materials.ratingCount} + ${delta.count}`, ratingSum: sql`${materials.ratingSum} + ${delta.sum}` })
      .where(eq(materials.id, material.id))
      .returning({ count: materials.ratingCount, sum: materials.ratingSum });
    await logActivity(tx, { actorId: rater.id, verb: "material.rated", objectType: "material", objectId: material.id, communityId: material.communityId });
    if (delta.count === 1) {
      await notify(tx, access.authorIds, { kind: "material.rated", params: { title: material.title, score: String(score) }, link: `/materials/${material.id}`, communityId: material.communityId });
    }
    return ok({ score, average: averageOf(totals!), count: totals!.count });
  });
}

/** The average to one decimal place, 0 with no ratings. */
export function averageOf({ count, sum }: { count: number; sum: number }): number {
  return count === 0 ? 0 : Math.round((sum / count) * 10) / 10;
}

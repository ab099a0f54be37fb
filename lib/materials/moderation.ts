import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { materialReviews, materials } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError, fail, fromZod, ok, type Result } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { readableMaterial } from "./access";
import { moderationSchema } from "./schemas";

// [002 §6.1]: the leader of the material's community, its moderators or an administrator may
// unpublish a material or remove it (a soft delete), always with a reason the authors are told.

export async function moderateMaterial({ actor, id, input }: { actor: Actor | null; id: string; input: unknown }): Promise<Result> {
  if (!actor) throw new DomainError("unauthenticated");
  const db = await getDb();
  const access = await readableMaterial(actor, id, db);
  if (!access.canModerate) return fail("forbidden");
  const parsed = moderationSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { action, reason } = parsed.data;
  const material = access.material;
  if (action === "unpublish" && material.status !== "published") return fail("notPublished");
  const status = action === "unpublish" ? "unpublished" : "removed";
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(materials)
      .set({ status, moderatedAt: new Date(), moderatedById: actor.id, moderationReason: reason, updatedAt: new Date() })
      .where(and(eq(materials.id, id), eq(materials.status, material.status)))
      .returning({ id: materials.id });
    if (changed.length === 0) return fail("staleStatus");
    if (status === "removed") {
      await tx.update(materialReviews).set({ status: "withdrawn" }).where(and(eq(materialReviews.materialId, id), eq(materialReviews.status, "assigned")));
    }
    await notify(tx, access.authorIds, { kind: `material.${status}`, params: { title: material.title, reason }, link: `/materials/${id}`, communityId: material.communityId });
    await logActivity(tx, { actorId: actor.id, verb: `material.${status}`, objectType: "material", objectId: id, communityId: material.communityId });
    return ok();
  });
}

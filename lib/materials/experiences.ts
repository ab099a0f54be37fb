import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { materialExperiences, organizations, users } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { fail, fromZod, ok, type Result } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { findMaterial, materialAccess } from "./access";
import { colleagueAccess } from "./feedback-access";
import { experienceSchema } from "./schemas";

// Experience of use [001 §5.1], [000 §3.2]: colleagues record where and how they used a material
// and what came of it; the authors are told; the report counts it as the material's uptake.

export type Experience = { id: string; userId: string; authorName: string; organizationName: string | null; grade: string; context: string; result: string; createdAt: Date; canDelete: boolean };

export async function recordExperience({ actor, id, input }: { actor: Actor | null; id: string; input: unknown }): Promise<Result<{ id: string }>> {
  assertSignedIn(actor);
  const colleague = actor;
  const parsed = experienceSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const access = await colleagueAccess(colleague, id, tx);
    if ("ok" in access) return access;
    const { material } = access;
    const [row] = await tx.insert(materialExperiences).values({ materialId: material.id, userId: colleague.id, ...parsed.data }).returning({ id: materialExperiences.id });
    await logActivity(tx, { actorId: colleague.id, verb: "material.experience_recorded", objectType: "material", objectId: material.id, communityId: material.communityId });
    const [writer] = await tx.select({ name: users.fullName }).from(users).where(eq(users.id, colleague.id));
    await notify(tx, access.authorIds, { kind: "material.experience", params: { title: material.title, name: writer!.name }, link: `/materials/${material.id}#experience`, communityId: material.communityId });
    return ok({ id: row!.id });
  });
}

/** Its writer takes an experience back; the bank's moderators remove one that does not belong. */
export async function deleteExperience({ actor, experienceId }: { actor: Actor | null; experienceId: string }): Promise<Result> {
  assertSignedIn(actor);
  const remover = actor;
  if (!z.uuid().safeParse(experienceId).success) return fail("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [experience] = await tx.select().from(materialExperiences).where(eq(materialExperiences.id, experienceId)).for("update");
    if (!experience) return fail("notFound");
    const access = await materialAccess(remover, await findMaterial(experience.materialId, tx), tx);
    if (experience.userId !== remover.id && !access.canModerate) return fail("forbidden");
    await tx.delete(materialExperiences).where(eq(materialExperiences.id, experienceId));
    await logActivity(tx, { actorId: remover.id, verb: "material.experience_deleted", objectType: "material", objectId: experience.materialId, communityId: access.material.communityId });
    return ok();
  });
}

/** The newest experiences of a material the viewer may read (the caller has checked that). */
export async function listExperiences({ viewer, materialId, canModerate }: { viewer: Actor | null; materialId: string; canModerate: boolean }): Promise<Experience[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: materialExperiences.id,
      userId: materialExperiences.userId,
      authorName: users.fullName,
      organizationName: sql<string | null>`coalesce(nullif(${organizations.shortName}, ''), ${organizations.name})`,
      grade: materialExperiences.grade,
      context: materialExperiences.context,
      result: materialExperiences.result,
      createdAt: materialExperiences.createdAt,
    })
    .from(materialExperiences)
    .innerJoin(users, eq(users.id, materialExperiences.userId))
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(and(eq(materialExperiences.materialId, materialId), eq(users.status, "active")))
    .orderBy(desc(materialExperiences.createdAt))
    .limit(100);
  return rows.map((r) => ({ ...r, canDelete: r.userId === viewer?.id || canModerate }));
}

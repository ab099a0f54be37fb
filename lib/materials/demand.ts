import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { materialDemand, materials } from "@/db/schema";
import { logView } from "@/lib/activity/log";
import type { DemandKind } from "@/lib/reference/materials";

// Demand for materials [000 §3.2], [001 §5.1]: a view or a download counts once per visitor (a
// user, or an anonymous visitor id) per material and day; the counters on the row sort the bank.

const input = z.object({ materialId: z.uuid(), visitor: z.string().min(1).max(100) });

/** Counts a view or a download of a published material; false when it was already counted today (or is not published). */
export async function recordDemand(kind: DemandKind, raw: { materialId: string; visitor: string; userId: string | null }): Promise<boolean> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return false;
  const { materialId, visitor } = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [material] = await tx.select({ status: materials.status, communityId: materials.communityId }).from(materials).where(eq(materials.id, materialId));
    if (material?.status !== "published") return false;
    const day = sql<string>`(now() at time zone 'Europe/Moscow')::date`;
    const inserted = await tx.insert(materialDemand).values({ materialId, kind, visitor, day }).onConflictDoNothing().returning({ materialId: materialDemand.materialId });
    if (inserted.length === 0) return false;
    const counter = kind === "view" ? { viewCount: sql`${materials.viewCount} + 1` } : { downloadCount: sql`${materials.downloadCount} + 1` };
    await tx.update(materials).set(counter).where(eq(materials.id, materialId));
    await logView(tx, { actorId: raw.userId, visitorId: raw.userId ? null : z.uuid().safeParse(visitor).data ?? null, verb: kind === "view" ? "material.viewed" : "material.downloaded", objectType: "material", objectId: materialId, communityId: material.communityId });
    return true;
  });
}

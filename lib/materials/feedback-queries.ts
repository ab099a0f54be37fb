import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { materialRatings } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { placementOf } from "./collections";
import { listExperiences, type Experience } from "./experiences";
import type { MaterialPage } from "./queries";
import { averageOf } from "./ratings";

export type MaterialFeedback = {
  average: number;
  count: number;
  /** The viewer's own rating; null when they have not rated it. */
  myRating: number | null;
  /** A signed-in colleague (not an author) reading a published material. */
  canRespond: boolean;
  experiences: Experience[];
  placement: Awaited<ReturnType<typeof placementOf>>;
};

/** What colleagues made of a material the page has already let the viewer read. */
export async function getMaterialFeedback({ viewer, page }: { viewer: Actor | null; page: MaterialPage }): Promise<MaterialFeedback | null> {
  const m = page.material;
  if (m.status !== "published") return null;
  const db = await getDb();
  const [mine, experiences, placement] = await Promise.all([
    viewer ? db.select({ score: materialRatings.score }).from(materialRatings).where(and(eq(materialRatings.materialId, m.id), eq(materialRatings.userId, viewer.id))) : Promise.resolve([]),
    listExperiences({ viewer, materialId: m.id, canModerate: page.access.canModerate }),
    placementOf({ viewer, materialId: m.id }),
  ]);
  return {
    average: averageOf({ count: m.ratingCount, sum: m.ratingSum }),
    count: m.ratingCount,
    myRating: mine[0]?.score ?? null,
    canRespond: Boolean(viewer) && !page.access.isAuthor,
    experiences,
    placement,
  };
}

import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { materialAuthors, materialReviews, materials, type Material } from "@/db/schema";
import { communityAccess, findCommunity, type CommunityAccess } from "@/lib/communities/access";
import { can, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";

/**
 * What one viewer may do with one material: the single place every materials query, mutation and
 * file download asks. [002 §6.1], [000 §3.3], [001 §5.2].
 */
export type MaterialAccess = {
  material: Material;
  authorIds: string[];
  /** The owner or a registered co-author. */
  isAuthor: boolean;
  /** Holds an open or finished review of it. */
  isReviewer: boolean;
  /** The viewer's standing in the material's community, when it has one. */
  community: CommunityAccess | null;
  canRead: boolean;
  /** Edit and submit: the owner, while a draft or returned for revision. */
  canEdit: boolean;
  /** Assign experts: the community's leader (or a leader above), a methodist, an administrator. */
  canAssign: boolean;
  /** Take it from the open queue: an expert who is not among its authors, while it awaits review. */
  canTake: boolean;
  /** Unpublish or remove: the community's leader or moderators, an administrator. */
  canModerate: boolean;
  /** Experts reviewing blind do not see who wrote it. */
  hidesAuthors: boolean;
};

const idSchema = z.uuid();
const awaitingReview = new Set(["submitted", "under_review"]);

export async function findMaterial(id: string, db?: Executor): Promise<Material> {
  if (!idSchema.safeParse(id).success) throw new DomainError("notFound");
  const executor = db ?? (await getDb());
  const [row] = await executor.select().from(materials).where(eq(materials.id, id));
  if (!row) throw new DomainError("notFound");
  return row;
}

export async function materialAccess(viewer: Actor | null, material: Material, db?: Executor): Promise<MaterialAccess> {
  const executor = db ?? (await getDb());
  const [authors, reviews, community] = await Promise.all([
    executor.select({ userId: materialAuthors.userId }).from(materialAuthors).where(eq(materialAuthors.materialId, material.id)).orderBy(asc(materialAuthors.position)),
    viewer
      ? executor
          .select({ id: materialReviews.id })
          .from(materialReviews)
          .where(and(eq(materialReviews.materialId, material.id), eq(materialReviews.expertId, viewer.id), ne(materialReviews.status, "withdrawn")))
      : Promise.resolve([]),
    material.communityId ? findCommunity({ id: material.communityId }, executor).then((c) => communityAccess(viewer, c, executor)) : Promise.resolve(null),
  ]);
  const authorIds = [material.ownerId, ...authors.flatMap((a) => (a.userId && a.userId !== material.ownerId ? [a.userId] : []))];
  const isAuthor = Boolean(viewer && authorIds.includes(viewer.id));
  const isOwner = viewer?.id === material.ownerId;
  const isReviewer = reviews.length > 0;
  const leads = Boolean(community && (community.isLeader || community.leadsAbove));
  const canAssign = !isAuthor && (can(viewer, "materials.assignExperts") || leads);
  const canModerate = can(viewer, "materials.moderate") || Boolean(community?.canManage);
  const canTake = can(viewer, "materials.review") && !isAuthor && awaitingReview.has(material.status);
  const published = material.status === "published" && (community === null || community.canSeeContent);
  const inWorkflow = material.status !== "draft" && material.status !== "removed";
  return {
    material,
    authorIds,
    isAuthor,
    isReviewer,
    community,
    canRead: published || isAuthor || isReviewer || canTake || ((canAssign || canModerate) && inWorkflow) || (material.status === "removed" && can(viewer, "materials.moderate")),
    canEdit: isOwner && (material.status === "draft" || material.status === "returned"),
    canAssign: canAssign && awaitingReview.has(material.status),
    canTake,
    canModerate: canModerate && material.status !== "removed",
    hidesAuthors: material.blindReview && !isAuthor && !canModerate && !can(viewer, "materials.assignExperts") && (isReviewer || canTake),
  };
}

/** Earlier versions and their comparison: the authors, its experts, and those who assign or moderate it. */
export function seesVersions(access: MaterialAccess): boolean {
  return access.isAuthor || access.isReviewer || access.canAssign || access.canModerate;
}

/** Loads the material and refuses a viewer who may not read it (as not found: its existence stays private). */
export async function readableMaterial(viewer: Actor | null, id: string, db?: Executor): Promise<MaterialAccess> {
  const access = await materialAccess(viewer, await findMaterial(id, db), db);
  if (!access.canRead) throw new DomainError("notFound");
  return access;
}

/**
 * Why the viewer may not edit (or submit): a co-author is told that the owner does it; an author,
 * that the material has moved on (`moved`: "notEditable", or "alreadySubmitted" for a submission).
 */
export function editRefusal(access: MaterialAccess, moved: "notEditable" | "alreadySubmitted" = "notEditable"): string {
  const editableStatus = access.material.status === "draft" || access.material.status === "returned";
  if (access.isAuthor && editableStatus) return "ownerEdits";
  return access.isAuthor ? moved : "forbidden";
}

import "server-only";
import { and, asc, desc, eq, inArray, isNull, ne, notInArray, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { communities, communityMemberships, materialAuthors, materialFiles, materialLinks, materialReviews, materials, materialVersions, userRoles, users, type ReviewScore } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import type { MaterialStatus, ReviewVerdict } from "@/lib/reference/materials";
import { readableMaterial, seesVersions, type MaterialAccess } from "./access";
import type { MaterialInput } from "./schemas";
import { videoEmbed, type VideoEmbed } from "./video-links";

// What the material pages show, in a fixed number of queries, each checked through materialAccess.

export type MaterialPage = {
  access: Omit<MaterialAccess, "material" | "community">;
  material: MaterialAccess["material"];
  authors: { userId: string | null; name: string }[] | null;
  communityName: string | null;
  communitySlug: string | null;
  files: { id: string; name: string; size: number; kind: string; hasPreview: boolean }[];
  videos: (VideoEmbed & { id: string; title: string; url: string })[];
  /** The last finished review: shown on a published material, and to its authors. */
  review: { verdict: ReviewVerdict; summary: string; scores: ReviewScore[]; completedAt: Date } | null;
  /** The viewer's own open review of the current version. */
  openReviewId: string | null;
  versions: { number: number; createdAt: Date; note: string }[];
  experts: { id: string; fullName: string }[];
};

export async function getMaterialPage({ viewer, id }: { viewer: Actor | null; id: string }): Promise<MaterialPage> {
  const db = await getDb();
  const access = await readableMaterial(viewer, id, db);
  const material = access.material;
  const [authors, community, files, links, reviews, versions, experts] = await Promise.all([
    db.select({ userId: materialAuthors.userId, name: materialAuthors.name }).from(materialAuthors).where(eq(materialAuthors.materialId, id)).orderBy(asc(materialAuthors.position)),
    material.communityId ? db.select({ name: communities.name, slug: communities.slug }).from(communities).where(eq(communities.id, material.communityId)) : Promise.resolve([]),
    db
      .select({ id: materialFiles.id, name: materialFiles.name, size: materialFiles.size, kind: materialFiles.kind, previewKey: materialFiles.previewKey })
      .from(materialFiles)
      .where(and(eq(materialFiles.materialId, id), isNull(materialFiles.removedAt)))
      .orderBy(asc(materialFiles.createdAt)),
    db.select().from(materialLinks).where(eq(materialLinks.materialId, id)).orderBy(asc(materialLinks.position)),
    db
      .select()
      .from(materialReviews)
      .where(and(eq(materialReviews.materialId, id), or(eq(materialReviews.status, "done"), and(eq(materialReviews.status, "assigned"), eq(materialReviews.expertId, viewer?.id ?? id)))))
      .orderBy(desc(materialReviews.createdAt)),
    seesVersions(access)
      ? db.select({ number: materialVersions.number, createdAt: materialVersions.createdAt, note: materialVersions.note }).from(materialVersions).where(eq(materialVersions.materialId, id)).orderBy(desc(materialVersions.number))
      : Promise.resolve([]),
    access.canAssign
      ? db
          .select({ id: users.id, fullName: users.fullName })
          .from(users)
          .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "expert")))
          .where(eq(users.status, "active"))
          .orderBy(asc(users.fullName))
      : Promise.resolve([]),
  ]);
  const done = reviews.find((r) => r.status === "done");
  const showReview = done && (material.status === "published" || access.isAuthor || access.canAssign || access.canModerate);
  const open = reviews.find((r) => r.status === "assigned" && r.expertId === viewer?.id && r.version === material.version);
  const { authorIds, isAuthor, isReviewer, canRead, canEdit, canAssign, canTake, canModerate, hidesAuthors } = access;
  return {
    access: { authorIds, isAuthor, isReviewer, canRead, canEdit, canAssign, canTake, canModerate, hidesAuthors },
    material,
    authors: access.hidesAuthors ? null : authors,
    communityName: community[0]?.name ?? null,
    communitySlug: community[0]?.slug ?? null,
    files: files.map(({ previewKey, ...f }) => ({ ...f, hasPreview: Boolean(previewKey) })),
    videos: links.flatMap((l) => {
      const embed = videoEmbed(l.url);
      return embed ? [{ ...embed, id: l.id, title: l.title, url: l.url }] : [];
    }),
    review: showReview ? { verdict: done.verdict!, summary: done.summary ?? "", scores: done.scores ?? [], completedAt: done.completedAt! } : null,
    openReviewId: open?.id ?? null,
    versions,
    experts: experts.filter((e) => !access.authorIds.includes(e.id)),
  };
}

export type MaterialRow = { id: string; title: string; kind: string; status: MaterialStatus; updatedAt: Date; version: number };

/** The caller's own materials (owned or co-authored), newest change first. */
export async function listMyMaterials({ viewer }: { viewer: Actor | null }): Promise<MaterialRow[]> {
  if (!viewer) throw new DomainError("unauthenticated");
  const db = await getDb();
  const coAuthored = db.select({ id: materialAuthors.materialId }).from(materialAuthors).where(eq(materialAuthors.userId, viewer.id));
  return db
    .select({ id: materials.id, title: materials.title, kind: materials.kind, status: materials.status, updatedAt: materials.updatedAt, version: materials.version })
    .from(materials)
    .where(and(or(eq(materials.ownerId, viewer.id), inArray(materials.id, coAuthored)), ne(materials.status, "removed")))
    .orderBy(desc(materials.updatedAt))
    .limit(200);
}

export type ReviewWork = { queue: MaterialRow[]; mine: (MaterialRow & { reviewId: string; reviewStatus: string })[] };

/** An expert's desk: materials nobody reviews yet (not their own), and their own reviews. */
export async function listReviewWork({ viewer }: { viewer: Actor | null }): Promise<ReviewWork> {
  if (!viewer) throw new DomainError("unauthenticated");
  if (!can(viewer, "materials.review")) throw new DomainError("forbidden");
  const db = await getDb();
  const columns = { id: materials.id, title: materials.title, kind: materials.kind, status: materials.status, updatedAt: materials.updatedAt, version: materials.version };
  const authored = db.select({ id: materialAuthors.materialId }).from(materialAuthors).where(eq(materialAuthors.userId, viewer.id));
  const [queue, mine] = await Promise.all([
    db
      .select(columns)
      .from(materials)
      .where(and(eq(materials.status, "submitted"), ne(materials.ownerId, viewer.id), notInArray(materials.id, authored)))
      .orderBy(asc(materials.submittedAt))
      .limit(100),
    db
      .select({ ...columns, reviewId: materialReviews.id, reviewStatus: materialReviews.status })
      .from(materialReviews)
      .innerJoin(materials, eq(materials.id, materialReviews.materialId))
      .where(and(eq(materialReviews.expertId, viewer.id), ne(materialReviews.status, "withdrawn")))
      .orderBy(desc(materialReviews.createdAt))
      .limit(100),
  ]);
  return { queue, mine };
}

/** Communities the caller may put a material in: active member, materials service on, not archived. */
export async function communitiesForMaterials({ viewer }: { viewer: Actor | null }): Promise<{ id: string; name: string }[]> {
  if (!viewer) throw new DomainError("unauthenticated");
  const db = await getDb();
  return db
    .select({ id: communities.id, name: communities.name })
    .from(communities)
    .innerJoin(communityMemberships, and(eq(communityMemberships.communityId, communities.id), eq(communityMemberships.userId, viewer.id), eq(communityMemberships.status, "active")))
    .where(and(isNull(communities.liquidatedAt), sql`'materials' = any(${communities.services})`))
    .orderBy(asc(communities.name));
}

/** The edit form's values: lists as the form's text fields (outside co-authors by name). */
export function formValues(page: Pick<MaterialPage, "material" | "authors">): MaterialInput {
  const m = page.material;
  return {
    kind: m.kind,
    title: m.title,
    abstract: m.abstract,
    body: m.body,
    subjects: m.subjects as MaterialInput["subjects"],
    levels: m.levels as MaterialInput["levels"],
    themes: m.themes as MaterialInput["themes"],
    tags: m.tags.join(", "),
    licence: m.licence,
    communityId: m.communityId ?? "",
    coAuthors: (page.authors ?? []).filter((a) => !a.userId).map((a) => a.name).join("; "),
    coAuthorIds: (page.authors ?? []).flatMap((a) => (a.userId && a.userId !== m.ownerId ? [a.userId] : [])),
    blindReview: m.blindReview,
  };
}

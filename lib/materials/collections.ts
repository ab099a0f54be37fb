import "server-only";
import { and, asc, count, desc, eq, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { materialCollectionItems, materialCollections, materialFavourites, materials, users, type MaterialCollection } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { DomainError, fail, fromZod, ok, type Result } from "@/lib/errors";
import { readableMaterial } from "./access";
import type { MaterialRow } from "./queries";
import { collectionSchema } from "./schemas";
import { publishedVisibleTo } from "./visibility";

// Favourites and collections [001 §5.1]: each user's own list of favourites, and named
// collections, personal or public. Whatever a list holds, a reader sees only the materials they
// may read (a material later unpublished, or in a members-only community, drops out of sight).

const MAX_COLLECTIONS = 100;
const MAX_ITEMS = 500;
const idSchema = z.uuid();
const toggleSchema = z.object({ on: z.boolean("invalid") });

export type CollectionSummary = { id: string; title: string; description: string; public: boolean; ownerName: string; items: number };
export type CollectionPage = { collection: MaterialCollection; ownerName: string; isOwner: boolean; items: MaterialRow[] };

const rowColumns = { id: materials.id, title: materials.title, kind: materials.kind, status: materials.status, updatedAt: materials.updatedAt, version: materials.version };

/** A published material the caller may read, for adding to a list. */
async function addable(actor: Actor, materialId: string, db: Executor): Promise<Result | null> {
  const { material } = await readableMaterial(actor, materialId, db);
  return material.status === "published" ? null : fail("notPublished");
}

async function ownCollection(actor: Actor, collectionId: string, db: Executor): Promise<MaterialCollection> {
  if (!idSchema.safeParse(collectionId).success) throw new DomainError("notFound");
  const [row] = await db.select().from(materialCollections).where(eq(materialCollections.id, collectionId)).for("update");
  // Another person's collection is refused as not found, public or not: it is not theirs to change.
  if (!row || row.ownerId !== actor.id) throw new DomainError("notFound");
  return row;
}

/** Adds to or removes from the caller's favourites; idempotent, so a double click changes nothing. */
export async function setFavourite({ actor, id, input }: { actor: Actor | null; id: string; input: unknown }): Promise<Result<{ favourite: boolean }>> {
  assertSignedIn(actor);
  const user = actor;
  const parsed = toggleSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { on } = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const key = and(eq(materialFavourites.userId, user.id), eq(materialFavourites.materialId, id));
    if (!on) {
      if (!idSchema.safeParse(id).success) throw new DomainError("notFound");
      await tx.delete(materialFavourites).where(key);
      return ok({ favourite: false });
    }
    const refusal = await addable(user, id, tx);
    if (refusal) return refusal as Result<never>;
    const added = await tx.insert(materialFavourites).values({ userId: user.id, materialId: id }).onConflictDoNothing().returning({ id: materialFavourites.materialId });
    if (added.length > 0) {
      const [m] = await tx.select({ communityId: materials.communityId }).from(materials).where(eq(materials.id, id));
      await logActivity(tx, { actorId: user.id, verb: "material.favourited", objectType: "material", objectId: id, communityId: m!.communityId });
    }
    return ok({ favourite: true });
  });
}

export async function createCollection({ actor, input }: { actor: Actor | null; input: unknown }): Promise<Result<{ id: string }>> {
  assertSignedIn(actor);
  const owner = actor;
  const parsed = collectionSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Serialises one owner's creations, so the cap holds under parallel requests.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('collections:' || ${owner.id}))`);
    const [{ n }] = (await tx.select({ n: count() }).from(materialCollections).where(eq(materialCollections.ownerId, owner.id))) as [{ n: number }];
    if (n >= MAX_COLLECTIONS) return fail("tooManyCollections");
    const [row] = await tx.insert(materialCollections).values({ ownerId: owner.id, ...parsed.data }).returning({ id: materialCollections.id });
    return ok({ id: row!.id });
  });
}

export async function updateCollection({ actor, collectionId, input }: { actor: Actor | null; collectionId: string; input: unknown }): Promise<Result> {
  assertSignedIn(actor);
  const owner = actor;
  const parsed = collectionSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await ownCollection(owner, collectionId, tx);
    await tx.update(materialCollections).set(parsed.data).where(eq(materialCollections.id, collectionId));
    return ok();
  });
}

export async function deleteCollection({ actor, collectionId }: { actor: Actor | null; collectionId: string }): Promise<Result> {
  assertSignedIn(actor);
  const owner = actor;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await ownCollection(owner, collectionId, tx);
    await tx.delete(materialCollections).where(eq(materialCollections.id, collectionId));
    return ok();
  });
}

/** Puts a material in one of the caller's collections, or takes it out; idempotent. */
export async function setInCollection({ actor, collectionId, materialId, input }: { actor: Actor | null; collectionId: string; materialId: string; input: unknown }): Promise<Result<{ inCollection: boolean }>> {
  assertSignedIn(actor);
  const owner = actor;
  const parsed = toggleSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await ownCollection(owner, collectionId, tx);
    if (!idSchema.safeParse(materialId).success) throw new DomainError("notFound");
    const key = and(eq(materialCollectionItems.collectionId, collectionId), eq(materialCollectionItems.materialId, materialId));
    if (!parsed.data.on) {
      await tx.delete(materialCollectionItems).where(key);
      return ok({ inCollection: false });
    }
    const refusal = await addable(owner, materialId, tx);
    if (refusal) return refusal as Result<never>;
    const [{ n }] = (await tx.select({ n: count() }).from(materialCollectionItems).where(eq(materialCollectionItems.collectionId, collectionId))) as [{ n: number }];
    if (n >= MAX_ITEMS) return fail("collectionFull");
    await tx.insert(materialCollectionItems).values({ collectionId, materialId }).onConflictDoNothing();
    return ok({ inCollection: true });
  });
}

/** The items of a list the viewer may see. */
const visibleItems = (viewer: Actor | null) => publishedVisibleTo(viewer?.id ?? null);

export async function listFavourites({ viewer }: { viewer: Actor | null }): Promise<MaterialRow[]> {
  assertSignedIn(viewer);
  const db = await getDb();
  return db
    .select(rowColumns)
    .from(materialFavourites)
    .innerJoin(materials, eq(materials.id, materialFavourites.materialId))
    .where(and(eq(materialFavourites.userId, viewer.id), visibleItems(viewer)))
    .orderBy(desc(materialFavourites.addedAt))
    .limit(MAX_ITEMS);
}

/** The viewer's own collections and, below them, colleagues' public ones (newest first). */
export async function listCollections({ viewer }: { viewer: Actor | null }): Promise<{ mine: CollectionSummary[]; shared: CollectionSummary[] }> {
  const db = await getDb();
  const visibleCount = sql<number>`(select count(*)::int from ${materialCollectionItems} join ${materials} on ${materials.id} = ${materialCollectionItems.materialId}
    where ${materialCollectionItems.collectionId} = ${materialCollections.id} and ${visibleItems(viewer)})`;
  const columns = { id: materialCollections.id, title: materialCollections.title, description: materialCollections.description, public: materialCollections.public, ownerName: users.fullName, items: visibleCount };
  const base = () => db.select(columns).from(materialCollections).innerJoin(users, eq(users.id, materialCollections.ownerId));
  const [mine, shared] = await Promise.all([
    viewer ? base().where(eq(materialCollections.ownerId, viewer.id)).orderBy(asc(materialCollections.title)) : Promise.resolve([]),
    base()
      .where(and(eq(materialCollections.public, true), eq(users.status, "active"), viewer ? ne(materialCollections.ownerId, viewer.id) : undefined))
      .orderBy(desc(materialCollections.createdAt))
      .limit(30),
  ]);
  return { mine, shared };
}

/** A collection: its owner sees it always, others only when it is public. */
export async function getCollection({ viewer, id }: { viewer: Actor | null; id: string }): Promise<CollectionPage> {
  if (!idSchema.safeParse(id).success) throw new DomainError("notFound");
  const db = await getDb();
  const [found] = await db.select({ collection: materialCollections, ownerName: users.fullName, ownerStatus: users.status }).from(materialCollections).innerJoin(users, eq(users.id, materialCollections.ownerId)).where(eq(materialCollections.id, id));
  const isOwner = found?.collection.ownerId === viewer?.id;
  if (!found || (!isOwner && (!found.collection.public || found.ownerStatus !== "active"))) throw new DomainError("notFound");
  const items = await db
    .select(rowColumns)
    .from(materialCollectionItems)
    .innerJoin(materials, eq(materials.id, materialCollectionItems.materialId))
    .where(and(eq(materialCollectionItems.collectionId, id), visibleItems(viewer)))
    .orderBy(desc(materialCollectionItems.addedAt))
    .limit(MAX_ITEMS);
  return { collection: found.collection, ownerName: found.ownerName, isOwner, items };
}

/** Where the viewer keeps a material: in favourites or not, and each own collection with or without it. */
export async function placementOf({ viewer, materialId }: { viewer: Actor | null; materialId: string }): Promise<{ favourite: boolean; collections: { id: string; title: string; contains: boolean }[] } | null> {
  if (!viewer) return null;
  const db = await getDb();
  const [favourite, collections] = await Promise.all([
    db.select({ id: materialFavourites.materialId }).from(materialFavourites).where(and(eq(materialFavourites.userId, viewer.id), eq(materialFavourites.materialId, materialId))),
    db
      .select({
        id: materialCollections.id,
        title: materialCollections.title,
        contains: sql<boolean>`exists (select 1 from ${materialCollectionItems} where ${materialCollectionItems.collectionId} = ${materialCollections.id} and ${materialCollectionItems.materialId} = ${materialId})`,
      })
      .from(materialCollections)
      .where(eq(materialCollections.ownerId, viewer.id))
      .orderBy(asc(materialCollections.title)),
  ]);
  return { favourite: favourite.length > 0, collections };
}

import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { materialCollectionItems, materialCollections, materialFavourites, materials } from "@/db/schema";
import { addMembership, createCommunityRow } from "@/test/community-factories";
import { outcome } from "@/test/community-roles";
import { createUser, tableCounts } from "@/test/factories";
import { createMaterialRow } from "@/test/material-factories";
import { createCollection, deleteCollection, getCollection, listCollections, listFavourites, placementOf, setFavourite, setInCollection, updateCollection } from "./collections";

// Favourites and collections: the owner's to change; readers see only what they may read.

const newCollection = async (actor: Parameters<typeof createCollection>[0]["actor"], input: object = {}) => {
  const result = await createCollection({ actor, input: { title: "Функциональная грамотность: 5–7 классы", description: "", public: false, ...input } });
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
};

describe("favourites", () => {
  test("added and removed idempotently; the list shows what the reader may still read", async () => {
    const [author, reader] = await Promise.all([createUser(), createUser()]);
    const [a, b] = await Promise.all([createMaterialRow(author, { title: "Первый материал" }), createMaterialRow(author, { title: "Второй материал" })]);
    for (let i = 0; i < 2; i++) expect(await setFavourite({ actor: reader.actor, id: a.id, input: { on: true } })).toEqual({ ok: true, data: { favourite: true } });
    await setFavourite({ actor: reader.actor, id: b.id, input: { on: true } });
    expect((await listFavourites({ viewer: reader.actor })).map((m) => m.title).sort()).toEqual(["Второй материал", "Первый материал"]);
    expect(await placementOf({ viewer: reader.actor, materialId: a.id })).toEqual({ favourite: true, collections: [] });
    // Unpublished later: it stays in the table but drops out of the list.
    await (await getDb()).update(materials).set({ status: "unpublished" }).where(eq(materials.id, b.id));
    expect((await listFavourites({ viewer: reader.actor })).map((m) => m.title)).toEqual(["Первый материал"]);
    expect(await setFavourite({ actor: reader.actor, id: a.id, input: { on: false } })).toEqual({ ok: true, data: { favourite: false } });
    expect(await setFavourite({ actor: reader.actor, id: b.id, input: { on: false } })).toEqual({ ok: true, data: { favourite: false } });
    expect(await listFavourites({ viewer: reader.actor })).toEqual([]);
  });

  test("refused: a guest, a draft, a material of a members-only community for an outsider, bad input", async () => {
    const [author, outsider] = await Promise.all([createUser(), createUser()]);
    const club = await createCommunityRow({ visibility: "members" });
    await addMembership(club.id, { userId: author.id });
    const [open, draft, closed] = await Promise.all([createMaterialRow(author), createMaterialRow(author, { status: "draft", publishedAt: null }), createMaterialRow(author, { communityId: club.id })]);
    const before = await tableCounts([materialFavourites]);
    expect(await outcome(() => setFavourite({ actor: null, id: open.id, input: { on: true } }))).toBe("unauthenticated");
    expect(await outcome(() => setFavourite({ actor: author.actor, id: draft.id, input: { on: true } }))).toBe("notPublished");
    expect(await outcome(() => setFavourite({ actor: outsider.actor, id: closed.id, input: { on: true } }))).toBe("notFound");
    expect(await outcome(() => setFavourite({ actor: outsider.actor, id: open.id, input: { on: "yes" } }))).toBe("invalid");
    expect(await outcome(() => setFavourite({ actor: outsider.actor, id: "bad", input: { on: false } }))).toBe("notFound");
    expect(await tableCounts([materialFavourites])).toEqual(before);
  });
});

describe("collections", () => {
  test("the owner creates, fills, renames, shares and deletes; others read a public one only", async () => {
    const [author, owner, colleague] = await Promise.all([createUser(), createUser({ fullName: "Орлова Вера Николаевна" }), createUser()]);
    const club = await createCommunityRow({ visibility: "members" });
    await Promise.all([addMembership(club.id, { userId: author.id }), addMembership(club.id, { userId: owner.id })]);
    const [open, closed] = await Promise.all([createMaterialRow(author, { title: "Открытый материал" }), createMaterialRow(author, { title: "Материал клуба", communityId: club.id })]);
    const id = await newCollection(owner.actor);
    for (const m of [open, closed, open]) expect(await setInCollection({ actor: owner.actor, collectionId: id, materialId: m.id, input: { on: true } })).toEqual({ ok: true, data: { inCollection: true } });
    expect((await getCollection({ viewer: owner.actor, id })).items.map((m) => m.title).sort()).toEqual(["Материал клуба", "Открытый материал"]);
    expect(await placementOf({ viewer: owner.actor, materialId: open.id })).toEqual({ favourite: false, collections: [{ id, title: "Функциональная грамотность: 5–7 классы", contains: true }] });

    // Private: nobody else sees it.
    expect(await outcome(() => getCollection({ viewer: colleague.actor, id }).then(() => ({ ok: true })))).toBe("notFound");
    expect(await outcome(() => getCollection({ viewer: null, id }).then(() => ({ ok: true })))).toBe("notFound");
    expect(await updateCollection({ actor: owner.actor, collectionId: id, input: { title: "Лучшее по грамотности", description: "Отобрано для МО", public: true } })).toEqual({ ok: true, data: undefined });

    // Public: a colleague sees it, but not the members-only material in it.
    const seen = await getCollection({ viewer: colleague.actor, id });
    expect(seen).toMatchObject({ isOwner: false, ownerName: "Орлова Вера Николаевна", collection: { title: "Лучшее по грамотности", public: true } });
    expect(seen.items.map((m) => m.title)).toEqual(["Открытый материал"]);
    const lists = await listCollections({ viewer: colleague.actor });
    expect(lists.shared.find((c) => c.id === id)).toMatchObject({ items: 1, ownerName: "Орлова Вера Николаевна" });
    expect((await listCollections({ viewer: owner.actor })).mine).toEqual([expect.objectContaining({ id, items: 2 })]);

    expect(await setInCollection({ actor: owner.actor, collectionId: id, materialId: open.id, input: { on: false } })).toEqual({ ok: true, data: { inCollection: false } });
    expect(await deleteCollection({ actor: owner.actor, collectionId: id })).toEqual({ ok: true, data: undefined });
    expect(await (await getDb()).select().from(materialCollectionItems).where(eq(materialCollectionItems.collectionId, id))).toEqual([]);
    expect(await outcome(() => getCollection({ viewer: owner.actor, id }).then(() => ({ ok: true })))).toBe("notFound");
  });

  test("only the owner changes a collection; bad input keeps nothing", async () => {
    const [author, owner, other] = await Promise.all([createUser(), createUser(), createUser()]);
    const m = await createMaterialRow(author);
    const draft = await createMaterialRow(author, { status: "draft", publishedAt: null });
    const id = await newCollection(owner.actor, { public: true });
    const before = await tableCounts([materialCollections, materialCollectionItems]);
    expect(await outcome(() => setInCollection({ actor: other.actor, collectionId: id, materialId: m.id, input: { on: true } }))).toBe("notFound");
    expect(await outcome(() => updateCollection({ actor: other.actor, collectionId: id, input: { title: "Чужая", description: "", public: true } }))).toBe("notFound");
    expect(await outcome(() => deleteCollection({ actor: other.actor, collectionId: id }))).toBe("notFound");
    // Someone else's draft does not exist for them.
    expect(await outcome(() => setInCollection({ actor: owner.actor, collectionId: id, materialId: draft.id, input: { on: true } }))).toBe("notFound");
    expect(await createCollection({ actor: owner.actor, input: { title: "ab", description: "x".repeat(2_001), public: "no" } })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { title: "required", description: "tooLong", public: "invalid" },
    });
    expect(await outcome(() => createCollection({ actor: null, input: { title: "Подборка", description: "", public: false } }))).toBe("unauthenticated");
    expect(await tableCounts([materialCollections, materialCollectionItems])).toEqual(before);
  });
});

import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { activityLog, materials } from "@/db/schema";
import { createUser } from "@/test/factories";
import { recordDemand } from "./demand";
import { searchColumns } from "./search-document";

async function material(status: "published" | "draft") {
  const owner = await createUser();
  const [row] = await (await getDb())
    .insert(materials)
    .values({ kind: "article", title: "Статья", abstract: "Аннотация статьи", licence: "cc_by", ownerId: owner.id, status, ...searchColumns({ title: "Статья", abstract: "", body: "", tags: [], authors: [] }) })
    .returning();
  return row!;
}

const counts = async (id: string) => (await (await getDb()).select({ v: materials.viewCount, d: materials.downloadCount }).from(materials).where(eq(materials.id, id)))[0];

describe("demand", () => {
  test("a view and a download count once per visitor and day, each logged", async () => {
    const m = await material("published");
    const visitor = crypto.randomUUID();
    expect(await recordDemand("view", { materialId: m.id, visitor, userId: null })).toBe(true);
    expect(await recordDemand("view", { materialId: m.id, visitor, userId: null })).toBe(false);
    expect(await recordDemand("view", { materialId: m.id, visitor: crypto.randomUUID(), userId: null })).toBe(true);
    expect(await recordDemand("download", { materialId: m.id, visitor, userId: null })).toBe(true);
    expect(await counts(m.id)).toEqual({ v: 2, d: 1 });
    const logged = await (await getDb()).select({ verb: activityLog.verb }).from(activityLog).where(eq(activityLog.objectId, m.id));
    expect(logged.map((l) => l.verb).sort()).toEqual(["material.downloaded", "material.viewed", "material.viewed"]);
  });

  test("a draft, an unknown or a malformed material counts nothing", async () => {
    const m = await material("draft");
    expect(await recordDemand("view", { materialId: m.id, visitor: "v", userId: null })).toBe(false);
    expect(await recordDemand("view", { materialId: crypto.randomUUID(), visitor: "v", userId: null })).toBe(false);
    expect(await recordDemand("view", { materialId: "nope", visitor: "v", userId: null })).toBe(false);
    expect(await counts(m.id)).toEqual({ v: 0, d: 0 });
  });
});

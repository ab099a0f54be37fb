import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { announcements, communities, communityMemberships, follows, organizationRepresentatives } from "@/db/schema";
import { createOrganization, createUser, unique, type TestUser } from "@/test/factories";
import { mergeOrganization } from "./mutations";

let admin: TestUser;
beforeAll(async () => {
  admin = await createUser({ roles: ["participant", "administrator"] });
});

async function community() {
  const db = await getDb();
  const slug = unique("c").toLowerCase().replace(/[^a-z0-9-]/g, "-");
  const [row] = await db
    .insert(communities)
    .values({ slug, name: `Сообщество ${slug}`, goal: "Цель", type: "mono_subject", kind: "network_community", municipality: "г. Обнинск", creationOrderNumber: "1-о", creationOrderDate: "2025-09-01" })
    .returning();
  return row!;
}

describe("merging organizations moves their community ties", () => {
  test("memberships, followers, announcements and representatives follow the merge; the target's own rows win", async () => {
    const db = await getDb();
    const [source, target] = [await createOrganization(), await createOrganization()];
    const [onlySource, both] = [await community(), await community()];
    const follower = await createUser();
    const sharedFollower = await createUser();
    const representative = await createUser({ organizationId: source.id });
    await db.insert(communityMemberships).values([
      { communityId: onlySource.id, organizationId: source.id, status: "active" },
      { communityId: both.id, organizationId: source.id, status: "pending" },
      { communityId: both.id, organizationId: target.id, status: "active" },
    ]);
    await db.insert(follows).values([
      { userId: follower.id, organizationId: source.id },
      { userId: sharedFollower.id, organizationId: source.id },
      { userId: sharedFollower.id, organizationId: target.id },
    ]);
    await db.insert(announcements).values({ organizationId: source.id, title: "Новости школы", body: "Текст" });
    await db.insert(organizationRepresentatives).values({ organizationId: source.id, userId: representative.id });

    const result = await mergeOrganization({ actor: admin.actor, input: { sourceId: source.id, targetId: target.id }, ip: "10.1.1.1" });
    expect(result.ok).toBe(true);

    const memberships = await db.select().from(communityMemberships).where(eq(communityMemberships.organizationId, target.id));
    expect(memberships.map((m) => [m.communityId, m.status]).sort()).toEqual([[onlySource.id, "active"], [both.id, "active"]].sort());
    expect(await db.select().from(communityMemberships).where(eq(communityMemberships.organizationId, source.id))).toEqual([]);
    expect((await db.select().from(follows).where(eq(follows.organizationId, target.id))).map((f) => f.userId).sort()).toEqual([follower.id, sharedFollower.id].sort());
    expect(await db.select().from(follows).where(eq(follows.organizationId, source.id))).toEqual([]);
    expect((await db.select().from(announcements).where(eq(announcements.organizationId, target.id))).map((a) => a.title)).toEqual(["Новости школы"]);
    expect((await db.select().from(organizationRepresentatives).where(eq(organizationRepresentatives.organizationId, target.id))).map((r) => r.userId)).toEqual([representative.id]);
  });
});

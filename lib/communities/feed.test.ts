import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { announcements, follows, type Community } from "@/db/schema";
import { addMembership, createCommunityRow } from "@/test/community-factories";
import { outcome } from "@/test/community-roles";
import { createOrganization, createUser, type TestUser } from "@/test/factories";
import { listFeed } from "./feed";

// Announcements written straight to the table with fixed times, so the order is known.
let minute = 0;
async function announce(channel: { communityId: string } | { organizationId: string }, title: string) {
  minute += 1;
  await (await getDb()).insert(announcements).values({ ...channel, title, body: `Текст: ${title}`, publishedAt: new Date(Date.UTC(2026, 0, 1, 0, minute)) });
}

async function follow(user: TestUser, channel: { communityId: string } | { organizationId: string }) {
  await (await getDb()).insert(follows).values({ userId: user.id, ...channel });
}

const titles = async (viewer: TestUser, page?: number) => (await listFeed({ viewer: viewer.actor, page })).items.map((i) => i.title);

let followedPublic: Community;
let hidden: Community;
let ownCommunity: Community;
let throughSchool: Community;
let unrelated: Community;
let serviceOff: Community;
let child: Community;

beforeAll(async () => {
  followedPublic = await createCommunityRow({ name: "Открытое" });
  hidden = await createCommunityRow({ name: "Закрытое", visibility: "members" });
  ownCommunity = await createCommunityRow({ name: "Своё", visibility: "members" });
  throughSchool = await createCommunityRow({ name: "Через школу", visibility: "members" });
  unrelated = await createCommunityRow({ name: "Чужое" });
  serviceOff = await createCommunityRow({ name: "Без объявлений", services: ["forum"] });
  child = await createCommunityRow({ name: "Подсообщество", parent: hidden });
  await announce({ communityId: followedPublic.id }, "открытое");
  await announce({ communityId: hidden.id }, "закрытое");
  await announce({ communityId: ownCommunity.id }, "своё");
  await announce({ communityId: throughSchool.id }, "через школу");
  await announce({ communityId: unrelated.id }, "чужое");
  await announce({ communityId: serviceOff.id }, "без сервиса");
});

describe("listFeed", () => {
  test("followed channels and the viewer's own communities, newest first; never what they may not read", async () => {
    const school = await createOrganization();
    const org = await createOrganization({ name: "Лицей" });
    await announce({ organizationId: org.id }, "лицей");
    const viewer = await createUser({ organizationId: school.id });
    await follow(viewer, { communityId: followedPublic.id });
    await follow(viewer, { communityId: hidden.id }); // followed, but members-only and not a member
    await follow(viewer, { communityId: serviceOff.id }); // the service is switched off
    await follow(viewer, { organizationId: org.id });
    await addMembership(ownCommunity.id, { userId: viewer.id });
    await addMembership(throughSchool.id, { organizationId: school.id });
    expect(await titles(viewer)).toEqual(["лицей", "через школу", "своё", "открытое"]);
    const [first] = (await listFeed({ viewer: viewer.actor })).items;
    expect(first!.channel).toEqual({ kind: "organization", id: org.id, name: "Лицей" });
  });

  test.each<[string, (viewer: TestUser) => Promise<void>, boolean]>([
    ["a follower who is not a member", async () => {}, false],
    ["a pending applicant who follows", (v) => addMembership(hidden.id, { userId: v.id }, { status: "pending" }), false],
    ["a member who left", (v) => addMembership(hidden.id, { userId: v.id }, { status: "left" }), false],
    ["a member of a sub-community", (v) => addMembership(child.id, { userId: v.id }), true],
    ["an active member", (v) => addMembership(hidden.id, { userId: v.id }), true],
    ["a moderator", (v) => addMembership(hidden.id, { userId: v.id }, { role: "moderator" }), true],
  ])("a members-only community's announcement reaches %s: %s", async (_, standing, expected) => {
    const viewer = await createUser();
    await follow(viewer, { communityId: hidden.id });
    await standing(viewer);
    expect((await titles(viewer)).includes("закрытое")).toBe(expected);
  });

  test("a methodist (overseer) reads a members-only community once following it, and nothing unfollowed", async () => {
    const methodist = await createUser({ roles: ["methodist"] });
    expect(await titles(methodist)).toEqual([]);
    await follow(methodist, { communityId: hidden.id });
    expect(await titles(methodist)).toEqual(["закрытое"]);
  });

  test("pages of 20, the next page continues where the first ended", async () => {
    const busy = await createCommunityRow();
    for (let i = 1; i <= 23; i += 1) await announce({ communityId: busy.id }, `№ ${i}`);
    const viewer = await createUser();
    await follow(viewer, { communityId: busy.id });
    const first = await listFeed({ viewer: viewer.actor, page: 1 });
    expect(first.items).toHaveLength(20);
    expect(first.items[0]!.title).toBe("№ 23");
    expect(first.hasNext).toBe(true);
    const second = await listFeed({ viewer: viewer.actor, page: "2" });
    expect(second.items.map((i) => i.title)).toEqual(["№ 3", "№ 2", "№ 1"]);
    expect(second.hasNext).toBe(false);
    expect((await listFeed({ viewer: viewer.actor, page: "nonsense" })).page).toBe(1);
  });

  test("a guest has no feed", async () => {
    expect(await outcome(async () => (await listFeed({ viewer: null }), { ok: true }))).toBe("unauthenticated");
  });
});

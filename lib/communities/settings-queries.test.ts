import { beforeAll, describe, expect, test } from "vitest";
import type { Community } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { addMembership, createCommunityRow } from "@/test/community-factories";
import { createUser, type TestUser } from "@/test/factories";
import { getCommunityForAdmin, listCommunitiesForAdmin, listParentOptions, searchLeaderCandidates } from "./admin-queries";
import { adminQuerySchema } from "./schemas";
import { getCommunitySettings, searchModeratorCandidates } from "./settings-queries";

let parent: Community;
let community: Community;
let people: Record<string, TestUser>;
let admin: TestUser;

beforeAll(async () => {
  parent = await createCommunityRow();
  community = await createCommunityRow({ parent });
  admin = await createUser({ roles: ["participant", "administrator"] });
  const [leader, leaderAbove, moderator, member, methodist, candidate] = await Promise.all([
    createUser(),
    createUser(),
    createUser(),
    createUser(),
    createUser({ roles: ["participant", "methodist"] }),
    createUser({ fullName: "Кандидатова Анна Петровна" }),
  ]);
  people = { leader, leaderAbove, moderator, member, methodist, candidate };
  await addMembership(community.id, { userId: leader.id }, { role: "leader" });
  await addMembership(parent.id, { userId: leaderAbove.id }, { role: "leader" });
  await addMembership(community.id, { userId: moderator.id }, { role: "moderator" });
  await addMembership(community.id, { userId: member.id });
  await addMembership(community.id, { userId: candidate.id });
});

const actor = (who: string): Actor | null => (who === "guest" ? null : who === "administrator" ? admin.actor : people[who]!.actor);

describe("the settings screen", () => {
  test.each([
    ["guest", "unauthenticated"],
    ["member", "forbidden"],
    ["moderator", "forbidden"],
    ["methodist", "forbidden"],
    ["leader", "ok"],
    ["leaderAbove", "ok"],
    ["administrator", "ok"],
  ])("%s: %s", async (who, outcome) => {
    const run = getCommunitySettings({ viewer: actor(who), slug: community.slug });
    if (outcome === "ok") {
      const settings = await run;
      expect(settings.values).toMatchObject({ name: community.name, goal: community.goal, visibility: community.visibility });
      expect(settings.moderators.map((m) => m.id)).toEqual([people.moderator!.id]);
    } else await expect(run).rejects.toMatchObject({ code: outcome });
  });

  test.each([
    ["leader", "ok"],
    ["leaderAbove", "ok"],
    ["administrator", "forbidden"],
    ["moderator", "forbidden"],
  ])("searching members to name a moderator as %s: %s", async (who, outcome) => {
    const run = searchModeratorCandidates({ viewer: actor(who), slug: community.slug, query: "кандидатова" });
    if (outcome === "ok") expect((await run).map((c) => c.id)).toEqual([people.candidate!.id]);
    else await expect(run).rejects.toMatchObject({ code: outcome });
  });

  test("moderators and the leader are not offered as candidates; a one-letter query finds nothing", async () => {
    const found = await searchModeratorCandidates({ viewer: people.leader!.actor, slug: community.slug, query: people.moderator!.fullName });
    expect(found).toEqual([]);
    expect(await searchModeratorCandidates({ viewer: people.leader!.actor, slug: community.slug, query: "К" })).toEqual([]);
  });
});

describe("administrators' reads", () => {
  test.each([
    ["leader", "forbidden"],
    ["methodist", "forbidden"],
    ["guest", "unauthenticated"],
  ])("are refused to %s: %s", async (who, code) => {
    const query = adminQuerySchema.parse({});
    await expect(listCommunitiesForAdmin({ actor: actor(who), query })).rejects.toMatchObject({ code });
    await expect(getCommunityForAdmin({ actor: actor(who), id: community.id })).rejects.toMatchObject({ code });
    await expect(listParentOptions({ actor: actor(who) })).rejects.toMatchObject({ code });
    await expect(searchLeaderCandidates({ actor: actor(who), query: "Иванова" })).rejects.toMatchObject({ code });
  });

  test("one community with its leader, parent and live sub-communities", async () => {
    expect(await getCommunityForAdmin({ actor: admin.actor, id: parent.id })).toMatchObject({ leader: { id: people.leaderAbove!.id }, parent: null, liveChildren: 1, depth: 0 });
    expect(await getCommunityForAdmin({ actor: admin.actor, id: community.id })).toMatchObject({ leader: { id: people.leader!.id }, parent: { id: parent.id }, memberCount: 4, depth: 1 });
  });

  test("parents are offered as a tree, without archived communities or ones at the deepest level", async () => {
    const root = await createCommunityRow({ name: "Я-корень" });
    const archived = await createCommunityRow({ name: "Я-архив", liquidatedAt: new Date() });
    let level = root;
    const chain = [root];
    for (let depth = 2; depth <= 5; depth += 1) chain.push((level = await createCommunityRow({ parent: level, name: `Я-уровень ${depth}` })));
    const options = await listParentOptions({ actor: admin.actor });
    const ids = options.map((o) => o.id);
    expect(ids).not.toContain(archived.id);
    expect(ids).not.toContain(chain[4]!.id);
    const at = ids.indexOf(root.id);
    expect(options.slice(at, at + 4).map((o) => [o.id, o.depth])).toEqual(chain.slice(0, 4).map((c, depth) => [c.id, depth]));
    expect(ids.indexOf(community.id)).toBe(ids.indexOf(parent.id) + 1);
  });

  test("leader candidates are active accounts found by name, without contacts", async () => {
    const found = await searchLeaderCandidates({ actor: admin.actor, query: "Кандидатова" });
    expect(found).toEqual([{ id: people.candidate!.id, fullName: "Кандидатова Анна Петровна", organization: expect.any(String) }]);
  });
});

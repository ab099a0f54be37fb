import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { communities, communityMemberships, type Community } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { addMembership, createCommunityRow } from "@/test/community-factories";
import { createUser, tableCounts, unique } from "@/test/factories";
import { appointLeader, createCommunity, liquidateCommunity, removeModerator, setModerator, setServices, updateCommunity } from "./mutations";

// Who may do what, over every standing a person can have towards a sub-community `community`
// (inside `parent`) and an unrelated `elsewhere`. A refusal writes nothing anywhere.

const ip = "10.3.0.1";
const roles = [
  "guest",
  "participant",
  "member",
  "moderator",
  "leader",
  "leaderAbove",
  "moderatorAbove",
  "memberBelow",
  "moderatorElsewhere",
  "leaderElsewhere",
  "methodist",
  "administrator",
] as const;
type Role = (typeof roles)[number];
type Outcome = "ok" | "forbidden" | "unauthenticated";

let parent: Community;
let community: Community;
let actors: Record<Role, Actor | null>;

beforeAll(async () => {
  parent = await createCommunityRow();
  community = await createCommunityRow({ parent });
  const child = await createCommunityRow({ parent: community });
  const elsewhere = await createCommunityRow();
  const user = async (roles: ("participant" | "methodist" | "administrator")[] = ["participant"]) => (await createUser({ roles })).actor;
  actors = {
    guest: null,
    participant: await user(),
    member: await user(),
    moderator: await user(),
    leader: await user(),
    leaderAbove: await user(),
    moderatorAbove: await user(),
    memberBelow: await user(),
    moderatorElsewhere: await user(),
    leaderElsewhere: await user(),
    methodist: await user(["participant", "methodist"]),
    administrator: await user(["participant", "administrator"]),
  };
  await addMembership(community.id, { userId: actors.member!.id });
  await addMembership(community.id, { userId: actors.moderator!.id }, { role: "moderator" });
  await addMembership(community.id, { userId: actors.leader!.id }, { role: "leader" });
  await addMembership(parent.id, { userId: actors.leaderAbove!.id }, { role: "leader" });
  await addMembership(parent.id, { userId: actors.moderatorAbove!.id }, { role: "moderator" });
  await addMembership(child.id, { userId: actors.memberBelow!.id });
  await addMembership(elsewhere.id, { userId: actors.moderatorElsewhere!.id }, { role: "moderator" });
  await addMembership(elsewhere.id, { userId: actors.leaderElsewhere!.id }, { role: "leader" });
});

async function snapshot() {
  const db = await getDb();
  return { counts: await tableCounts(), communities: await db.select().from(communities), memberships: await db.select().from(communityMemberships) };
}

/** Runs the call; a refusal must be a DomainError with the code and leave every table as it was. */
async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  const before = await snapshot();
  try {
    const result = (await run()) as { ok: boolean };
    if (!result.ok) throw new Error(`Refused as a result, not by permission: ${JSON.stringify(result)}`);
    return "ok";
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(await snapshot()).toEqual(before);
    return error.code as Outcome;
  }
}

const leaderOrAdmin: Record<Role, Outcome> = {
  guest: "unauthenticated",
  participant: "forbidden",
  member: "forbidden",
  moderator: "forbidden",
  leader: "ok",
  leaderAbove: "ok",
  moderatorAbove: "forbidden",
  memberBelow: "forbidden",
  moderatorElsewhere: "forbidden",
  leaderElsewhere: "forbidden",
  methodist: "forbidden",
  administrator: "ok",
};
// Moderators are named by the leader here or above, not by administrators who do not lead it.
const leaderOnly: Record<Role, Outcome> = { ...leaderOrAdmin, administrator: "forbidden" };
const administratorOnly: Record<Role, Outcome> = { ...leaderOrAdmin, leader: "forbidden", leaderAbove: "forbidden" };

const fields = {
  name: "Лаборатория функциональной грамотности",
  description: "",
  goal: "Развитие функциональной грамотности школьников",
  tasks: "",
  type: "supra_subject",
  kind: "creative_laboratory",
  subjects: ["mathematics"],
  themes: ["functional_literacy"],
  municipality: "г. Обнинск",
  visibility: "public",
  joinPolicy: "approval",
};

describe.each(roles)("as %s", (role) => {
  test("editing the community's fields", async () => {
    const input = { ...fields, name: `Сообщество ${role} ${unique("")}` };
    expect(await outcomeOf(() => updateCommunity({ actor: actors[role], communityId: community.id, input, ip }))).toBe(leaderOrAdmin[role]);
  });

  test("switching services", async () => {
    const input = { services: ["forum", "announcements"] };
    expect(await outcomeOf(() => setServices({ actor: actors[role], communityId: community.id, input, ip }))).toBe(leaderOrAdmin[role]);
  });

  test("naming and removing a moderator", async () => {
    const target = await createUser();
    await addMembership(community.id, { userId: target.id });
    const input = { userId: target.id };
    expect(await outcomeOf(() => setModerator({ actor: actors[role], communityId: community.id, input, ip }))).toBe(leaderOnly[role]);
    if (leaderOnly[role] === "ok") expect(await outcomeOf(() => removeModerator({ actor: actors[role], communityId: community.id, input, ip }))).toBe("ok");
  });

  test("removing the community's own moderator", async () => {
    const target = await createUser();
    await addMembership(community.id, { userId: target.id }, { role: "moderator" });
    expect(await outcomeOf(() => removeModerator({ actor: actors[role], communityId: community.id, input: { userId: target.id }, ip }))).toBe(leaderOnly[role]);
  });

  test("creating a community, appointing a leader and liquidating by order", async () => {
    const slug = unique("new").toLowerCase();
    const order = { orderNumber: "01-15/9", orderDate: "2026-01-15" };
    const target = await createCommunityRow();
    const leader = await createUser();
    const outcomes = [
      await outcomeOf(() =>
        createCommunity({ actor: actors[role], input: { ...fields, slug, creationOrderNumber: "1", creationOrderDate: "2026-01-10", parentId: parent.id }, ip }),
      ),
      await outcomeOf(() => appointLeader({ actor: actors[role], communityId: target.id, input: { userId: leader.id, ...order }, ip })),
      await outcomeOf(() => liquidateCommunity({ actor: actors[role], communityId: target.id, input: order, ip })),
    ];
    expect(outcomes).toEqual(Array(3).fill(administratorOnly[role]));
  });
});

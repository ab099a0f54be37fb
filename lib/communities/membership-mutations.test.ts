import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { activityLog, communities, notifications, organizationRepresentatives } from "@/db/schema";
import { addMembership, createCommunityRow } from "@/test/community-factories";
import { createOrganization, createUser, type TestUser } from "@/test/factories";
import { castCommunity, membershipOf, outcomeOf, roles, type Role } from "./membership-fixtures";
import {
  acceptInvitation,
  declineInvitation,
  join,
  joinAsOrganization,
  leave,
  leaveForOrganization,
  requestAsOrganization,
  requestToJoin,
  withdrawForOrganization,
  withdrawRequest,
} from "./membership-mutations";
import { invite, removeMember } from "./membership-decisions";

// A person's own membership and a representative's for their organization: by policy, by standing,
// and the bad input of the issue (an archive, twice, the wrong policy). A refusal writes nothing.

// Opens and migrates the database and hashes the shared password once, outside any test's time limit.
beforeAll(async () => {
  await createUser();
});

async function verbs(communityId: string) {
  const db = await getDb();
  return (await db.select({ verb: activityLog.verb }).from(activityLog).where(eq(activityLog.communityId, communityId))).map((r) => r.verb);
}

describe("joining an open community", () => {
  const expected: Record<Role, string> = {
    guest: "unauthenticated",
    participant: "ok",
    member: "alreadyMember",
    moderator: "alreadyMember",
    moderatorElsewhere: "ok",
    leader: "alreadyMember",
    leaderAbove: "ok",
    moderatorAbove: "ok",
    administrator: "ok",
    methodist: "ok",
  };
  test.each(roles.map((role) => [role, expected[role]] as const))("%s → %s", async (role, outcome) => {
    const cast = await castCommunity({ joinPolicy: "open" });
    const actor = cast.actors[role];
    expect(await outcomeOf(() => join({ actor, input: { communityId: cast.community.id } }))).toBe(outcome);
    if (outcome !== "ok") return;
    expect(await membershipOf(cast.community.id, { userId: actor!.id })).toEqual([expect.objectContaining({ status: "active", role: "member", actedById: actor!.id })]);
    expect(await verbs(cast.community.id)).toEqual(["membership.joined"]);
  });

  test("an approval or invitation community cannot be joined at once", async () => {
    const person = await createUser();
    const approval = await createCommunityRow({ joinPolicy: "approval" });
    const invitation = await createCommunityRow({ joinPolicy: "invitation" });
    expect(await outcomeOf(() => join({ actor: person.actor, input: { communityId: approval.id } }))).toBe("approvalRequired");
    expect(await outcomeOf(() => join({ actor: person.actor, input: { communityId: invitation.id } }))).toBe("invitationOnly");
    expect(await outcomeOf(() => join({ actor: person.actor, input: { communityId: "not-an-id" } }))).toBe('invalid:{"communityId":"communityMissing"}');
    expect(await outcomeOf(() => join({ actor: person.actor, input: { communityId: "00000000-0000-4000-8000-000000000000" } }))).toBe("notFound");
  });

  test("after leaving one joins again on the same row; after a removal one has to ask", async () => {
    const cast = await castCommunity({ joinPolicy: "open" });
    const person = await createUser();
    const input = { communityId: cast.community.id };
    await join({ actor: person.actor, input });
    const [first] = await membershipOf(cast.community.id, { userId: person.id });
    expect(await leave({ actor: person.actor, input })).toEqual({ ok: true, data: undefined });
    expect(await join({ actor: person.actor, input })).toEqual({ ok: true, data: { status: "active" } });
    expect(await removeMember({ actor: cast.actors.leader, input: { membershipId: first!.id, reason: "Нарушение правил" } })).toEqual({ ok: true, data: undefined });
    expect(await join({ actor: person.actor, input })).toEqual({ ok: true, data: { status: "pending" } });
    expect(await membershipOf(cast.community.id, { userId: person.id })).toEqual([expect.objectContaining({ id: first!.id, status: "pending" })]);
  });
});

describe("requesting to join a community with the approval policy", () => {
  const expected: Record<Role, string> = {
    guest: "unauthenticated",
    participant: "ok",
    member: "alreadyMember",
    moderator: "alreadyMember",
    moderatorElsewhere: "ok",
    leader: "alreadyMember",
    leaderAbove: "ok",
    moderatorAbove: "ok",
    administrator: "ok",
    methodist: "ok",
  };
  test.each(roles.map((role) => [role, expected[role]] as const))("%s → %s", async (role, outcome) => {
    const cast = await castCommunity({ joinPolicy: "approval" });
    const actor = cast.actors[role];
    const message = "  Веду кружок по финансовой грамотности  ";
    expect(await outcomeOf(() => requestToJoin({ actor, input: { communityId: cast.community.id, message } }))).toBe(outcome);
    if (outcome !== "ok") return;
    expect(await membershipOf(cast.community.id, { userId: actor!.id })).toEqual([expect.objectContaining({ status: "pending", message: message.trim(), joinedAt: null })]);
    expect(await verbs(cast.community.id)).toEqual(["membership.requested"]);
    // The leader and the moderator of this community hear of it; nobody else.
    const db = await getDb();
    const told = await db.select({ userId: notifications.userId, params: notifications.params }).from(notifications).where(and(eq(notifications.communityId, cast.community.id), eq(notifications.kind, "membership.requested")));
    expect(told.map((n) => n.userId).sort()).toEqual([cast.actors.leader!.id, cast.actors.moderator!.id].sort());
    expect(told[0]!.params.community).toBe(cast.community.name);
  });

  test("the message is at most 1000 characters and kept as typed on refusal", async () => {
    const cast = await castCommunity({ joinPolicy: "approval" });
    expect(await outcomeOf(() => requestToJoin({ actor: cast.actors.participant, input: { communityId: cast.community.id, message: "я".repeat(1001) } }))).toBe('invalid:{"message":"tooLong"}');
    expect(await outcomeOf(() => requestToJoin({ actor: cast.actors.participant, input: { communityId: cast.community.id, message: "я".repeat(1000) } }))).toBe("ok");
  });

  test("asking twice: alreadyRequested; an open community is joined, an invitation one waits for an invitation", async () => {
    const cast = await castCommunity({ joinPolicy: "approval" });
    const input = { communityId: cast.community.id, message: "" };
    expect((await requestToJoin({ actor: cast.actors.participant, input })).ok).toBe(true);
    expect(await outcomeOf(() => requestToJoin({ actor: cast.actors.participant, input }))).toBe("alreadyRequested");
    const open = await createCommunityRow({ joinPolicy: "open" });
    const closed = await createCommunityRow({ joinPolicy: "invitation" });
    expect(await outcomeOf(() => requestToJoin({ actor: cast.actors.participant, input: { communityId: open.id, message: "" } }))).toBe("joinIsOpen");
    expect(await outcomeOf(() => requestToJoin({ actor: cast.actors.participant, input: { communityId: closed.id, message: "" } }))).toBe("invitationOnly");
  });

  test("two requests at the same moment make one row", async () => {
    const cast = await castCommunity({ joinPolicy: "approval" });
    const person = await createUser();
    const input = { communityId: cast.community.id, message: "Прошу принять" };
    const results = await Promise.all([requestToJoin({ actor: person.actor, input }), requestToJoin({ actor: person.actor, input })]);
    expect(results.map((r) => (r.ok ? "ok" : r.error)).sort()).toEqual(["alreadyRequested", "ok"]);
    expect(await membershipOf(cast.community.id, { userId: person.id })).toHaveLength(1);
  });

  test("withdrawing: only a pending request, then a new request reuses the row", async () => {
    const cast = await castCommunity({ joinPolicy: "approval" });
    const person = await createUser();
    const ref = { communityId: cast.community.id };
    expect(await outcomeOf(() => withdrawRequest({ actor: person.actor, input: ref }))).toBe("requestNotPending");
    await requestToJoin({ actor: person.actor, input: { ...ref, message: "Первая заявка" } });
    expect(await withdrawRequest({ actor: person.actor, input: ref })).toEqual({ ok: true, data: undefined });
    expect(await outcomeOf(() => withdrawRequest({ actor: person.actor, input: ref }))).toBe("requestNotPending");
    await requestToJoin({ actor: person.actor, input: { ...ref, message: "Вторая заявка" } });
    expect(await membershipOf(cast.community.id, { userId: person.id })).toEqual([expect.objectContaining({ status: "pending", message: "Вторая заявка" })]);
    expect(await verbs(cast.community.id)).toEqual(["membership.requested", "membership.withdrawn", "membership.requested"]);
  });
});

describe("leaving", () => {
  const expected: Record<Role, string> = {
    guest: "unauthenticated",
    participant: "notMember",
    member: "ok",
    moderator: "ok",
    moderatorElsewhere: "notMember",
    leader: "leaderCannotLeave",
    leaderAbove: "notMember",
    moderatorAbove: "notMember",
    administrator: "notMember",
    methodist: "notMember",
  };
  test.each(roles.map((role) => [role, expected[role]] as const))("%s → %s", async (role, outcome) => {
    const cast = await castCommunity({ joinPolicy: "open" });
    const actor = cast.actors[role];
    expect(await outcomeOf(() => leave({ actor, input: { communityId: cast.community.id } }))).toBe(outcome);
    if (outcome !== "ok") return;
    expect(await membershipOf(cast.community.id, { userId: actor!.id })).toEqual([expect.objectContaining({ status: "left", role: "member" })]);
    expect(await verbs(cast.community.id)).toEqual(["membership.left"]);
  });
});

describe("an invitation", () => {
  test("is accepted once or declined; the invitation community takes no requests", async () => {
    const cast = await castCommunity({ joinPolicy: "invitation" });
    const [first, second] = [await createUser(), await createUser()];
    const ref = { communityId: cast.community.id };
    expect(await outcomeOf(() => acceptInvitation({ actor: first.actor, input: ref }))).toBe("invitationMissing");
    await invite({ actor: cast.actors.moderator, input: { ...ref, userId: first.id } });
    await invite({ actor: cast.actors.leader, input: { ...ref, userId: second.id } });
    expect(await outcomeOf(() => requestToJoin({ actor: first.actor, input: { ...ref, message: "" } }))).toBe("invitationPending");
    expect(await acceptInvitation({ actor: first.actor, input: ref })).toEqual({ ok: true, data: undefined });
    expect(await outcomeOf(() => acceptInvitation({ actor: first.actor, input: ref }))).toBe("invitationMissing");
    expect(await declineInvitation({ actor: second.actor, input: ref })).toEqual({ ok: true, data: undefined });
    expect(await membershipOf(cast.community.id, { userId: first.id })).toEqual([expect.objectContaining({ status: "active" })]);
    expect(await membershipOf(cast.community.id, { userId: second.id })).toEqual([expect.objectContaining({ status: "withdrawn" })]);
    expect(await verbs(cast.community.id)).toEqual(["membership.invited", "membership.invited", "membership.joined", "membership.declined"]);
  });
});

describe("a liquidated community", () => {
  test.each(["join", "request", "withdraw", "leave", "accept", "decline"] as const)("refuses %s: communityArchived, nothing written", async (verb) => {
    const cast = await castCommunity({ joinPolicy: verb === "join" ? "open" : "approval" });
    const person = await createUser();
    const ref = { communityId: cast.community.id };
    if (verb === "withdraw") await addMembership(cast.community.id, { userId: person.id }, { status: "pending" });
    if (verb === "leave") await addMembership(cast.community.id, { userId: person.id });
    if (verb === "accept" || verb === "decline") await addMembership(cast.community.id, { userId: person.id }, { status: "invited" });
    const db = await getDb();
    await db.update(communities).set({ liquidatedAt: new Date(), liquidationOrderNumber: "01-15/40", liquidationOrderDate: "2026-02-01" }).where(eq(communities.id, cast.community.id));
    const run = {
      join: () => join({ actor: person.actor, input: ref }),
      request: () => requestToJoin({ actor: person.actor, input: { ...ref, message: "Прошу принять" } }),
      withdraw: () => withdrawRequest({ actor: person.actor, input: ref }),
      leave: () => leave({ actor: person.actor, input: ref }),
      accept: () => acceptInvitation({ actor: person.actor, input: ref }),
      decline: () => declineInvitation({ actor: person.actor, input: ref }),
    }[verb];
    expect(await outcomeOf(run)).toBe("communityArchived");
  });
});

describe("an organization through its representative", () => {
  let representative: TestUser;
  let colleague: TestUser;
  let outsider: TestUser;
  let organizationId: string;

  beforeAll(async () => {
    organizationId = (await createOrganization()).id;
    representative = await createUser({ organizationId });
    colleague = await createUser({ organizationId });
    outsider = await createUser();
    const db = await getDb();
    await db.insert(organizationRepresentatives).values({ organizationId, userId: representative.id });
    // Named once, then moved to another school: no longer acts for this one.
    await db.insert(organizationRepresentatives).values({ organizationId, userId: outsider.id });
  });

  test("joins an open community, and leaves it", async () => {
    const open = await createCommunityRow({ joinPolicy: "open" });
    const input = { communityId: open.id, organizationId };
    expect(await joinAsOrganization({ actor: representative.actor, input })).toEqual({ ok: true, data: { status: "active" } });
    expect(await membershipOf(open.id, { organizationId })).toEqual([expect.objectContaining({ status: "active", userId: null, actedById: representative.id })]);
    expect(await outcomeOf(() => joinAsOrganization({ actor: representative.actor, input }))).toBe("alreadyMember");
    expect(await leaveForOrganization({ actor: representative.actor, input })).toEqual({ ok: true, data: undefined });
    expect(await membershipOf(open.id, { organizationId })).toEqual([expect.objectContaining({ status: "left" })]);
  });

  test("requests and withdraws under the approval policy", async () => {
    const cast = await castCommunity({ joinPolicy: "approval" });
    const input = { communityId: cast.community.id, organizationId };
    expect(await requestAsOrganization({ actor: representative.actor, input: { ...input, message: "Гимназия ведёт проект" } })).toEqual({ ok: true, data: { status: "pending" } });
    expect(await withdrawForOrganization({ actor: representative.actor, input })).toEqual({ ok: true, data: undefined });
    expect(await membershipOf(cast.community.id, { organizationId })).toEqual([expect.objectContaining({ status: "withdrawn" })]);
  });

  test.each([
    ["a colleague who is not a representative", () => colleague],
    ["a representative no longer on the staff", () => outsider],
  ])("%s is refused: forbidden, nothing written", async (_, who) => {
    const open = await createCommunityRow({ joinPolicy: "open" });
    expect(await outcomeOf(() => joinAsOrganization({ actor: who().actor, input: { communityId: open.id, organizationId } }))).toBe("forbidden");
    expect(await outcomeOf(() => requestAsOrganization({ actor: who().actor, input: { communityId: open.id, organizationId, message: "" } }))).toBe("forbidden");
  });

  test("an organization cannot join a liquidated community", async () => {
    const archive = await createCommunityRow({ joinPolicy: "open", liquidatedAt: new Date(), liquidationOrderNumber: "01-15/41", liquidationOrderDate: "2026-02-01" });
    expect(await outcomeOf(() => joinAsOrganization({ actor: representative.actor, input: { communityId: archive.id, organizationId } }))).toBe("communityArchived");
  });
});

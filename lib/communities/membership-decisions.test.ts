import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { activityLog, communities, communityMemberships, notifications, organizationRepresentatives } from "@/db/schema";
import { addMembership } from "@/test/community-factories";
import { createOrganization, createUser, latestMail, type TestUser } from "@/test/factories";
import { approveRequest, invite, rejectRequest, removeMember } from "./membership-decisions";
import { castCommunity, membershipOf, outcomeOf, roles, type Cast, type Role } from "./membership-fixtures";
import { requestAsOrganization, requestToJoin, withdrawRequest } from "./membership-mutations";

// Requests, invitations and removals: who decides, over every standing towards the community, and
// the bad input of the issue (twice, withdrawn, a stranger, another community, an archive).

const baseUrl = "http://metodset.test";
let cast: Cast;

beforeAll(async () => {
  cast = await castCommunity({ joinPolicy: "approval" });
});

/** A new participant with a pending request in the cast's community. */
async function pendingApplicant(message = "Хочу участвовать в работе лаборатории") {
  const applicant = await createUser();
  expect(await requestToJoin({ actor: applicant.actor, input: { communityId: cast.community.id, message } })).toEqual({ ok: true, data: { status: "pending" } });
  const [row] = await membershipOf(cast.community.id, { userId: applicant.id });
  return { applicant, row: row! };
}

async function notificationsOf(userId: string, kind: string) {
  const db = await getDb();
  return db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));
}

async function activity(verb: string, objectId: string) {
  const db = await getDb();
  return db.select().from(activityLog).where(and(eq(activityLog.verb, verb), eq(activityLog.objectId, objectId)));
}

const managers: Record<Role, string> = {
  guest: "unauthenticated",
  participant: "forbidden",
  member: "forbidden",
  moderator: "ok",
  moderatorElsewhere: "forbidden",
  leader: "ok",
  leaderAbove: "ok",
  moderatorAbove: "forbidden",
  administrator: "ok",
  methodist: "forbidden",
};

describe("approving a request", () => {
  test.each(roles.map((role) => [role, managers[role]] as const))("%s → %s", async (role, expected) => {
    const { applicant, row } = await pendingApplicant();
    expect(await outcomeOf(() => approveRequest({ actor: cast.actors[role], input: { membershipId: row.id }, baseUrl }))).toBe(expected);
    const [after] = await membershipOf(cast.community.id, { userId: applicant.id });
    if (expected !== "ok") {
      expect(after!.status).toBe("pending");
      return;
    }
    expect(after).toMatchObject({ status: "active", role: "member", decidedById: cast.actors[role]!.id });
    expect(after!.joinedAt).toBeInstanceOf(Date);
    expect(await notificationsOf(applicant.id, "membership.approved")).toEqual([
      expect.objectContaining({ params: { community: cast.community.name }, link: `/communities/${cast.community.slug}`, communityId: cast.community.id }),
    ]);
    const mail = await latestMail(applicant.email);
    expect(mail?.subject).toContain("одобрена");
    expect(mail?.body).toContain(`${baseUrl}/ru/communities/${cast.community.slug}`);
    expect(await activity("membership.approved", row.id)).toEqual([expect.objectContaining({ communityId: cast.community.id, actorId: cast.actors[role]!.id })]);
  });

  test("approving twice: requestNotPending, nothing written the second time", async () => {
    const { row } = await pendingApplicant();
    expect(await approveRequest({ actor: cast.actors.leader, input: { membershipId: row.id }, baseUrl })).toEqual({ ok: true, data: undefined });
    expect(await outcomeOf(() => approveRequest({ actor: cast.actors.moderator, input: { membershipId: row.id }, baseUrl }))).toBe("requestNotPending");
  });

  test("approving a withdrawn request: requestNotPending, the request stays withdrawn", async () => {
    const { applicant, row } = await pendingApplicant();
    expect(await withdrawRequest({ actor: applicant.actor, input: { communityId: cast.community.id } })).toEqual({ ok: true, data: undefined });
    expect(await outcomeOf(() => approveRequest({ actor: cast.actors.leader, input: { membershipId: row.id }, baseUrl }))).toBe("requestNotPending");
    expect((await membershipOf(cast.community.id, { userId: applicant.id }))[0]!.status).toBe("withdrawn");
  });

  test("approving an active membership or an invitation is not approving a request", async () => {
    const invitee = await createUser();
    expect((await invite({ actor: cast.actors.leader, input: { communityId: cast.community.id, userId: invitee.id } })).ok).toBe(true);
    const [invited] = await membershipOf(cast.community.id, { userId: invitee.id });
    expect(await outcomeOf(() => approveRequest({ actor: cast.actors.leader, input: { membershipId: invited!.id }, baseUrl }))).toBe("requestNotPending");
    const [member] = await membershipOf(cast.community.id, { userId: cast.actors.member!.id });
    expect(await outcomeOf(() => approveRequest({ actor: cast.actors.leader, input: { membershipId: member!.id }, baseUrl }))).toBe("requestNotPending");
  });

  test("a malformed or unknown request id", async () => {
    expect(await outcomeOf(() => approveRequest({ actor: cast.actors.leader, input: { membershipId: "nope" }, baseUrl }))).toBe('invalid:{"membershipId":"requestMissing"}');
    expect(await outcomeOf(() => approveRequest({ actor: cast.actors.leader, input: { membershipId: "00000000-0000-4000-8000-000000000000" }, baseUrl }))).toBe("notFound");
  });

  test("a liquidated community refuses the decision; a stranger is still refused as such", async () => {
    const archive = await castCommunity({ joinPolicy: "approval" });
    const applicant = await createUser();
    await addMembership(archive.community.id, { userId: applicant.id }, { status: "pending" });
    const [row] = await membershipOf(archive.community.id, { userId: applicant.id });
    const db = await getDb();
    await db.update(communities).set({ liquidatedAt: new Date(), liquidationOrderNumber: "01-15/99", liquidationOrderDate: "2026-01-10" }).where(eq(communities.id, archive.community.id));
    expect(await outcomeOf(() => approveRequest({ actor: archive.actors.leader, input: { membershipId: row!.id }, baseUrl }))).toBe("communityArchived");
    expect(await outcomeOf(() => rejectRequest({ actor: archive.actors.administrator, input: { membershipId: row!.id, reason: "Архив" }, baseUrl }))).toBe("communityArchived");
    expect(await outcomeOf(() => approveRequest({ actor: archive.actors.participant, input: { membershipId: row!.id }, baseUrl }))).toBe("forbidden");
  });
});

describe("rejecting a request", () => {
  test.each(roles.map((role) => [role, managers[role]] as const))("%s → %s", async (role, expected) => {
    const { applicant, row } = await pendingApplicant();
    const reason = "Сообщество объединяет учителей начальных классов";
    expect(await outcomeOf(() => rejectRequest({ actor: cast.actors[role], input: { membershipId: row.id, reason }, baseUrl }))).toBe(expected);
    const [after] = await membershipOf(cast.community.id, { userId: applicant.id });
    if (expected !== "ok") {
      expect(after!.status).toBe("pending");
      return;
    }
    expect(after).toMatchObject({ status: "rejected", reason, decidedById: cast.actors[role]!.id });
    expect(await notificationsOf(applicant.id, "membership.rejected")).toEqual([expect.objectContaining({ params: { community: cast.community.name, reason } })]);
    const mail = await latestMail(applicant.email);
    expect(mail?.subject).toContain("отклонена");
    expect(mail?.body).toContain(reason);
    expect(await activity("membership.rejected", row.id)).toHaveLength(1);
  });

  test("the reason is required; a blank one is refused and nothing is written", async () => {
    const { row } = await pendingApplicant();
    expect(await outcomeOf(() => rejectRequest({ actor: cast.actors.leader, input: { membershipId: row.id, reason: "   " }, baseUrl }))).toBe('invalid:{"reason":"reasonRequired"}');
    expect(await outcomeOf(() => rejectRequest({ actor: cast.actors.leader, input: { membershipId: row.id, reason: "я".repeat(1001) }, baseUrl }))).toBe('invalid:{"reason":"tooLong"}');
  });

  test("rejecting twice or after approval: requestNotPending", async () => {
    const { row } = await pendingApplicant();
    expect((await rejectRequest({ actor: cast.actors.leader, input: { membershipId: row.id, reason: "Нет мест" }, baseUrl })).ok).toBe(true);
    expect(await outcomeOf(() => rejectRequest({ actor: cast.actors.leader, input: { membershipId: row.id, reason: "Нет мест" }, baseUrl }))).toBe("requestNotPending");
    expect(await outcomeOf(() => approveRequest({ actor: cast.actors.leader, input: { membershipId: row.id }, baseUrl }))).toBe("requestNotPending");
  });

  test("after a rejection the applicant asks again and the same row is reused", async () => {
    const { applicant, row } = await pendingApplicant();
    await rejectRequest({ actor: cast.actors.leader, input: { membershipId: row.id, reason: "Уточните тему" }, baseUrl });
    expect(await requestToJoin({ actor: applicant.actor, input: { communityId: cast.community.id, message: "Тема: читательская грамотность" } })).toEqual({ ok: true, data: { status: "pending" } });
    const rows = await membershipOf(cast.community.id, { userId: applicant.id });
    expect(rows).toEqual([expect.objectContaining({ id: row.id, status: "pending", reason: "", message: "Тема: читательская грамотность", decidedById: null })]);
  });
});

describe("removing a member", () => {
  async function activeMember(role: "member" | "moderator" = "member") {
    const person = await createUser();
    await addMembership(cast.community.id, { userId: person.id }, { role });
    return { person, row: (await membershipOf(cast.community.id, { userId: person.id }))[0]! };
  }

  test.each(roles.map((role) => [role, managers[role]] as const))("an ordinary member, by %s → %s", async (role, expected) => {
    const { person, row } = await activeMember();
    const reason = "Систематическое нарушение правил сообщества";
    expect(await outcomeOf(() => removeMember({ actor: cast.actors[role], input: { membershipId: row.id, reason }, baseUrl }))).toBe(expected);
    if (expected !== "ok") return;
    expect((await membershipOf(cast.community.id, { userId: person.id }))[0]).toMatchObject({ status: "removed", reason });
    expect(await notificationsOf(person.id, "membership.removed")).toEqual([expect.objectContaining({ params: { community: cast.community.name, reason } })]);
    expect(await activity("membership.removed", row.id)).toEqual([expect.objectContaining({ communityId: cast.community.id })]);
  });

  const moderatorRemovers: Record<Role, string> = { ...managers, moderator: "forbidden" };
  test.each(roles.map((role) => [role, moderatorRemovers[role]] as const))("a moderator, by %s → %s", async (role, expected) => {
    const { row } = await activeMember("moderator");
    expect(await outcomeOf(() => removeMember({ actor: cast.actors[role], input: { membershipId: row.id, reason: "Смена состава" }, baseUrl }))).toBe(expected);
    if (expected === "ok") expect((await getDbRow(row.id))).toMatchObject({ status: "removed", role: "member" });
  });

  test.each(["moderator", "leader", "leaderAbove", "administrator"] as const)("the leader cannot be removed, not even by %s", async (role) => {
    const [leader] = await membershipOf(cast.community.id, { userId: cast.actors.leader!.id });
    expect(await outcomeOf(() => removeMember({ actor: cast.actors[role], input: { membershipId: leader!.id, reason: "Смена руководителя" }, baseUrl }))).toBe("leaderCannotBeRemoved");
  });

  test("the reason is required; a former member cannot be removed again", async () => {
    const { row } = await activeMember();
    expect(await outcomeOf(() => removeMember({ actor: cast.actors.leader, input: { membershipId: row.id, reason: "" }, baseUrl }))).toBe('invalid:{"reason":"reasonRequired"}');
    expect((await removeMember({ actor: cast.actors.leader, input: { membershipId: row.id, reason: "Нарушение" }, baseUrl })).ok).toBe(true);
    expect(await outcomeOf(() => removeMember({ actor: cast.actors.leader, input: { membershipId: row.id, reason: "Нарушение" }, baseUrl }))).toBe("notActiveMember");
  });
});

async function getDbRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(communityMemberships).where(eq(communityMemberships.id, id));
  return row;
}

describe("inviting", () => {
  test.each(roles.map((role) => [role, managers[role]] as const))("by %s → %s", async (role, expected) => {
    const invitee = await createUser();
    expect(await outcomeOf(() => invite({ actor: cast.actors[role], input: { communityId: cast.community.id, userId: invitee.id } }))).toBe(expected);
    if (expected !== "ok") return;
    expect(await membershipOf(cast.community.id, { userId: invitee.id })).toEqual([expect.objectContaining({ status: "invited", actedById: cast.actors[role]!.id })]);
    expect(await notificationsOf(invitee.id, "membership.invited")).toHaveLength(1);
  });

  test("nobody twice, no member, no one with a pending request, no inactive account", async () => {
    const invitee = await createUser();
    const input = { communityId: cast.community.id, userId: invitee.id };
    expect((await invite({ actor: cast.actors.leader, input })).ok).toBe(true);
    expect(await outcomeOf(() => invite({ actor: cast.actors.moderator, input }))).toBe("alreadyInvited");
    expect(await outcomeOf(() => invite({ actor: cast.actors.leader, input: { communityId: cast.community.id, userId: cast.actors.member!.id } }))).toBe("alreadyMember");
    const { applicant } = await pendingApplicant();
    expect(await outcomeOf(() => invite({ actor: cast.actors.leader, input: { communityId: cast.community.id, userId: applicant.id } }))).toBe("alreadyRequested");
    const blocked = await createUser({ status: "blocked" });
    expect(await outcomeOf(() => invite({ actor: cast.actors.leader, input: { communityId: cast.community.id, userId: blocked.id } }))).toBe('invalid:{"userId":"inviteeMissing"}');
    expect(await outcomeOf(() => invite({ actor: cast.actors.leader, input: { communityId: cast.community.id, userId: "" } }))).toBe('invalid:{"userId":"inviteeRequired"}');
  });
});

describe("an organization's request", () => {
  let representatives: TestUser[];
  let organizationId: string;

  beforeAll(async () => {
    const organization = await createOrganization();
    organizationId = organization.id;
    representatives = [await createUser({ organizationId }), await createUser({ organizationId })];
    const db = await getDb();
    await db.insert(organizationRepresentatives).values(representatives.map((r) => ({ organizationId, userId: r.id })));
  });

  test("is approved like a person's: every representative is told, the one who asked gets the mail", async () => {
    const [first, second] = representatives as [TestUser, TestUser];
    expect(await requestAsOrganization({ actor: first.actor, input: { communityId: cast.community.id, organizationId, message: "Школа работает по ФГОС" } })).toEqual({
      ok: true,
      data: { status: "pending" },
    });
    const [row] = await membershipOf(cast.community.id, { organizationId });
    expect(row).toMatchObject({ status: "pending", actedById: first.id, userId: null });
    expect(await notificationsOf(cast.actors.leader!.id, "membership.requested")).toContainEqual(expect.objectContaining({ link: `/communities/${cast.community.slug}/requests` }));
    expect((await approveRequest({ actor: cast.actors.moderator, input: { membershipId: row!.id }, baseUrl })).ok).toBe(true);
    expect(await notificationsOf(first.id, "membership.approved")).toHaveLength(1);
    expect(await notificationsOf(second.id, "membership.approved")).toHaveLength(1);
    expect((await latestMail(first.email))?.subject).toContain("одобрена");
    expect(await latestMail(second.email)).toBeUndefined();
  });
});

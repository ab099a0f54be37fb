import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { communityMemberships, organizationRepresentatives } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { addMembership, createCommunityRow } from "@/test/community-factories";
import { createOrganization, createUser } from "@/test/factories";
import { castCommunity, roles, type Cast, type Role } from "./membership-fixtures";
import { getMembershipStanding, listMembers, listMyCommunities, listRequests, searchInvitees } from "./membership-queries";

// What each standing may read of a community's membership, and that only public fields leave.

async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "ok";
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

const allQuery = { role: "all" as const, page: 1 };

describe("the member list", () => {
  let open: Cast;
  let closed: Cast;

  beforeAll(async () => {
    open = await castCommunity({ visibility: "public" });
    closed = await castCommunity({ visibility: "members" });
  });

  test.each(roles)("of a public community is readable by %s", async (role) => {
    expect(await outcome(() => listMembers({ viewer: open.actors[role], communityId: open.community.id, query: allQuery }))).toBe("ok");
  });

  const membersOnly: Record<Role, string> = {
    guest: "forbidden",
    participant: "forbidden",
    member: "ok",
    moderator: "ok",
    moderatorElsewhere: "forbidden",
    leader: "ok",
    leaderAbove: "ok",
    moderatorAbove: "forbidden",
    administrator: "ok",
    methodist: "ok",
  };
  test.each(roles.map((role) => [role, membersOnly[role]] as const))("of a members-only community, by %s → %s", async (role, expected) => {
    expect(await outcome(() => listMembers({ viewer: closed.actors[role], communityId: closed.community.id, query: allQuery }))).toBe(expected);
  });

  test("people and organizations, leader first, public fields only, delegations of visible staff", async () => {
    const community = await createCommunityRow();
    const school = await createOrganization({ name: "Лицей № 1" });
    const garden = await createOrganization({ name: "Детский сад № 5" });
    const leader = await createUser({ fullName: "Яковлева Анна", phone: "+7 900 000-00-00", organizationId: school.id });
    const member = await createUser({ fullName: "Борисов Олег", position: "учитель физики" });
    const hidden = await createUser({ fullName: "Скрытова Вера", consents: ["rules", "personal_data"] });
    const staff = await createUser({ fullName: "Абрамова Ирина", organizationId: school.id });
    await createUser({ fullName: "Невидимова Ольга", organizationId: school.id, consents: ["rules", "personal_data"] });
    await createUser({ fullName: "Заблокированный", organizationId: school.id, status: "blocked" });
    await addMembership(community.id, { userId: leader.id }, { role: "leader" });
    await addMembership(community.id, { userId: member.id });
    await addMembership(community.id, { userId: hidden.id });
    await addMembership(community.id, { organizationId: school.id });
    await addMembership(community.id, { organizationId: garden.id });
    await addMembership(community.id, { userId: (await createUser()).id }, { status: "pending" });

    const list = await listMembers({ viewer: null, communityId: community.id, query: allQuery });
    expect(list.total).toBe(5);
    expect(list.canManage).toBe(false);
    const [first, ...rest] = list.items;
    expect(first).toMatchObject({ kind: "person", role: "leader", person: { fullName: "Яковлева Анна", organizationName: "Лицей № 1" } });
    expect(JSON.stringify(list)).not.toContain("+7 900");
    expect(JSON.stringify(list)).not.toContain("@example.test");
    // A member who hid their profile appears without a name to the public.
    expect(rest.filter((m) => m.kind === "person" && m.person === null)).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain("Скрытова");
    const lyceum = list.items.find((m) => m.kind === "organization" && m.organization.id === school.id);
    expect(lyceum).toMatchObject({ delegation: [{ id: staff.id, fullName: "Абрамова Ирина" }, { id: leader.id }] });
    expect(list.items.find((m) => m.kind === "organization" && m.organization.id === garden.id)).toMatchObject({ delegation: [] });

    // The community's manager sees every name, to decide about removals.
    const managed = await listMembers({ viewer: leader.actor, communityId: community.id, query: allQuery });
    expect(managed.canManage).toBe(true);
    expect(JSON.stringify(managed)).toContain("Скрытова");
  });

  test("filters by role and pages", async () => {
    const community = await createCommunityRow();
    const people = await Promise.all(Array.from({ length: 23 }, () => createUser()));
    for (const p of people) await addMembership(community.id, { userId: p.id });
    await addMembership(community.id, { organizationId: (await createOrganization()).id });
    await addMembership(community.id, { userId: (await createUser()).id }, { role: "moderator" });
    const page2 = await listMembers({ viewer: null, communityId: community.id, query: { role: "all", page: 2 } });
    expect(page2).toMatchObject({ total: 25, page: 2, pageCount: 2 });
    expect(page2.items).toHaveLength(5);
    expect((await listMembers({ viewer: null, communityId: community.id, query: { role: "member", page: 1 } })).total).toBe(23);
    expect((await listMembers({ viewer: null, communityId: community.id, query: { role: "organization", page: 1 } })).total).toBe(1);
    expect((await listMembers({ viewer: null, communityId: community.id, query: { role: "moderator", page: 1 } })).items).toEqual([expect.objectContaining({ role: "moderator" })]);
    expect((await listMembers({ viewer: null, communityId: community.id, query: { role: "leader", page: 9 } })).items).toEqual([]);
  });
});

describe("requests and invitations", () => {
  let cast: Cast;
  beforeAll(async () => {
    cast = await castCommunity({ joinPolicy: "approval" });
  });

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
  test.each(roles.map((role) => [role, managers[role]] as const))("are listed for %s → %s", async (role, expected) => {
    expect(await outcome(() => listRequests({ viewer: cast.actors[role], communityId: cast.community.id }))).toBe(expected);
    expect(await outcome(() => searchInvitees({ viewer: cast.actors[role], communityId: cast.community.id, query: "Иван" }))).toBe(expected === "unauthenticated" ? "forbidden" : expected);
  });

  test("pending requests carry their messages; invitations are listed apart", async () => {
    const community = await createCommunityRow();
    const leader = await createUser();
    await addMembership(community.id, { userId: leader.id }, { role: "leader" });
    const applicant = await createUser({ fullName: "Заявителева Ольга" });
    const invited = await createUser();
    const db = await getDb();
    await addMembership(community.id, { userId: applicant.id }, { status: "pending" });
    await addMembership(community.id, { userId: invited.id }, { status: "invited" });
    await addMembership(community.id, { userId: (await createUser()).id }, { status: "rejected" });
    await db.update(communityMemberships).set({ message: "Хочу делиться опытом" }).where(eq(communityMemberships.userId, applicant.id));
    const list = await listRequests({ viewer: leader.actor, communityId: community.id });
    expect(list.pending).toEqual([expect.objectContaining({ message: "Хочу делиться опытом", person: expect.objectContaining({ fullName: "Заявителева Ольга" }) })]);
    expect(list.invited).toEqual([expect.objectContaining({ person: expect.objectContaining({ id: invited.id }) })]);
    expect(JSON.stringify(list)).not.toContain("@example.test");
  });

  test("the invitee search returns open profiles only, with their standing here", async () => {
    const visible = await createUser({ fullName: "Поисков Иван" });
    await createUser({ fullName: "Поисков Скрытный", consents: ["rules", "personal_data"] });
    await createUser({ fullName: "Поисков Блокированный", status: "blocked" });
    await addMembership(cast.community.id, { userId: visible.id }, { status: "invited" });
    const found = await searchInvitees({ viewer: cast.actors.leader, communityId: cast.community.id, query: "поисков" });
    expect(found).toEqual([{ id: visible.id, fullName: "Поисков Иван", position: "учитель математики", organizationName: expect.any(String), status: "invited" }]);
    expect(await searchInvitees({ viewer: cast.actors.leader, communityId: cast.community.id, query: "п" })).toEqual([]);
    expect(await searchInvitees({ viewer: cast.actors.leader, communityId: cast.community.id, query: "%_" })).toEqual([]);
  });
});

describe("the viewer's standing and communities", () => {
  test("standing: own row and the rows of represented organizations", async () => {
    const community = await createCommunityRow({ joinPolicy: "approval" });
    const org = await createOrganization({ name: "Гимназия № 2" });
    const rep = await createUser({ organizationId: org.id });
    const db = await getDb();
    await db.insert(organizationRepresentatives).values({ organizationId: org.id, userId: rep.id });
    await addMembership(community.id, { organizationId: org.id }, { status: "pending" });
    const standing = await getMembershipStanding({ viewer: rep.actor, communityId: community.id });
    expect(standing).toMatchObject({ signedIn: true, isMember: false, own: null, community: { joinPolicy: "approval", archived: false } });
    expect(standing.organizations).toEqual([{ id: org.id, name: "Гимназия № 2", membership: expect.objectContaining({ status: "pending" }) }]);
    expect(await getMembershipStanding({ viewer: null, communityId: community.id })).toMatchObject({ signedIn: false, own: null, organizations: [] });
  });

  test("my communities: in person (active, pending, invited) and through the organization", async () => {
    const org = await createOrganization({ name: "Школа № 7" });
    const me = await createUser({ organizationId: org.id });
    const [a, b, c, d, e] = await Promise.all([
      createCommunityRow({ name: "А — активное" }),
      createCommunityRow({ name: "Б — заявка" }),
      createCommunityRow({ name: "В — через школу" }),
      createCommunityRow({ name: "Г — вышел" }),
      createCommunityRow({ name: "Д — архив", liquidatedAt: new Date(), liquidationOrderNumber: "1", liquidationOrderDate: "2026-01-01" }),
    ]);
    await addMembership(a!.id, { userId: me.id }, { role: "moderator" });
    await addMembership(b!.id, { userId: me.id }, { status: "pending" });
    await addMembership(c!.id, { organizationId: org.id });
    await addMembership(d!.id, { userId: me.id }, { status: "left" });
    await addMembership(e!.id, { userId: me.id });
    const mine = await listMyCommunities({ viewer: me.actor });
    expect(mine.map((m) => [m.name, m.status, m.role, m.viaOrganization, m.archived])).toEqual([
      ["А — активное", "active", "moderator", null, false],
      ["Б — заявка", "pending", "member", null, false],
      ["В — через школу", "active", "member", "Школа № 7", false],
      ["Д — архив", "active", "member", null, true],
    ]);
    await expect(listMyCommunities({ viewer: null })).rejects.toThrow("unauthenticated");
  });
});

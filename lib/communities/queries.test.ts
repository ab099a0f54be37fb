import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { activityLog, announcements, consents, planItems, type Community } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { addMembership, createCommunityRow } from "@/test/community-factories";
import { createOrganization, createUser, unique, type TestUser } from "@/test/factories";
import { getCommunityHome, listCommunities } from "./queries";
import { catalogueQuerySchema } from "./schemas";

const filters = (params: Record<string, string> = {}) => catalogueQuerySchema.parse(params);

async function addAnnouncement(communityId: string, title: string, daysAgo = 0) {
  await (await getDb()).insert(announcements).values({ communityId, title, body: "Текст объявления", publishedAt: new Date(Date.now() - daysAgo * 86_400_000) });
}

async function addPlanItem(communityId: string, title: string, startsOn: string, status: "planned" | "in_progress" | "done" | "cancelled" = "planned") {
  await (await getDb()).insert(planItems).values({ communityId, title, startsOn, endsOn: startsOn, status });
}

describe("getCommunityHome: a members-only community", () => {
  let parent: Community;
  let secret: Community;
  let sub: Community;
  let viewers: Record<string, Actor | null>;
  let memberName: string;

  beforeAll(async () => {
    parent = await createCommunityRow({ visibility: "public" });
    secret = await createCommunityRow({ parent, visibility: "members", joinPolicy: "approval", goal: "Поддержка молодых педагогов" });
    sub = await createCommunityRow({ parent: secret, visibility: "members" });
    const school = await createOrganization();
    const make = async (roles: ("participant" | "methodist" | "administrator")[] = ["participant"], organizationId?: string) =>
      createUser({ roles, ...(organizationId ? { organizationId } : {}) });
    const [member, subMember, delegate, leaderAbove, pending, stranger, methodist, admin] = await Promise.all([
      make(),
      make(),
      make(["participant"], school.id),
      make(),
      make(),
      make(),
      make(["participant", "methodist"]),
      make(["participant", "administrator"]),
    ]);
    memberName = member.fullName;
    await addMembership(secret.id, { userId: member.id });
    await addMembership(sub.id, { userId: subMember.id });
    await addMembership(secret.id, { organizationId: school.id });
    await addMembership(parent.id, { userId: leaderAbove.id }, { role: "leader" });
    await addMembership(secret.id, { userId: pending.id }, { status: "pending" });
    await addAnnouncement(secret.id, "Заседание клуба в четверг");
    await addPlanItem(secret.id, "Семинар наставников", "2026-10-01");
    viewers = {
      guest: null,
      nonMember: stranger.actor,
      pendingApplicant: pending.actor,
      member: member.actor,
      memberOfSubCommunity: subMember.actor,
      staffOfMemberOrganization: delegate.actor,
      leaderOfParent: leaderAbove.actor,
      methodist: methodist.actor,
      administrator: admin.actor,
    };
  });

  test.each([
    ["guest", false],
    ["nonMember", false],
    ["pendingApplicant", false],
    ["member", true],
    ["memberOfSubCommunity", true],
    ["staffOfMemberOrganization", true],
    ["leaderOfParent", true],
    ["methodist", true],
    ["administrator", true],
  ])("%s sees announcements, plan and members: %s", async (who, sees) => {
    const home = await getCommunityHome({ viewer: viewers[who]!, slug: secret.slug });
    // Name, goal and how to join are public whoever asks.
    expect(home.community).toMatchObject({ name: secret.name, goal: "Поддержка молодых педагогов", joinPolicy: "approval", visibility: "members" });
    expect(home.counts).toEqual({ people: 1, organizations: 1 });
    expect(home.viewer.canSeeContent).toBe(sees);
    if (sees) {
      expect(home.content?.announcements?.map((a) => a.title)).toEqual(["Заседание клуба в четверг"]);
      expect(home.content?.plan.map((p) => p.title)).toEqual(["Семинар наставников"]);
      expect(home.content?.members.map((m) => m.name)).toContain(memberName);
    } else {
      expect(home.content).toBeNull();
      expect(JSON.stringify(home)).not.toContain("Заседание клуба");
      expect(JSON.stringify(home)).not.toContain(memberName);
    }
  });

  test("the sub-community's breadcrumbs run from the root; the parent lists it as a child", async () => {
    const home = await getCommunityHome({ viewer: viewers.administrator!, slug: sub.slug });
    expect(home.breadcrumbs).toEqual([
      { slug: parent.slug, name: parent.name },
      { slug: secret.slug, name: secret.name },
    ]);
    const parentHome = await getCommunityHome({ viewer: null, slug: secret.slug });
    expect(parentHome.children).toEqual([{ id: sub.id, slug: sub.slug, name: sub.name, goal: sub.goal, kind: sub.kind, archived: false, memberCount: 1 }]);
  });

  test("an unknown address is notFound", async () => {
    await expect(getCommunityHome({ viewer: null, slug: "no-such-community" })).rejects.toMatchObject({ code: "notFound" });
  });
});

describe("getCommunityHome: sections", () => {
  let c: Community;
  let leader: TestUser;
  let moderator: TestUser;
  let hidden: TestUser;

  beforeAll(async () => {
    c = await createCommunityRow({ visibility: "public" });
    leader = await createUser({ position: "учитель физики", phone: "+7 900 000-00-00" });
    moderator = await createUser();
    hidden = await createUser({ consents: ["rules", "personal_data"] });
    await addMembership(c.id, { userId: leader.id }, { role: "leader" });
    await addMembership(c.id, { userId: moderator.id }, { role: "moderator" });
    await addMembership(c.id, { userId: hidden.id });
    for (let i = 0; i < 15; i += 1) await addMembership(c.id, { userId: (await createUser({ organizationId: null })).id });
    for (let i = 1; i <= 7; i += 1) await addAnnouncement(c.id, `Объявление ${i}`, i);
    await addPlanItem(c.id, "Выполнено раньше", "2026-01-10", "done");
    await addPlanItem(c.id, "Отменено", "2026-01-11", "cancelled");
    for (const [title, day] of [["Пятое", "2026-05-01"], ["Первое", "2026-01-15"], ["Третье", "2026-03-01"], ["Шестое", "2026-06-01"], ["Второе", "2026-02-01"], ["Четвёртое", "2026-04-01"]] as const) {
      await addPlanItem(c.id, title, day, title === "Первое" ? "in_progress" : "planned");
    }
  });

  test("leader and moderators with public fields only, never contacts", async () => {
    const home = await getCommunityHome({ viewer: null, slug: c.slug });
    expect(home.leader).toEqual({ id: leader.id, fullName: leader.fullName, position: "учитель физики", organization: expect.any(String), profileVisible: true });
    expect(home.moderators.map((m) => m.id)).toEqual([moderator.id]);
    expect(JSON.stringify(home)).not.toContain(leader.email);
    expect(JSON.stringify(home)).not.toContain("+7 900");
  });

  test("the five latest announcements, the five current plan items by date, twelve members with staff first", async () => {
    const home = await getCommunityHome({ viewer: null, slug: c.slug });
    expect(home.content?.announcements?.map((a) => a.title)).toEqual(["Объявление 1", "Объявление 2", "Объявление 3", "Объявление 4", "Объявление 5"]);
    expect(home.content?.plan.map((p) => p.title)).toEqual(["Первое", "Второе", "Третье", "Четвёртое", "Пятое"]);
    const members = home.content!.members;
    expect(members).toHaveLength(12);
    expect(members.slice(0, 2).map((m) => m.role)).toEqual(["leader", "moderator"]);
    // Someone who hid their profile is counted but not shown.
    expect(members.map((m) => m.id)).not.toContain(hidden.id);
    expect(home.counts.people).toBe(18);
  });

  test("with the announcements service off there is no announcements section", async () => {
    const off = await createCommunityRow({ services: ["forum", "materials"] });
    await addAnnouncement(off.id, "Не для показа");
    const home = await getCommunityHome({ viewer: null, slug: off.slug });
    expect(home.content?.announcements).toBeNull();
    expect(home.community.services).toEqual(["forum", "materials"]);
  });

  test("a withdrawn profile consent removes the link to the leader's profile", async () => {
    const other = await createCommunityRow();
    const shy = await createUser();
    await addMembership(other.id, { userId: shy.id }, { role: "leader" });
    await (await getDb()).update(consents).set({ withdrawnAt: new Date() }).where(eq(consents.userId, shy.id));
    expect((await getCommunityHome({ viewer: null, slug: other.slug })).leader).toMatchObject({ id: shy.id, profileVisible: false });
  });
});

describe("listCommunities", () => {
  const town = `г. Тестовск-${unique("")}`;
  let lab: Community;
  let club: Community;
  let archived: Community;
  let member: TestUser;

  beforeAll(async () => {
    lab = await createCommunityRow({ municipality: town, name: "Лаборатория функциональной грамотности", type: "supra_subject", kind: "creative_laboratory", subjects: ["mathematics", "russian"], themes: ["functional_literacy"] });
    club = await createCommunityRow({ municipality: town, name: "Клуб молодых педагогов", type: "multi_subject", kind: "network_community", subjects: ["primary"], themes: ["early_career_teachers"], visibility: "members" });
    archived = await createCommunityRow({ municipality: town, name: "Архив ФГОС-2021", liquidatedAt: new Date(), liquidationOrderNumber: "3", liquidationOrderDate: "2026-01-01" });
    member = await createUser();
    await addMembership(club.id, { userId: member.id });
    await addMembership(club.id, { organizationId: (await createOrganization()).id });
    await addMembership(club.id, { userId: (await createUser()).id }, { status: "pending" });
    const db = await getDb();
    await db.insert(activityLog).values([
      { verb: "announcement.published", objectType: "announcement", communityId: club.id },
      { verb: "announcement.published", objectType: "announcement", communityId: club.id },
      { verb: "announcement.published", objectType: "announcement", communityId: club.id, occurredAt: new Date(Date.now() - 40 * 86_400_000) },
      { verb: "page.view", objectType: "community", communityId: lab.id },
    ]);
  });

  const names = async (params: Record<string, string>, viewer: Actor | null = null) => (await listCommunities({ viewer, filters: filters({ municipality: town, ...params }) })).items.map((i) => i.name);

  test.each<[string, Record<string, string>, string[]]>([
    ["live ones only by default", {}, ["Клуб молодых педагогов", "Лаборатория функциональной грамотности"]],
    ["the archive on request", { archived: "1" }, ["Архив ФГОС-2021", "Клуб молодых педагогов", "Лаборатория функциональной грамотности"]],
    ["by type", { type: "supra_subject" }, ["Лаборатория функциональной грамотности"]],
    ["by kind", { kind: "network_community" }, ["Клуб молодых педагогов"]],
    ["by subject", { subject: "russian" }, ["Лаборатория функциональной грамотности"]],
    ["by theme", { theme: "early_career_teachers" }, ["Клуб молодых педагогов"]],
    ["by part of the name, whatever the case", { q: "ГРАМОТН" }, ["Лаборатория функциональной грамотности"]],
    ["a % in the search is a literal", { q: "%" }, []],
    ["unknown filter values are ignored", { type: "giga", kind: "castle" }, ["Клуб молодых педагогов", "Лаборатория функциональной грамотности"]],
  ])("filters: %s", async (_name, params, expected) => {
    expect(await names(params)).toEqual(expected);
  });

  test("cards count active members in person and organizations; activity of 30 days only where the content is visible", async () => {
    const byGuest = await listCommunities({ viewer: null, filters: filters({ municipality: town }) });
    const clubCard = byGuest.items.find((i) => i.id === club.id)!;
    expect(clubCard).toMatchObject({ memberCount: 2, activityCount: null, goal: club.goal, joinPolicy: club.joinPolicy, visibility: "members" });
    expect(byGuest.items.find((i) => i.id === lab.id)).toMatchObject({ memberCount: 0, activityCount: 1 });
    const byMember = await listCommunities({ viewer: member.actor, filters: filters({ municipality: town }) });
    expect(byMember.items.find((i) => i.id === club.id)?.activityCount).toBe(2);
    const archive = await listCommunities({ viewer: null, filters: filters({ municipality: town, archived: "1" }) });
    expect(archive.items.find((i) => i.id === archived.id)?.archived).toBe(true);
  });

  test("twenty a page", async () => {
    const place = `с. Страничное-${unique("")}`;
    for (let i = 0; i < 23; i += 1) await createCommunityRow({ municipality: place, name: `Сообщество ${String(i).padStart(2, "0")}` });
    const first = await listCommunities({ viewer: null, filters: filters({ municipality: place }) });
    expect(first).toMatchObject({ total: 23, page: 1, pageCount: 2, pageSize: 20 });
    expect(first.items).toHaveLength(20);
    const second = await listCommunities({ viewer: null, filters: filters({ municipality: place, page: "2" }) });
    expect(second.items.map((i) => i.name)).toEqual(["Сообщество 20", "Сообщество 21", "Сообщество 22"]);
    expect((await listCommunities({ viewer: null, filters: filters({ municipality: place, page: "99" }) })).page).toBe(2);
  });
});

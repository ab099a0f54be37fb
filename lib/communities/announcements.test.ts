import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { activityLog, announcements, follows, notifications, organizationRepresentatives, outbox, users } from "@/db/schema";
import { addMembership, createCommunityRow } from "@/test/community-factories";
import { communityWithRoles, outcome, roleNames, type RoleName, type RoleWorld } from "@/test/community-roles";
import { createOrganization, createUser, tableCounts, type TestUser } from "@/test/factories";
import { listCommunityAnnouncements, listOrganizationAnnouncements } from "./announcement-queries";
import { deleteAnnouncement, publishAnnouncement, publishOrganizationAnnouncement } from "./announcements";

const baseUrl = "https://metodset.example";
let world: RoleWorld;

beforeAll(async () => {
  world = await communityWithRoles({ name: "Лаборатория чтения" });
});

const post = (title = "Заседание 12 марта") => ({ title, body: "Приглашаем на заседание.\n\nПовестка: итоги четверти." });

async function notificationsOf(userId: string) {
  return (await getDb()).select().from(notifications).where(eq(notifications.userId, userId));
}

async function follow(userId: string, channel: { communityId: string } | { organizationId: string }) {
  await (await getDb()).insert(follows).values({ userId, ...channel });
}

const publishers: RoleName[] = ["moderatorHere", "leader", "leaderOfParent", "administrator"];

describe("publishAnnouncement", () => {
  test.each(roleNames.map((r) => [r, publishers.includes(r) ? "ok" : r === "guest" ? "unauthenticated" : "forbidden"] as const))("%s → %s", async (role, expected) => {
    const before = await tableCounts();
    expect(await outcome(() => publishAnnouncement({ actor: world.actor(role), slug: world.community.slug, input: post(`От ${role}`), baseUrl }))).toBe(expected);
    if (expected !== "ok") expect(await tableCounts()).toEqual(before);
  });

  test.each<[string, Record<string, unknown>, string, string]>([
    ["an empty title", { title: "  " }, "title", "required"],
    ["a title of 201 characters", { title: "я".repeat(201) }, "title", "tooLong"],
    ["a two-line title", { title: "Первая\nвторая" }, "title", "invalid"],
    ["an empty body", { body: "\n\n" }, "body", "required"],
    ["a body of 10 001 characters", { body: "я".repeat(10_001) }, "body", "tooLong"],
    ["a body that is not text", { body: 5 }, "body", "invalid"],
  ])("refuses %s and writes nothing", async (_, overrides, field, key) => {
    const before = await tableCounts();
    const result = await publishAnnouncement({ actor: world.users.leader.actor, slug: world.community.slug, input: { ...post(), ...overrides }, baseUrl });
    expect(result).toMatchObject({ ok: false, error: "invalid", fieldErrors: { [field]: key } });
    expect(await tableCounts()).toEqual(before);
  });

  test("refused while the announcements service is off, and in an archived community", async () => {
    const leader = await createUser();
    const off = await createCommunityRow({ services: ["forum", "chat"] });
    const archived = await createCommunityRow({ liquidatedAt: new Date(), liquidationOrderNumber: "3", liquidationOrderDate: "2026-01-12" });
    await addMembership(off.id, { userId: leader.id }, { role: "leader" });
    await addMembership(archived.id, { userId: leader.id }, { role: "leader" });
    const before = await tableCounts();
    expect(await publishAnnouncement({ actor: leader.actor, slug: off.slug, input: post(), baseUrl })).toEqual({ ok: false, error: "serviceOff" });
    expect(await publishAnnouncement({ actor: leader.actor, slug: archived.slug, input: post(), baseUrl })).toEqual({ ok: false, error: "communityArchived" });
    expect(await tableCounts()).toEqual(before);
  });

  test("notifies members in person, the staff of member organizations and followers; mails members only", async () => {
    const community = await createCommunityRow({ name: "Клуб наставников" });
    const school = await createOrganization();
    const [leader, member, staff, follower, pending, blocked, english] = await Promise.all([
      createUser(),
      createUser(),
      createUser({ organizationId: school.id }),
      createUser(),
      createUser(),
      createUser({ status: "blocked" }),
      createUser({ locale: "en" }),
    ]);
    await addMembership(community.id, { userId: leader.id }, { role: "leader" });
    await addMembership(community.id, { userId: member.id });
    await addMembership(community.id, { userId: english.id });
    await addMembership(community.id, { userId: blocked.id });
    await addMembership(community.id, { organizationId: school.id });
    await addMembership(community.id, { userId: pending.id }, { status: "pending" });
    await follow(follower.id, { communityId: community.id });
    await follow(member.id, { communityId: community.id });

    const result = await publishAnnouncement({ actor: leader.actor, slug: community.slug, input: post("Приём заявок"), baseUrl });
    if (!result.ok) throw new Error(JSON.stringify(result));

    for (const user of [member, staff, follower, english]) {
      const mine = await notificationsOf(user.id);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ kind: "announcement.published", params: { channel: "Клуб наставников", title: "Приём заявок" }, link: `/communities/${community.slug}/announcements`, communityId: community.id, readAt: null });
    }
    for (const user of [leader, pending, blocked]) expect(await notificationsOf(user.id)).toEqual([]);

    const db = await getDb();
    const mails = await db.select().from(outbox).where(sql`${outbox.body} like ${`%/communities/${community.slug}/announcements%`}`);
    expect(mails.map((m) => m.recipient).sort()).toEqual([member.email, staff.email, english.email].sort());
    const ru = mails.find((m) => m.recipient === member.email)!;
    expect(ru.subject).toBe("Объявление: Приём заявок — Клуб наставников");
    expect(ru.body).toContain("Повестка: итоги четверти.");
    expect(ru.body).toContain(`${baseUrl}/ru/communities/${community.slug}/announcements`);
    const en = mails.find((m) => m.recipient === english.email)!;
    expect(en.subject).toBe("Announcement: Приём заявок — Клуб наставников");
    expect(en.body).toContain(`${baseUrl}/en/communities/${community.slug}/announcements`);

    const [log] = await db.select().from(activityLog).where(eq(activityLog.objectId, result.data.id));
    expect(log).toMatchObject({ verb: "announcement.published", actorId: leader.id, communityId: community.id });
  });

  test("a follower who may not read a members-only community is not notified", async () => {
    const community = await createCommunityRow({ visibility: "members" });
    const [leader, member, outsider, methodist] = await Promise.all([createUser(), createUser(), createUser(), createUser({ roles: ["methodist"] })]);
    await addMembership(community.id, { userId: leader.id }, { role: "leader" });
    await addMembership(community.id, { userId: member.id });
    await follow(outsider.id, { communityId: community.id });
    await follow(methodist.id, { communityId: community.id });
    expect((await publishAnnouncement({ actor: leader.actor, slug: community.slug, input: post(), baseUrl })).ok).toBe(true);
    expect(await notificationsOf(member.id)).toHaveLength(1);
    expect(await notificationsOf(methodist.id)).toHaveLength(1);
    expect(await notificationsOf(outsider.id)).toEqual([]);
  });

  test("a thousand members cost the same single notification and outbox statement", async () => {
    const db = await getDb();
    const community = await createCommunityRow();
    const leader = await createUser();
    await addMembership(community.id, { userId: leader.id }, { role: "leader" });
    // Members written in bulk: a thousand createUser calls would hash a thousand passwords.
    const created = await db
      .insert(users)
      .values(Array.from({ length: 1000 }, (_, i) => ({ email: `bulk-${community.slug}-${i}@example.test`, fullName: `Участник ${i}` })))
      .returning({ id: users.id });
    await db.execute(sql`insert into community_memberships (community_id, user_id, role, status) select ${community.id}::uuid, u, 'member', 'active' from unnest(${sql.raw(`array['${created.map((u) => u.id).join("','")}']::uuid[]`)}) as u`);
    // A statement-level trigger counts INSERT statements (not rows) on the two fan-out tables.
    await db.execute(sql`create table if not exists statement_count (tbl text, n int)`);
    await db.execute(sql`create or replace function count_statement() returns trigger language plpgsql as $$ begin insert into statement_count values (TG_TABLE_NAME, 1); return null; end $$`);
    await db.execute(sql`create trigger notifications_statements after insert on notifications for each statement execute function count_statement()`);
    await db.execute(sql`create trigger outbox_statements after insert on outbox for each statement execute function count_statement()`);
    try {
      expect((await publishAnnouncement({ actor: leader.actor, slug: community.slug, input: post(), baseUrl })).ok).toBe(true);
      const counts = (await db.execute(sql`select tbl, count(*)::int as n from statement_count group by tbl order by tbl`)) as unknown as { rows: { tbl: string; n: number }[] };
      expect(counts.rows).toEqual([
        { tbl: "notifications", n: 1 },
        { tbl: "outbox", n: 1 },
      ]);
      const [sent] = await db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(eq(notifications.communityId, community.id));
      expect(sent!.n).toBe(1000);
    } finally {
      await db.execute(sql`drop trigger notifications_statements on notifications`);
      await db.execute(sql`drop trigger outbox_statements on outbox`);
      await db.execute(sql`drop table statement_count`);
    }
  });
});

describe("deleteAnnouncement", () => {
  async function byModerator(title: string) {
    const result = await publishAnnouncement({ actor: world.users.moderatorHere.actor, slug: world.community.slug, input: post(title), baseUrl });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.data.id;
  }
  const deleters: RoleName[] = ["moderatorHere", "leader", "leaderOfParent", "administrator"];

  test.each(roleNames.map((r) => [r, deleters.includes(r) ? "ok" : r === "guest" ? "unauthenticated" : "forbidden"] as const))("a moderator's announcement deleted by %s → %s", async (role, expected) => {
    const id = await byModerator(`Удаляемое ${role}`);
    expect(await outcome(() => deleteAnnouncement({ actor: world.actor(role), id }))).toBe(expected);
    const rows = await (await getDb()).select().from(announcements).where(eq(announcements.id, id));
    expect(rows).toHaveLength(expected === "ok" ? 0 : 1);
  });

  test("another moderator may not delete a colleague's announcement", async () => {
    const colleague = await createUser();
    await addMembership(world.community.id, { userId: colleague.id }, { role: "moderator" });
    const id = await byModerator("Коллеги");
    expect(await outcome(() => deleteAnnouncement({ actor: colleague.actor, id }))).toBe("forbidden");
  });
});

describe("listCommunityAnnouncements", () => {
  test("newest first, paginated by 20, with delete rights per item", async () => {
    const community = await createCommunityRow();
    const leader = await createUser({ fullName: "Руководитель Р." });
    await addMembership(community.id, { userId: leader.id }, { role: "leader" });
    for (let i = 1; i <= 22; i += 1) await publishAnnouncement({ actor: leader.actor, slug: community.slug, input: post(`№ ${i}`), baseUrl });
    // The embedded database's clock ticks in milliseconds: spread the times so the order is the order written.
    await (await getDb()).execute(sql`
      update announcements set published_at = now() - (22 - substring(title from 3)::int) * interval '1 minute'
      where community_id = ${community.id}`);
    const first = await listCommunityAnnouncements({ viewer: null, slug: community.slug });
    expect(first.items).toHaveLength(20);
    expect(first.items[0]).toMatchObject({ title: "№ 22", authorName: "Руководитель Р.", canDelete: false });
    expect(first.hasNext).toBe(true);
    expect(first.canPublish).toBe(false);
    const second = await listCommunityAnnouncements({ viewer: leader.actor, slug: community.slug, page: "2" });
    expect(second.items.map((i) => i.title)).toEqual(["№ 2", "№ 1"]);
    expect(second).toMatchObject({ hasNext: false, canPublish: true });
    expect(second.items[0]!.canDelete).toBe(true);
  });

  test("hidden from non-members of a members-only community; notFound while the service is off", async () => {
    const hidden = await createCommunityRow({ visibility: "members" });
    const off = await createCommunityRow({ services: [] });
    const member = await createUser();
    await addMembership(hidden.id, { userId: member.id });
    const outsider = await createUser();
    const read = (viewer: TestUser | null, slug: string) => outcome(async () => (await listCommunityAnnouncements({ viewer: viewer?.actor ?? null, slug }), { ok: true }));
    expect(await read(null, hidden.slug)).toBe("forbidden");
    expect(await read(outsider, hidden.slug)).toBe("forbidden");
    expect(await read(member, hidden.slug)).toBe("ok");
    expect(await read(member, off.slug)).toBe("notFound");
  });
});

describe("organization channel", () => {
  test("representatives publish, followers are notified, others are refused", async () => {
    const org = await createOrganization({ name: "МАОУ «Лицей № 5»" });
    const [representative, follower, stranger, admin] = await Promise.all([createUser({ organizationId: org.id }), createUser(), createUser({ organizationId: org.id }), createUser({ roles: ["administrator"] })]);
    const db = await getDb();
    await db.insert(organizationRepresentatives).values({ organizationId: org.id, userId: representative.id });
    await follow(follower.id, { organizationId: org.id });

    const before = await tableCounts();
    expect(await outcome(() => publishOrganizationAnnouncement({ actor: stranger.actor, organizationId: org.id, input: post() }))).toBe("forbidden");
    expect(await outcome(() => publishOrganizationAnnouncement({ actor: null, organizationId: org.id, input: post() }))).toBe("unauthenticated");
    expect(await publishOrganizationAnnouncement({ actor: representative.actor, organizationId: org.id, input: post("") })).toMatchObject({ ok: false, fieldErrors: { title: "required" } });
    expect(await tableCounts()).toEqual(before);

    expect(await outcome(() => publishOrganizationAnnouncement({ actor: representative.actor, organizationId: org.id, input: post("День открытых дверей") }))).toBe("ok");
    expect(await outcome(() => publishOrganizationAnnouncement({ actor: admin.actor, organizationId: org.id, input: post("От администратора") }))).toBe("ok");
    const mine = await notificationsOf(follower.id);
    expect(mine.map((n) => n.params.title).sort()).toEqual(["День открытых дверей", "От администратора"]);
    expect(mine[0]).toMatchObject({ kind: "announcement.published", link: `/organizations/${org.id}` });
    expect(mine[0]!.params.channel).toBe("МАОУ «Лицей № 5»");
    expect(await notificationsOf(representative.id)).toEqual([]); // not a follower: the channel reaches followers only

    const channel = await listOrganizationAnnouncements({ viewer: null, organizationId: org.id });
    expect(channel.items.map((i) => i.title)).toEqual(["От администратора", "День открытых дверей"]);
    expect(channel.canPublish).toBe(false);
    expect((await listOrganizationAnnouncements({ viewer: representative.actor, organizationId: org.id })).canPublish).toBe(true);

    const [own] = await db.select().from(announcements).where(and(eq(announcements.organizationId, org.id), eq(announcements.title, "День открытых дверей")));
    expect(await outcome(() => deleteAnnouncement({ actor: stranger.actor, id: own!.id }))).toBe("forbidden");
    expect(await outcome(() => deleteAnnouncement({ actor: representative.actor, id: own!.id }))).toBe("ok");
  });

  test("a pending or unknown organization has no channel", async () => {
    const pending = await createOrganization({ status: "pending" });
    const admin = await createUser({ roles: ["administrator"] });
    expect(await outcome(() => publishOrganizationAnnouncement({ actor: admin.actor, organizationId: pending.id, input: post() }))).toBe("notFound");
    expect(await outcome(() => publishOrganizationAnnouncement({ actor: admin.actor, organizationId: "x", input: post() }))).toBe("notFound");
  });
});

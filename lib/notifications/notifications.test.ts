import { eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { notifications } from "@/db/schema";
import { outcome } from "@/test/community-roles";
import { createUser, tableCounts, type TestUser } from "@/test/factories";
import { markAllRead, markRead, safeLink } from "./mutations";
import { notify } from "./notify";
import { listNotifications, unreadCount } from "./queries";

async function give(user: TestUser, count: number, link = "/communities/lab/announcements") {
  const db = await getDb();
  for (let i = 1; i <= count; i += 1) {
    await notify(db, [user.id], { kind: "announcement.published", params: { channel: "Лаборатория", title: `№ ${i}` }, link });
  }
  // The embedded database's clock ticks in milliseconds, so rows written in a row may share a time;
  // spread them a minute apart, in the order written, to make "newest first" deterministic.
  await db.execute(sql`
    update notifications set created_at = now() - (${count} - substring(params->>'title' from 3)::int) * interval '1 minute'
    where user_id = ${user.id}`);
}

async function rowsOf(user: TestUser) {
  return (await getDb()).select().from(notifications).where(eq(notifications.userId, user.id));
}

describe("notifications", () => {
  test("a user lists only their own, newest first, 20 a page, with an unread count", async () => {
    const [me, other] = await Promise.all([createUser(), createUser()]);
    await give(me, 22);
    await give(other, 3);
    expect(await unreadCount({ viewer: me.actor })).toBe(22);
    expect(await unreadCount({ viewer: other.actor })).toBe(3);
    expect(await unreadCount({ viewer: null })).toBe(0);
    const first = await listNotifications({ viewer: me.actor });
    expect(first.items).toHaveLength(20);
    expect(first.hasNext).toBe(true);
    expect(first.items[0]).toMatchObject({ kind: "announcement.published", params: { title: "№ 22" }, read: false });
    const second = await listNotifications({ viewer: me.actor, page: 2 });
    expect(second.items.map((n) => n.params.title)).toEqual(["№ 2", "№ 1"]);
    expect((await listNotifications({ viewer: other.actor })).items.map((n) => n.params.title)).toEqual(["№ 3", "№ 2", "№ 1"]);
  });

  test("markRead marks one of one's own and returns its link; someone else's is notFound and untouched", async () => {
    const [me, other] = await Promise.all([createUser(), createUser()]);
    await give(me, 2);
    await give(other, 1);
    const [mine] = await rowsOf(me);
    const [theirs] = await rowsOf(other);
    expect(await markRead({ viewer: me.actor, id: mine!.id })).toEqual({ ok: true, data: { link: "/communities/lab/announcements" } });
    expect(await unreadCount({ viewer: me.actor })).toBe(1);
    const firstReadAt = (await rowsOf(me)).find((r) => r.id === mine!.id)!.readAt;
    expect(firstReadAt).not.toBeNull();
    // Marking again keeps the first time it was read.
    await markRead({ viewer: me.actor, id: mine!.id });
    expect((await rowsOf(me)).find((r) => r.id === mine!.id)!.readAt).toEqual(firstReadAt);

    const before = await tableCounts();
    expect(await outcome(() => markRead({ viewer: me.actor, id: theirs!.id }))).toBe("notFound");
    expect(await outcome(() => markRead({ viewer: me.actor, id: "bad" }))).toBe("notFound");
    expect(await outcome(() => markRead({ viewer: null, id: theirs!.id }))).toBe("unauthenticated");
    expect(await tableCounts()).toEqual(before);
    expect((await rowsOf(other))[0]!.readAt).toBeNull();
  });

  test("markAllRead clears only one's own bell", async () => {
    const [me, other] = await Promise.all([createUser(), createUser()]);
    await give(me, 3);
    await give(other, 2);
    expect(await markAllRead({ viewer: me.actor })).toEqual({ ok: true, data: { count: 3 } });
    expect(await unreadCount({ viewer: me.actor })).toBe(0);
    expect(await unreadCount({ viewer: other.actor })).toBe(2);
    expect((await listNotifications({ viewer: me.actor })).items.every((n) => n.read)).toBe(true);
    expect(await outcome(() => markAllRead({ viewer: null }))).toBe("unauthenticated");
  });

  test("a stored link that leaves the site leads to the notifications page instead", async () => {
    const me = await createUser();
    await give(me, 1, "//evil.example/phish");
    const [row] = await rowsOf(me);
    expect(await markRead({ viewer: me.actor, id: row!.id })).toEqual({ ok: true, data: { link: "/notifications" } });
  });

  test.each([
    ["/communities/lab", "/communities/lab"],
    ["/organizations/1?x=1#a", "/organizations/1?x=1#a"],
    ["//evil.example", "/notifications"],
    ["/\\evil.example", "/notifications"],
    ["https://evil.example", "/notifications"],
    ["javascript:alert(1)", "/notifications"],
    ["", "/notifications"],
  ])("safeLink(%j) → %j", (link, expected) => {
    expect(safeLink(link)).toBe(expected);
  });
});

describe("the notification catalog", () => {
  // next-intl reads a dot in a key as nesting: "membership.approved" must live at kinds.membership.approved.
  function paths(node: unknown, prefix = ""): string[] {
    if (typeof node === "string") return [prefix];
    return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => {
      expect(key, `${prefix}.${key}`).not.toContain(".");
      return paths(value, prefix ? `${prefix}.${key}` : key);
    });
  }

  test("kinds are nested, worded in both languages, announcement.published among them", async () => {
    const ru = (await import("@/messages/ru/notifications.json")).default.kinds;
    const en = (await import("@/messages/en/notifications.json")).default.kinds;
    expect(paths(ru).sort()).toEqual(paths(en).sort());
    expect(paths(ru)).toContain("announcement.published");
  });
});

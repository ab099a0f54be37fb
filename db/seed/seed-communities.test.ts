import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { activityLog, announcements, communities, communityMemberships, follows, notifications, organizationRepresentatives, planItems, users } from "@/db/schema";
import { communityKinds, communityServices, communityTypes, planItemStatuses } from "@/lib/reference/communities";
import notificationsRu from "@/messages/ru/notifications.json";
import notificationsEn from "@/messages/en/notifications.json";
import { demoLogins } from "./demo-data";
import { seedDemo } from "./seed-demo";

// The demo communities other code and the browser tests rely on (see demo-communities.ts).

const DAY = 86_400_000;

beforeAll(async () => {
  await seedDemo(await getDb());
});

async function community(slug: string) {
  const db = await getDb();
  const [row] = await db.select().from(communities).where(eq(communities.slug, slug));
  if (!row) throw new Error(`no community ${slug}`);
  return row;
}

async function userId(email: string) {
  const db = await getDb();
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row!.id;
}

async function membershipsOf(communityId: string) {
  const db = await getDb();
  return db.select().from(communityMemberships).where(eq(communityMemberships.communityId, communityId));
}

describe("demo communities", () => {
  test("every type and every kind, 12 to 15 communities", async () => {
    const db = await getDb();
    const rows = await db.select().from(communities);
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(rows.length).toBeLessThanOrEqual(15);
    expect(new Set(rows.map((c) => c.type))).toEqual(new Set(communityTypes));
    expect(new Set(rows.map((c) => c.kind))).toEqual(new Set(communityKinds));
    expect(rows.every((c) => c.creationOrderNumber && /^\d{4}-\d{2}-\d{2}$/.test(c.creationOrderDate))).toBe(true);
  });

  test("the facts the brief promises", async () => {
    const literacy = await community("functional-literacy");
    expect(literacy).toMatchObject({ name: "Лаборатория функциональной грамотности", kind: "creative_laboratory", type: "supra_subject", visibility: "public", joinPolicy: "approval", liquidatedAt: null });
    expect([...literacy.services].sort()).toEqual([...communityServices].sort());
    for (const slug of ["functional-literacy-reading", "functional-literacy-math"]) expect((await community(slug)).parentId).toBe(literacy.id);

    expect(await community("young-teachers")).toMatchObject({ name: "Клуб молодых педагогов", kind: "network_community", visibility: "members", joinPolicy: "approval" });
    expect(await community("mathematics-mo")).toMatchObject({
      name: "Городское методическое объединение учителей математики",
      kind: "methodological_association",
      type: "mono_subject",
      visibility: "public",
      joinPolicy: "open",
    });
    expect(await community("stem-innovation")).toMatchObject({ kind: "innovation_platform", joinPolicy: "invitation" });

    const archive = await community("archive-fgos-2021");
    expect(archive.liquidatedAt).not.toBeNull();
    expect(archive.liquidationOrderNumber).toBeTruthy();
    expect(archive.liquidationOrderDate).toBeTruthy();
    expect(archive.liquidationOrderDate! <= new Date().toISOString().slice(0, 10)).toBe(true);
    const db = await getDb();
    const liquidated = await db.select().from(communities).where(isNotNull(communities.liquidatedAt));
    expect(liquidated.map((c) => c.slug)).toEqual(["archive-fgos-2021"]);
  });

  test("the leader and the moderator logins, and teacher@ outside the three communities", async () => {
    const leader = await userId(demoLogins.leader);
    const moderator = await userId(demoLogins.moderator);
    const teacher = await userId(demoLogins.participant);
    for (const slug of ["functional-literacy", "young-teachers"]) {
      const rows = await membershipsOf((await community(slug)).id);
      expect(rows.filter((m) => m.role === "leader" && m.status === "active").map((m) => m.userId)).toEqual([leader]);
    }
    const literacy = await membershipsOf((await community("functional-literacy")).id);
    expect(literacy.find((m) => m.userId === moderator)).toMatchObject({ role: "moderator", status: "active" });

    const db = await getDb();
    const [teacherRow] = await db.select().from(users).where(eq(users.id, teacher));
    for (const slug of ["functional-literacy", "young-teachers", "stem-innovation"]) {
      const rows = await membershipsOf((await community(slug)).id);
      expect(rows.filter((m) => m.userId === teacher || m.organizationId === teacherRow!.organizationId), slug).toEqual([]);
    }
    const maths = await membershipsOf((await community("mathematics-mo")).id);
    expect(maths.find((m) => m.userId === teacher)).toMatchObject({ role: "member", status: "active" });
  });

  test("a pending request, an invitation, and past memberships in every status", async () => {
    const teacher = await userId(demoLogins.participant);
    const literacy = await membershipsOf((await community("functional-literacy")).id);
    const pending = literacy.filter((m) => m.status === "pending");
    expect(pending.length).toBeGreaterThanOrEqual(1);
    expect(pending.every((m) => m.userId && m.userId !== teacher && m.message.length > 0)).toBe(true);

    const db = await getDb();
    const statuses = await db.selectDistinct({ status: communityMemberships.status }).from(communityMemberships);
    expect(statuses.map((s) => s.status).sort()).toEqual(["active", "invited", "left", "pending", "rejected", "removed", "withdrawn"]);
    const invited = await db.select().from(communityMemberships).where(eq(communityMemberships.status, "invited"));
    expect(invited.every((m) => m.actedById !== null)).toBe(true);
    const decided = await db.select().from(communityMemberships).where(inArray(communityMemberships.status, ["rejected", "removed"]));
    expect(decided.every((m) => m.reason.length > 0 && m.decidedById !== null)).toBe(true);
  });

  test("one active leader everywhere; members joined after they registered and after the community opened", async () => {
    const db = await getDb();
    const rows = await db
      .select({ role: communityMemberships.role, communityId: communityMemberships.communityId, joinedAt: communityMemberships.joinedAt, registered: users.createdAt, opened: communities.createdAt })
      .from(communityMemberships)
      .innerJoin(communities, eq(communities.id, communityMemberships.communityId))
      .leftJoin(users, eq(users.id, communityMemberships.userId))
      .where(eq(communityMemberships.status, "active"));
    const leaders = rows.filter((r) => r.role === "leader");
    expect(new Set(leaders.map((r) => r.communityId)).size).toBe((await db.select().from(communities)).length);
    for (const r of rows) {
      expect(r.joinedAt!.getTime()).toBeGreaterThanOrEqual(r.opened.getTime());
      if (r.registered) expect(r.joinedAt!.getTime()).toBeGreaterThan(r.registered.getTime());
      expect(r.joinedAt!.getTime()).toBeLessThanOrEqual(Date.now());
    }
  });

  test("organizations as members, with representatives and a delegation of staff", async () => {
    const db = await getDb();
    const literacy = await community("functional-literacy");
    const orgMembers = (await membershipsOf(literacy.id)).filter((m) => m.organizationId && m.status === "active");
    expect(orgMembers.length).toBeGreaterThanOrEqual(2);
    for (const member of orgMembers) {
      const representatives = await db.select().from(organizationRepresentatives).where(eq(organizationRepresentatives.organizationId, member.organizationId!));
      expect(representatives.map((r) => r.userId)).toContain(member.actedById);
      const staff = await db.select({ id: users.id }).from(users).where(eq(users.organizationId, member.organizationId!));
      expect(staff.length).toBeGreaterThanOrEqual(2);
    }
  });

  test("sub-communities carry their ancestors, root first, to depth two", async () => {
    const db = await getDb();
    const rows = await db.select().from(communities);
    const byId = new Map(rows.map((c) => [c.id, c]));
    for (const c of rows) {
      const parent = c.parentId ? byId.get(c.parentId)! : null;
      expect(c.ancestorIds).toEqual(parent ? [...parent.ancestorIds, parent.id] : []);
      if (parent) expect(c.createdAt.getTime()).toBeGreaterThan(parent.createdAt.getTime());
    }
    expect(Math.max(...rows.map((c) => c.ancestorIds.length))).toBe(2);
    const moderated = rows.filter((c) => c.parentId);
    const moderators = await db.select({ communityId: communityMemberships.communityId }).from(communityMemberships).where(and(eq(communityMemberships.role, "moderator"), eq(communityMemberships.status, "active")));
    expect(moderated.filter((c) => moderators.some((m) => m.communityId === c.id)).length).toBeGreaterThanOrEqual(2);
  });

  test("plans in every status, announcements, follows", async () => {
    const db = await getDb();
    const literacy = await community("functional-literacy");
    const young = await community("young-teachers");
    const plan = await db.select().from(planItems).where(eq(planItems.communityId, literacy.id));
    expect(new Set(plan.map((p) => p.status))).toEqual(new Set(planItemStatuses));
    expect(plan.every((p) => p.startsOn <= p.endsOn && p.responsibleId)).toBe(true);
    expect((await db.select().from(planItems).where(eq(planItems.communityId, young.id))).length).toBeGreaterThan(0);

    for (const c of [literacy, young]) {
      const posts = await db.select().from(announcements).where(eq(announcements.communityId, c.id));
      expect(posts.length, c.slug).toBeGreaterThanOrEqual(3);
      expect(posts.every((p) => p.publishedAt.getTime() <= Date.now() && p.body.length > 80)).toBe(true);
    }
    const channels = await db.select().from(announcements).where(isNotNull(announcements.organizationId));
    expect(channels.length).toBeGreaterThan(0);
    const followed = await db.select().from(follows);
    expect(followed.some((f) => f.communityId)).toBe(true);
    expect(followed.some((f) => f.organizationId)).toBe(true);
  });

  test("a few notifications, each of a kind the bell can word in both languages", async () => {
    const db = await getDb();
    const rows = await db.select().from(notifications);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.some((n) => n.readAt === null)).toBe(true);
    expect(rows.some((n) => n.readAt !== null)).toBe(true);
    // Kinds are nested in the catalog ("membership.approved" → kinds.membership.approved): next-intl reads dots as nesting.
    const worded = (catalog: { kinds: object }, kind: string) => typeof kind.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], catalog.kinds) === "string";
    for (const kind of new Set(rows.map((n) => n.kind))) {
      expect(worded(notificationsRu, kind), kind).toBe(true);
      expect(worded(notificationsEn, kind), kind).toBe(true);
    }
    expect(rows.every((n) => n.link.startsWith("/") && !n.link.startsWith("/ru"))).toBe(true);
  });

  test("the activity log records the communities' history over the months, never after a liquidation", async () => {
    const db = await getDb();
    const [stats] = await db
      .select({
        rows: sql<number>`count(*)::int`,
        communities: sql<number>`count(distinct ${activityLog.communityId})::int`,
        months: sql<number>`count(distinct date_trunc('month', ${activityLog.occurredAt}))::int`,
        verbs: sql<string[]>`array_agg(distinct ${activityLog.verb})`,
      })
      .from(activityLog)
      .where(isNotNull(activityLog.communityId));
    expect(stats!.communities).toBe((await db.select().from(communities)).length);
    expect(stats!.rows).toBeGreaterThan(150);
    expect(stats!.months).toBeGreaterThanOrEqual(10);
    expect(stats!.verbs).toEqual(expect.arrayContaining(["community.created", "community.liquidated", "membership.approved", "announcement.published", "plan_item.created", "community.followed"]));

    const archive = await community("archive-fgos-2021");
    const late = await db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.communityId, archive.id), sql`${activityLog.occurredAt} > ${archive.liquidatedAt!.toISOString()}::timestamptz`));
    expect(late).toEqual([]);
    const future = await db.select().from(activityLog).where(sql`${activityLog.occurredAt} > now()`);
    expect(future).toEqual([]);
    expect(archive.liquidatedAt!.getTime()).toBeLessThan(Date.now() - 30 * DAY);
  });
});

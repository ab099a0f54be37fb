import { createHash } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { activityLog, authTokens, certificates, consents, eventRegistrations, events, organizations, outbox, platformSettings, userRoles, users } from "@/db/schema";
import { consentVersions } from "@/lib/accounts/consent-documents";
import { getContestSection, getJuryPage } from "@/lib/contests/queries";
import { myCertificates, verifyCertificate } from "@/lib/events/certificates";
import { isWeakPassword, verifyPassword } from "@/lib/auth/password";
import { organizationKinds } from "@/lib/reference/organization-kinds";
import { platformRoles } from "@/lib/reference/roles";
import { createUser, tableCounts, tokenFromBody } from "@/test/factories";
import { demoPastContest, demoOpenContest } from "./demo-contests";
import { demoLogins, demoPassword, demoRoleLogins, demoUsers } from "./demo-data";
import { isDatabaseEmpty, seedDemo, seedDemoIfEmpty } from "./seed-demo";

// One fresh database per file (test/setup.ts); the tests run in order: a failed seed, then the seed.

describe("seedDemo", () => {
  test("writes nothing when any part fails", async () => {
    const db = await getDb();
    expect(await isDatabaseEmpty(db)).toBe(true);
    // An account holding a demo address makes the users insert fail after the organizations went in.
    const squatter = await createUser({ email: demoLogins.participant, organizationId: null });
    const before = await tableCounts();

    await expect(seedDemo(db)).rejects.toThrow(/insert into "users"/);

    expect(await tableCounts()).toEqual(before);
    await db.delete(users).where(eq(users.id, squatter.id));
    expect(await isDatabaseEmpty(db)).toBe(true);
  });

  test("seeds an empty database, and only an empty one", async () => {
    const db = await getDb();
    const started = performance.now();
    expect(await seedDemoIfEmpty(db)).toBe(true);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(await isDatabaseEmpty(db)).toBe(false);
    expect(await seedDemoIfEmpty(db)).toBe(false);
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(row?.n).toBe(demoUsers.length);
  });

  test("every platform role is held by an active, verified user", async () => {
    const db = await getDb();
    const rows = await db
      .selectDistinct({ role: userRoles.role })
      .from(userRoles)
      .innerJoin(users, eq(users.id, userRoles.userId))
      .where(and(eq(users.status, "active"), sql`${users.emailVerifiedAt} is not null`));
    expect(rows.map((r) => r.role).sort()).toEqual([...platformRoles].sort());
  });

  test("the demo logins sign in with the demo password", async () => {
    const db = await getDb();
    expect(isWeakPassword(demoPassword)).toBe(false);
    // The leader and the moderator are participants who run communities.
    const logins = Object.entries(demoLogins).map(([name, email]) => [name in demoRoleLogins ? name : "participant", email] as const);
    expect(logins).toHaveLength(6);
    for (const [role, email] of logins) {
      const [user] = await db.select().from(users).where(eq(users.email, email));
      expect(user, email).toBeDefined();
      expect(user!.status).toBe("active");
      expect(user!.emailVerifiedAt).not.toBeNull();
      expect(await verifyPassword(user!.passwordHash, demoPassword)).toBe(true);
      expect(await verifyPassword(user!.passwordHash, "wrong-password")).toBe(false);
      const roles = await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, user!.id));
      expect(roles.map((r) => r.role)).toContain(role);
    }
  });

  test("approved organizations of every kind, and one requested by a user", async () => {
    const db = await getDb();
    const kinds = await db.selectDistinct({ kind: organizations.kind }).from(organizations).where(eq(organizations.status, "approved"));
    expect(kinds.map((k) => k.kind).sort()).toEqual([...organizationKinds].sort());
    const pending = await db.select().from(organizations).where(eq(organizations.status, "pending"));
    expect(pending).toHaveLength(1);
    expect(pending[0]!.requestedById).not.toBeNull();
  });

  test("the special accounts: blocked, awaiting approval, unverified with a working link", async () => {
    const db = await getDb();
    const [blocked] = await db.select().from(users).where(eq(users.status, "blocked"));
    expect(blocked?.blockedReason).toBeTruthy();
    expect(await db.select().from(users).where(eq(users.status, "pending_approval"))).toHaveLength(1);

    const unverified = await db.select().from(users).where(isNull(users.emailVerifiedAt));
    expect(unverified).toHaveLength(1);
    const [mail] = await db.select().from(outbox).where(eq(outbox.recipient, unverified[0]!.email!));
    const tokenHash = createHash("sha256").update(tokenFromBody(mail!.body)).digest("hex");
    const [token] = await db.select().from(authTokens).where(eq(authTokens.tokenHash, tokenHash));
    expect(token).toMatchObject({ userId: unverified[0]!.id, purpose: "verify_email", usedAt: null });
    expect(token!.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  test("consents at the current versions; profile visibility for most", async () => {
    const db = await getDb();
    const rows = await db.select().from(consents);
    for (const document of ["rules", "personal_data"] as const) {
      const accepted = rows.filter((c) => c.document === document);
      expect(accepted).toHaveLength(demoUsers.length);
      expect(accepted.every((c) => c.version === consentVersions[document] && c.ipAddress)).toBe(true);
    }
    const visible = rows.filter((c) => c.document === "profile_visibility").length;
    expect(visible).toBeGreaterThan(demoUsers.length / 2);
    expect(visible).toBeLessThan(demoUsers.length);
  });

  test("14 months of activity, with guests' page views, and settings and mail for the admin pages", async () => {
    const db = await getDb();
    const [stats] = await db
      .select({
        total: sql<number>`count(*)::int`,
        guestViews: sql<number>`count(*) filter (where ${activityLog.actorId} is null and ${activityLog.visitorId} is not null and ${activityLog.verb} = 'page.viewed')::int`,
        signIns: sql<number>`count(*) filter (where ${activityLog.verb} = 'user.signedIn')::int`,
        months: sql<number>`count(distinct date_trunc('month', ${activityLog.occurredAt}))::int`,
        first: sql<string>`min(${activityLog.occurredAt})::text`,
        last: sql<string>`max(${activityLog.occurredAt})::text`,
      })
      .from(activityLog);
    expect(stats!.total).toBeGreaterThan(2_000);
    expect(stats!.guestViews).toBeGreaterThan(100);
    expect(stats!.signIns).toBeGreaterThan(300);
    expect(stats!.months).toBeGreaterThanOrEqual(14);
    expect(new Date(stats!.first).getTime()).toBeGreaterThan(Date.now() - 430 * 86_400_000);
    expect(new Date(stats!.last).getTime()).toBeLessThanOrEqual(Date.now());

    const views = await db.select({ objectType: activityLog.objectType, objectId: activityLog.objectId }).from(activityLog).where(eq(activityLog.verb, "page.viewed")).limit(50);
    expect(views.every((v) => v.objectType === "page" && v.objectId?.startsWith("/"))).toBe(true);

    expect(await db.select().from(platformSettings)).toEqual([expect.objectContaining({ key: "requireAccountApproval", value: false })]);
    expect((await db.select().from(outbox)).length).toBeGreaterThanOrEqual(2);
  });

  test("the bank after publication: every published material reviewed by an expert who is not its author; experiences, favourites, collections", async () => {
    const db = await getDb();
    type Counts = { unreviewed: number; own_reviews: number; own_experiences: number; future_experiences: number; experiences: number; favourites: number; public_collections: number };
    const [row] = (
      (await db.execute(sql`
        select
          (select count(*)::int from materials m where m.status = 'published' and not exists (
            select 1 from material_reviews r join user_roles ur on ur.user_id = r.expert_id and ur.role = 'expert'
            where r.material_id = m.id and r.status = 'done' and r.verdict = 'publish' and jsonb_array_length(r.scores) = 5)) as unreviewed,
          (select count(*)::int from material_reviews r join material_authors a on a.material_id = r.material_id and a.user_id = r.expert_id) as own_reviews,
          (select count(*)::int from material_experiences e join material_authors a on a.material_id = e.material_id and a.user_id = e.user_id) as own_experiences,
          (select count(*)::int from material_experiences where created_at > now()) as future_experiences,
          (select count(*)::int from material_experiences) as experiences,
          (select count(*)::int from material_favourites) as favourites,
          (select count(*)::int from material_collections where public) as public_collections
      `)) as unknown as { rows: Counts[] }
    ).rows;
    expect(row).toMatchObject({ unreviewed: 0, own_reviews: 0, own_experiences: 0, future_experiences: 0, public_collections: 2 });
    expect(row!.experiences).toBeGreaterThan(50);
    expect(row!.favourites).toBeGreaterThan(5);
  });

  test("past and upcoming events of many forms: a council series, a platform-wide conference, registrations with attendance", async () => {
    const db = await getDb();
    type EventCounts = { total: number; past: number; upcoming: number; forms: number; platform: number; series_rows: number; over_capacity: number; attended: number; attended_upcoming: number; future_activity: number; without_community_log: number };
    const [row] = (
      (await db.execute(sql`
        select
          (select count(*)::int from events) as total,
          (select count(*)::int from events where ends_at < now()) as past,
          (select count(*)::int from events where starts_at > now()) as upcoming,
          (select count(distinct form)::int from events) as forms,
          (select count(*)::int from events where community_id is null) as platform,
          (select max(n)::int from (select count(*) as n from events where series_id is not null group by series_id) s) as series_rows,
          (select count(*)::int from events e where e.capacity is not null and e.capacity < (select count(*) from event_registrations r where r.event_id = e.id and r.status = 'registered')) as over_capacity,
          (select count(*)::int from event_registrations where attended) as attended,
          (select count(*)::int from event_registrations r join events e on e.id = r.event_id where r.attended and e.ends_at > now()) as attended_upcoming,
          (select count(*)::int from activity_log where object_type = 'event' and occurred_at > now()) as future_activity,
          (select count(*)::int from activity_log a join events e on e.id::text = a.object_id where a.object_type = 'event' and e.community_id is not null and a.community_id is distinct from e.community_id) as without_community_log
      `)) as unknown as { rows: EventCounts[] }
    ).rows;
    expect(row!.total).toBeGreaterThanOrEqual(35);
    expect(row!.past).toBeGreaterThan(10);
    expect(row!.upcoming).toBeGreaterThan(15);
    expect(row!.forms).toBeGreaterThanOrEqual(15);
    expect(row!.platform).toBeGreaterThanOrEqual(2);
    expect(row!.series_rows).toBe(6);
    expect(row!.attended).toBeGreaterThan(20);
    expect(row).toMatchObject({ over_capacity: 0, attended_upcoming: 0, future_activity: 0, without_community_log: 0 });
  });

  test("certificates: the demo teacher holds some of past events (genuine on the check), the city conference's are left to issue", async () => {
    const db = await getDb();
    const [teacher] = await db.select({ id: users.id }).from(users).where(eq(users.email, demoLogins.participant));
    const own = await myCertificates({ actor: { id: teacher!.id, roles: ["participant"] } });
    expect(own.length).toBeGreaterThanOrEqual(2);
    expect(await verifyCertificate(own[0]!.number)).toMatchObject({ found: true, revoked: false, fullName: demoUsers.find((u) => u.email === demoLogins.participant)!.fullName });
    const [conference] = await db.select({ id: events.id }).from(events).where(and(isNull(events.communityId), sql`${events.endsAt} < now()`, sql`${events.hours} is not null`));
    expect(await db.select().from(certificates).where(eq(certificates.eventId, conference!.id))).toEqual([]);
    expect(await db.select().from(eventRegistrations).where(and(eq(eventRegistrations.eventId, conference!.id), eq(eventRegistrations.userId, teacher!.id), eq(eventRegistrations.attended, true)))).toHaveLength(1);
  });

  test("contests: a past one with a jury, scores and published results; an open one where the teacher may send an entry", async () => {
    const db = await getDb();
    const actorOf = async (email: string) => {
      const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
      const roles = await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, u!.id));
      return { id: u!.id, roles: roles.map((r) => r.role) };
    };
    const eventId = async (title: string) => (await db.select({ id: events.id }).from(events).where(eq(events.title, title)))[0]!.id;
    const past = await getContestSection({ viewer: null, eventId: await eventId(demoPastContest) });
    expect(past.resultsPublishedAt).not.toBeNull();
    expect(past.results.map((r) => r.place)).toEqual([1, 2, 3, null]);
    const expert = await actorOf(demoLogins.expert);
    expect((await getJuryPage({ viewer: expert, eventId: await eventId(demoPastContest) })).entries.every((e) => e.myScore !== null)).toBe(true);
    const open = await getContestSection({ viewer: await actorOf(demoLogins.participant), eventId: await eventId(demoOpenContest) });
    expect(open).toMatchObject({ refusal: null, ownEntry: null, resultsPublishedAt: null, entryCount: 2 });
    expect((await getContestSection({ viewer: expert, eventId: await eventId(demoOpenContest) })).isJuror).toBe(true);
  });

  test("seeding a seeded database fails and changes nothing", async () => {
    const db = await getDb();
    const before = await tableCounts();
    await expect(seedDemo(db)).rejects.toThrow(/insert into "users"/);
    expect(await tableCounts()).toEqual(before);
  });
});

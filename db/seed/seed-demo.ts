import { createHash, randomBytes, randomUUID } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import {
  activityLog,
  announcements,
  certificates,
  communities,
  communityMemberships,
  contestEntries,
  contestJurors,
  contestScores,
  contestSettings,
  eventRegistrations,
  events,
  eventSeries,
  eventSpeakers,
  follows,
  materialAuthors,
  materialCollectionItems,
  materialCollections,
  materialExperiences,
  materialFavourites,
  materialRatings,
  materialReviews,
  materials,
  notifications,
  organizationRepresentatives,
  planItems,
  auditLog,
  authTokens,
  consents,
  organizations,
  outbox,
  platformSettings,
  reviewCriteria,
  userRoles,
  users,
  type ActivityEntry,
  type AuditEntry,
  type ConsentDocument,
} from "@/db/schema";
import { consentVersions } from "@/lib/accounts/consent-documents";
import { hashPassword } from "@/lib/auth/password";
import { createTranslator } from "next-intl";
import { demoFeedbackRows, reviewsWithScores, type DemoFeedbackRows } from "./demo-material-feedback";
import { demoMaterialRows, demoMaterials, type DemoMaterialRows } from "./demo-materials";
import mailRu from "@/messages/ru/mail.json";
import mailEn from "@/messages/en/mail.json";
import { defaultSettings } from "@/lib/settings/settings";
import { demoCertificateRows, type DemoCertificateRows } from "./demo-certificates";
import { demoCommunities } from "./demo-communities";
import { demoContestRows, type DemoContestRows } from "./demo-contests";
import { demoEventRows, demoEvents, type DemoEventRows } from "./demo-events";
import { demoOrganizations, demoPassword, demoUsers, type DemoOrganizationKey, type DemoUser } from "./demo-data";
import { buildCommunityRows, type CommunityRows } from "./seed-communities";
import { mulberry32, pick } from "./random";

// Writes the demo (demo-data.ts, demo-communities.ts) plus generated history: 14 months of sign-ins
// and page views, security audit rows, consents and a few mails. Plain inserts, no domain code: the seed must not
// send mail, and it must be fast (one argon2 hash, batched inserts, one transaction).

const DAY = 86_400_000;
const HISTORY_DAYS = 426; // 14 months
const BATCH = 1_000;
// Same key space as db/client.ts's migration lock (724201): two app instances must not both seed.
const SEED_LOCK = 724_202;

/** True when no account exists yet: the seed only ever writes into an empty database. */
export async function isDatabaseEmpty(db: Executor): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length === 0;
}

/** Inserts the whole demo in one transaction: all of it or, on any error, nothing. */
export async function seedDemo(db: Executor): Promise<void> {
  const rows = await buildRows(new Date());
  await db.transaction(async (tx) => {
    await insertRows(tx, rows);
  });
}

/** Seeds unless some account exists; concurrent callers (several app instances) seed once. */
export async function seedDemoIfEmpty(db: Executor): Promise<boolean> {
  if (!(await isDatabaseEmpty(db))) return false;
  const rows = await buildRows(new Date());
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    if (!(await isDatabaseEmpty(tx))) return false;
    await insertRows(tx, rows);
    return true;
  });
}

type Rows = {
  organizations: (typeof organizations.$inferInsert)[];
  pendingRequests: { organizationId: string; userId: string }[];
  users: (typeof users.$inferInsert)[];
  roles: (typeof userRoles.$inferInsert)[];
  consents: (typeof consents.$inferInsert)[];
  tokens: (typeof authTokens.$inferInsert)[];
  outbox: (typeof outbox.$inferInsert)[];
  activity: ActivityEntry[];
  audit: AuditEntry[];
  settings: (typeof platformSettings.$inferInsert)[];
  communities: CommunityRows;
  materials: DemoMaterialRows;
  feedback: DemoFeedbackRows;
  events: DemoEventRows;
  certificates: DemoCertificateRows;
  contests: DemoContestRows;
};

async function insertRows(tx: Executor, rows: Rows): Promise<void> {
  // organizations ↔ users reference each other: requesters are filled in once both exist.
  await insertBatched(tx, organizations, rows.organizations);
  await insertBatched(tx, users, rows.users);
  for (const request of rows.pendingRequests) {
    await tx.update(organizations).set({ requestedById: request.userId }).where(eq(organizations.id, request.organizationId));
  }
  await insertBatched(tx, userRoles, rows.roles);
  await insertBatched(tx, consents, rows.consents);
  await insertBatched(tx, authTokens, rows.tokens);
  await insertBatched(tx, outbox, rows.outbox);
  const c = rows.communities;
  await insertBatched(tx, communities, c.communities);
  await insertBatched(tx, organizationRepresentatives, c.representatives);
  await insertBatched(tx, communityMemberships, c.memberships);
  await insertBatched(tx, planItems, c.planItems);
  await insertBatched(tx, announcements, c.announcements);
  await insertBatched(tx, follows, c.follows);
  await insertBatched(tx, notifications, c.notifications);
  await insertBatched(tx, materials, rows.materials.materials as (typeof materials.$inferInsert)[]);
  await insertBatched(tx, materialAuthors, rows.materials.authors);
  await insertBatched(tx, materialRatings, rows.materials.ratings);
  const criteria = await tx.select({ id: reviewCriteria.id, nameRu: reviewCriteria.nameRu }).from(reviewCriteria).where(eq(reviewCriteria.active, true)).orderBy(asc(reviewCriteria.position));
  await insertBatched(tx, materialReviews, reviewsWithScores(rows.feedback.reviews, criteria));
  await insertBatched(tx, materialExperiences, rows.feedback.experiences);
  await insertBatched(tx, materialFavourites, rows.feedback.favourites);
  await insertBatched(tx, materialCollections, rows.feedback.collections);
  await insertBatched(tx, materialCollectionItems, rows.feedback.collectionItems);
  await insertBatched(tx, eventSeries, rows.events.series);
  await insertBatched(tx, events, rows.events.events);
  await insertBatched(tx, eventSpeakers, rows.events.speakers);
  await insertBatched(tx, eventRegistrations, rows.events.registrations);
  await insertBatched(tx, certificates, rows.certificates.certificates);
  await insertBatched(tx, eventRegistrations, rows.contests.registrations);
  await insertBatched(tx, contestSettings, rows.contests.settings);
  await insertBatched(tx, contestJurors, rows.contests.jurors);
  await insertBatched(tx, contestEntries, rows.contests.entries);
  await insertBatched(tx, contestScores, rows.contests.scores);
  await insertBatched(tx, activityLog, rows.activity);
  await insertBatched(tx, auditLog, rows.audit);
  // A setting stored before the first account (by an operator's script) is kept.
  await tx.insert(platformSettings).values(rows.settings).onConflictDoNothing();
}

async function insertBatched<T extends PgTable>(tx: Executor, table: T, values: T["$inferInsert"][]): Promise<void> {
  for (let i = 0; i < values.length; i += BATCH) {
    await tx.insert(table).values(values.slice(i, i + BATCH));
  }
}

async function buildRows(now: Date): Promise<Rows> {
  const random = mulberry32(20_260_901);
  const nowMs = now.getTime();
  const ago = (days: number) => new Date(nowMs - days * DAY);
  const passwordHash = await hashPassword(demoPassword);

  const orgIds = new Map<DemoOrganizationKey, string>();
  const userIds = new Map<string, string>();
  for (const key of Object.keys(demoOrganizations) as DemoOrganizationKey[]) orgIds.set(key, randomUUID());
  for (const user of demoUsers) userIds.set(user.email, randomUUID());
  const userId = (email: string) => {
    const id = userIds.get(email);
    if (!id) throw new Error(`demo-data: no user ${email}`);
    return id;
  };
  // Registered on that day, at a working hour of the user's own zone.
  const joined = (user: DemoUser) => {
    const offsetMs = utcOffsetHours(user.timeZone ?? "Europe/Moscow") * 3_600_000;
    const local = new Date(nowMs - user.joinedDaysAgo * DAY + offsetMs);
    local.setUTCHours(pick(random, localHours), Math.floor(random() * 60), Math.floor(random() * 60), 0);
    const at = local.getTime() - offsetMs;
    return new Date(at < nowMs ? at : at - DAY);
  };
  const joinedAt = new Map(demoUsers.map((u) => [u.email, joined(u)]));
  const allUserIds = [...userIds.values()];
  const allOrgIds = [...orgIds.values()];
  const communitySlugs = demoCommunities.map((c) => c.slug);
  const verifiedAtOf = new Map<string, Date>();
  const admin = demoUsers.find((u) => u.roles.includes("administrator"));
  if (!admin) throw new Error("demo-data: no administrator");

  const rows: Rows = {
    organizations: [],
    pendingRequests: [],
    users: [],
    roles: [],
    consents: [],
    tokens: [],
    outbox: [],
    activity: [],
    audit: [],
    settings: [{ key: "requireAccountApproval", value: defaultSettings.requireAccountApproval, updatedAt: ago(HISTORY_DAYS) }],
    // Its own generator, so the communities do not reshuffle the rest of the generated history.
    materials: { materials: [], authors: [], ratings: [] },
    feedback: { reviews: [], experiences: [], favourites: [], collections: [], collectionItems: [] },
    events: { series: [], events: [], speakers: [], registrations: [], activity: [] },
    certificates: { certificates: [], activity: [] },
    contests: { settings: [], entries: [], jurors: [], scores: [], registrations: [], activity: [] },
    communities: buildCommunityRows({
      random: mulberry32(20_261_001),
      nowMs,
      userId,
      userJoinedAt: (email) => joinedAt.get(email) ?? new Date(nowMs),
      userName: (email) => demoUsers.find((u) => u.email === email)?.fullName ?? email,
      organizationId: (key) => orgIds.get(key)!,
      adminEmail: admin.email,
    }),
  };
  rows.activity.push(...rows.communities.activity);
  const communityIds = new Map(rows.communities.communities.map((c) => [c.slug, c.id!]));
  const materialList = demoMaterials();
  rows.materials = demoMaterialRows(materialList, {
    nowMs,
    userId,
    userName: (email) => demoUsers.find((u) => u.email === email)?.fullName ?? email,
    organizationId: (email) => {
      const key = demoUsers.find((u) => u.email === email)?.organization;
      return key ? (orgIds.get(key) ?? null) : null;
    },
    communityId: (slug) => {
      const id = communityIds.get(slug);
      if (!id) throw new Error(`demo-materials: no community ${slug}`);
      return id;
    },
  });
  rows.feedback = demoFeedbackRows(materialList, rows.materials, userId);
  rows.events = demoEventRows(demoEvents(), {
    nowMs,
    userId,
    userName: (email) => demoUsers.find((u) => u.email === email)?.fullName ?? email,
    communityId: (slug) => {
      const id = communityIds.get(slug);
      if (!id) throw new Error(`demo-events: no community ${slug}`);
      return id;
    },
  });
  rows.activity.push(...rows.events.activity);
  rows.certificates = demoCertificateRows(rows.events, { nowMs, people: demoUsers.map((u) => ({ id: userId(u.email), email: u.email, fullName: u.fullName })) });
  rows.activity.push(...rows.certificates.activity);
  rows.contests = demoContestRows(rows.events, { nowMs, userId });
  rows.activity.push(...rows.contests.activity);

  for (const [key, org] of Object.entries(demoOrganizations) as [DemoOrganizationKey, (typeof demoOrganizations)[DemoOrganizationKey]][]) {
    const id = orgIds.get(key)!;
    const requester = "requestedBy" in org ? org.requestedBy : undefined;
    const createdAt = requester ? joinedAt.get(requester)! : ago(HISTORY_DAYS - random() * 5);
    rows.organizations.push({
      id,
      name: org.name,
      shortName: org.shortName,
      kind: org.kind,
      municipality: org.municipality,
      status: "status" in org ? org.status : "approved",
      createdAt,
      updatedAt: createdAt,
    });
    if (requester) {
      rows.pendingRequests.push({ organizationId: id, userId: userId(requester) });
      rows.activity.push({ occurredAt: createdAt, actorId: userId(requester), verb: "organization.requested", objectType: "organization", objectId: id });
    }
  }

  demoUsers.forEach((user, index) => {
    const id = userId(user.email);
    const createdAt = joinedAt.get(user.email)!;
    const verifiedAt = user.emailVerified === false ? null : new Date(createdAt.getTime() + (3 + random() * 40) * 60_000);
    const ip = `10.0.${1 + (index % 250)}.${10 + Math.floor(random() * 200)}`;
    const status = user.status ?? "active";
    const blockedAt = status === "blocked" ? ago(20 + random() * 20) : null;
    const locale = user.locale ?? "ru";
    if (verifiedAt) verifiedAtOf.set(user.email, verifiedAt);

    rows.users.push({
      id,
      email: user.email,
      passwordHash,
      fullName: user.fullName,
      position: user.position,
      organizationId: orgIds.get(user.organization)!,
      subjects: user.subjects,
      phone: user.phone ?? null,
      about: user.about ?? "",
      timeZone: user.timeZone ?? "Europe/Moscow",
      locale,
      status,
      emailVerifiedAt: verifiedAt,
      blockedReason: user.blockedReason ?? null,
      sessionVersion: blockedAt ? 2 : 1,
      createdAt,
      updatedAt: blockedAt ?? verifiedAt ?? createdAt,
    });
    for (const role of user.roles) {
      // Staff roles were granted by the administrator a little after registration.
      rows.roles.push({ userId: id, role, grantedAt: role === "participant" ? createdAt : new Date(createdAt.getTime() + DAY) });
    }
    const documents: ConsentDocument[] = ["rules", "personal_data", ...(user.profileVisible === false ? [] : (["profile_visibility"] as const))];
    for (const document of documents) {
      // Members older than the current version of a document accepted it again when it came out.
      const published = Date.parse(consentVersions[document]);
      const reaccepted = Number.isNaN(published) || published <= createdAt.getTime() ? null : published + random() * 10 * DAY;
      const acceptedAt = reaccepted !== null && reaccepted < nowMs ? new Date(reaccepted) : createdAt;
      rows.consents.push({ userId: id, document, version: consentVersions[document], acceptedAt, ipAddress: ip });
    }

    rows.activity.push({ occurredAt: createdAt, actorId: id, verb: "user.registered", objectType: "user", objectId: id });
    rows.audit.push({ occurredAt: createdAt, actorId: id, action: "user.register", targetType: "user", targetId: id, ipAddress: ip, details: { consents: documents } });
    if (verifiedAt) rows.activity.push({ occurredAt: verifiedAt, actorId: id, verb: "user.emailVerified", objectType: "user", objectId: id });
    if (user.about && verifiedAt) {
      const at = new Date(verifiedAt.getTime() + random() * 7 * DAY);
      if (at.getTime() < nowMs) rows.activity.push({ occurredAt: at, actorId: id, verb: "user.profileUpdated", objectType: "user", objectId: id });
    }
    if (blockedAt) {
      rows.audit.push({
        occurredAt: blockedAt,
        actorId: userId(admin.email),
        action: "user.block",
        targetType: "user",
        targetId: id,
        ipAddress: "10.0.0.1",
        details: { reason: user.blockedReason ?? "" },
      });
    }

    if (status === "pending_approval" || !verifiedAt) return;
    const until = blockedAt ? blockedAt.getTime() : nowMs;
    const pages = memberPages(user, locale, orgIds.get(user.organization)!, () => pick(random, allUserIds), () => pick(random, allOrgIds), () => pick(random, communitySlugs));
    const signIns = Math.round(((until - verifiedAt.getTime()) / DAY) * user.activity * 0.25);
    for (let i = 0; i < signIns; i++) {
      const at = sampleMoment(random, verifiedAt.getTime(), until, user.timeZone ?? "Europe/Moscow");
      if (at === null) continue;
      rows.activity.push({ occurredAt: new Date(at), actorId: id, verb: "user.signedIn", objectType: "user", objectId: id });
      rows.audit.push({ occurredAt: new Date(at), actorId: id, action: "auth.signIn", targetType: "user", targetId: id, ipAddress: ip });
      let t = at;
      const views = 1 + Math.floor(random() * 6);
      for (let v = 0; v < views; v++) {
        t += (15 + random() * 300) * 1000;
        if (t >= until) break;
        rows.activity.push({ occurredAt: new Date(t), actorId: id, verb: "page.viewed", objectType: "page", objectId: pick(random, pages)() });
      }
    }
  });

  // Guests: a stable visitor id from a cookie, no account.
  const guestPages = ["/ru", "/ru", "/ru", "/ru/communities", "/ru/communities/functional-literacy", "/ru/communities/mathematics-mo", "/ru/calendar", "/ru/materials", "/ru/organizations", "/ru/sign-in", "/ru/register", "/en"];
  const orgPages = [...orgIds.values()].map((id) => `/ru/organizations/${id}`);
  for (let g = 0; g < 320; g++) {
    const visitorId = randomUUID();
    const visits = 1 + Math.floor(random() * random() * 6);
    for (let v = 0; v < visits; v++) {
      const at = sampleMoment(random, nowMs - HISTORY_DAYS * DAY, nowMs, "Europe/Moscow");
      if (at === null) continue;
      let t = at;
      const views = 1 + Math.floor(random() * 4);
      for (let p = 0; p < views && t < nowMs; p++) {
        rows.activity.push({ occurredAt: new Date(t), visitorId, verb: "page.viewed", objectType: "page", objectId: random() < 0.15 ? pick(random, orgPages) : pick(random, guestPages) });
        t += (10 + random() * 180) * 1000;
      }
    }
  }

  addMail(rows, random, nowMs, userIds, joinedAt, verifiedAtOf);

  // Chronological ids, as if logged live.
  rows.activity.sort((a, b) => a.occurredAt!.getTime() - b.occurredAt!.getTime());
  rows.audit.sort((a, b) => a.occurredAt!.getTime() - b.occurredAt!.getTime());
  return rows;
}

/** Paths a signed-in user opens; staff also visit their working pages. */
function memberPages(user: DemoUser, locale: string, ownOrgId: string, anyUser: () => string, anyOrg: () => string, anyCommunity: () => string): (() => string)[] {
  const p = (path: string) => () => `/${locale}${path}`;
  const pages = [
    p(""),
    p(""),
    p("/communities"),
    p("/communities"),
    () => `/${locale}/communities/${anyCommunity()}`,
    () => `/${locale}/communities/${anyCommunity()}`,
    p("/calendar"),
    p("/materials"),
    p("/materials"),
    p("/profile"),
    p("/search"),
    p(`/organizations/${ownOrgId}`),
    () => `/${locale}/organizations/${anyOrg()}`,
    () => `/${locale}/users/${anyUser()}`,
  ];
  if (user.roles.includes("administrator")) pages.push(p("/admin/users"), p("/admin/users"), p("/admin/organizations"), p("/admin/settings"), p("/admin/outbox"));
  if (user.roles.includes("methodist")) pages.push(p("/dashboard"), p("/dashboard"), p("/dashboard"), p("/reports"));
  if (user.roles.includes("expert")) pages.push(p("/materials/review"), p("/materials/review"));
  return pages;
}

function addMail(rows: Rows, random: () => number, nowMs: number, userIds: Map<string, string>, joinedAt: Map<string, Date>, verifiedAt: Map<string, Date>): void {
  // Every seeded mail counts as delivered, so a configured SMTP server never mails the invented addresses.
  const baseUrl = (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");
  // Through the translator, not string replacement: inside the app the message files are precompiled.
  const catalogs = { ru: mailRu, en: mailEn };
  const verifyMail = (locale: "ru" | "en", values: Record<string, string>) => {
    const t = createTranslator({ locale, messages: catalogs[locale], namespace: "verifyEmail" });
    return { subject: t("subject", values), body: t("body", values) };
  };

  // The unverified account has a live confirmation link in the outbox, as after a real registration.
  for (const user of demoUsers.filter((u) => u.emailVerified === false)) {
    const token = randomBytes(32).toString("base64url");
    const createdAt = joinedAt.get(user.email)!;
    rows.tokens.push({
      userId: userIds.get(user.email)!,
      purpose: "verify_email",
      tokenHash: createHash("sha256").update(token).digest("hex"),
      createdAt,
      // Long enough for a demo shown weeks after seeding.
      expiresAt: new Date(nowMs + 60 * DAY),
    });
    const locale = user.locale ?? "ru";
    const values = { name: user.fullName, link: `${baseUrl}/${locale}/verify-email?token=${token}` };
    rows.outbox.push({ recipient: user.email, ...verifyMail(locale, values), createdAt, deliveredAt: new Date(createdAt.getTime() + 2_000) });
  }

  // Confirmation mails of the members who registered in the last months; their links were used.
  const recent = demoUsers.filter((u) => verifiedAt.has(u.email) && u.status !== "pending_approval" && u.joinedDaysAgo < 130);
  for (const user of recent) {
    const token = randomBytes(32).toString("base64url");
    const createdAt = joinedAt.get(user.email)!;
    rows.tokens.push({
      userId: userIds.get(user.email)!,
      purpose: "verify_email",
      tokenHash: createHash("sha256").update(token).digest("hex"),
      createdAt,
      expiresAt: new Date(createdAt.getTime() + 3 * DAY),
      usedAt: verifiedAt.get(user.email)!,
    });
    const locale = user.locale ?? "ru";
    const values = { name: user.fullName, link: `${baseUrl}/${locale}/verify-email?token=${token}` };
    rows.outbox.push({ recipient: user.email, ...verifyMail(locale, values), createdAt, deliveredAt: new Date(createdAt.getTime() + 2_000) });
  }

  const welcomed = recent[Math.floor(random() * recent.length)];
  if (welcomed) {
    const createdAt = new Date(joinedAt.get(welcomed.email)!.getTime() + 3_600_000);
    rows.outbox.push({
      recipient: welcomed.email,
      subject: "Добро пожаловать в «Методсеть»",
      body: `Здравствуйте, ${welcomed.fullName}!\n\nСпасибо, что присоединились к сетевым педагогическим сообществам Информационно-методического центра. Загляните в каталог сообществ, выберите близкие вам по предмету и подайте заявку на вступление — руководитель сообщества рассмотрит её в течение двух рабочих дней.\n\nБлижайшие вебинары и мастер-классы — в календаре мероприятий: ${baseUrl}/ru/calendar\n\nС уважением,\nИнформационно-методический центр`,
      createdAt,
      deliveredAt: new Date(createdAt.getTime() + 2_000),
    });
  }
}

/**
 * A moment in [from, to) shaped like school life: quiet in July and on Sundays, busy on weekday
 * afternoons and evenings in the user's own time zone. Null when it would fall outside the range.
 */
function sampleMoment(random: () => number, from: number, to: number, timeZone: string): number | null {
  if (to <= from) return null;
  const offsetMs = utcOffsetHours(timeZone) * 3_600_000;
  for (let attempt = 0; attempt < 20; attempt++) {
    const local = new Date(from + random() * (to - from) + offsetMs);
    const weight = monthWeight[local.getUTCMonth()]! * weekdayWeight[local.getUTCDay()]!;
    if (random() > weight) continue;
    const hour = pick(random, localHours);
    local.setUTCHours(hour, Math.floor(random() * 60), Math.floor(random() * 60), 0);
    const at = local.getTime() - offsetMs;
    if (at >= from && at < to) return at;
  }
  return null;
}

// January … December: holidays in summer, the busiest weeks before the winter holidays and in spring.
const monthWeight = [0.75, 0.95, 1, 0.9, 0.8, 0.55, 0.2, 0.45, 0.95, 1, 1, 0.85];
// Sunday … Saturday.
const weekdayWeight = [0.3, 1, 1, 0.95, 0.95, 0.8, 0.45];
const localHours = [7, 8, 9, 9, 10, 10, 11, 12, 13, 14, 14, 15, 15, 16, 16, 17, 18, 19, 19, 20, 20, 21, 22];

const offsets = new Map<string, number>();
/** Russian zones have had no daylight saving since 2014, so today's offset holds for the whole history. */
function utcOffsetHours(timeZone: string): number {
  let offset = offsets.get(timeZone);
  if (offset === undefined) {
    const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" }).formatToParts(new Date()).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
    const match = /GMT([+-]\d+)(?::(\d+))?/.exec(name);
    offset = match ? Number(match[1]) + Math.sign(Number(match[1])) * Number(match[2] ?? 0) / 60 : 0;
    offsets.set(timeZone, offset);
  }
  return offset;
}



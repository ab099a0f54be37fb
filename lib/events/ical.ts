import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, asc, eq, gt, inArray, or, sql, type SQL } from "drizzle-orm";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { getDb } from "@/db/client";
import { calendarFeedTokens, communities, eventRegistrations, events, users, type Event } from "@/db/schema";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { communityAccess, findCommunity } from "@/lib/communities/access";
import { DomainError } from "@/lib/errors";
import { readableEvent } from "./access";
import { mineCondition } from "./calendar";
import { eventsVisibleTo, managesEvent } from "./visibility";
import { addDays, localDays } from "./time";

// iCalendar (RFC 5545) files and feeds of events, built with ical-generator: one event's file,
// a community's public feed, and a user's private feed behind a rotatable token (only its hash is
// kept). A feed has no session: it holds only what its subscriber may read, never participants'
// names, and a meeting link only where the subscriber may see it.

export type IcalLabels = { calendarName: string; meetingLink: string; eventPage: string };

type FeedRow = Pick<Event, "id" | "title" | "description" | "startsAt" | "endsAt" | "timeZone" | "allDay" | "place" | "meetingUrl" | "status" | "createdAt" | "updatedAt"> & {
  communityName: string | null;
  /** Whether this subscriber may see the meeting link. */
  showLink: boolean;
};

/** How far back a feed reaches; everything ahead is included. */
const feedPastDays = 180;
const feedLimit = 500;
const uidDomain = "metodset";

export function buildCalendar({ rows, labels, baseUrl, locale }: { rows: FeedRow[]; labels: IcalLabels; baseUrl: string; locale: string }): string {
  const calendar = ical({
    name: labels.calendarName,
    prodId: { company: "Metodset", product: "Events", language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  for (const row of rows) {
    const page = `${baseUrl}/${locale}/events/${row.id}`;
    const link = row.showLink && row.meetingUrl ? row.meetingUrl : null;
    const description = [row.communityName, plainText(row.description), link ? `${labels.meetingLink}: ${link}` : null, `${labels.eventPage}: ${page}`].filter(Boolean).join("\n\n");
    calendar.createEvent({
      id: `${row.id}@${uidDomain}`,
      stamp: row.updatedAt,
      created: row.createdAt,
      lastModified: row.updatedAt,
      summary: row.title,
      description,
      location: row.place || link || null,
      url: page,
      status: row.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      ...(row.allDay ? allDayDates(row) : { start: row.startsAt, end: row.endsAt }),
    });
  }
  // RFC 5545 §3.1: every content line ends with CRLF, the last one too (the library leaves it off).
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}

/** An all-day event's dates in its own zone, as DATE values (DTEND the day after the last, as RFC 5545 counts). */
function allDayDates(row: Pick<Event, "startsAt" | "endsAt" | "timeZone">) {
  const { first, last } = localDays(row.startsAt, row.endsAt, row.timeZone, true);
  return { allDay: true, start: new Date(`${first}T00:00:00Z`), end: new Date(`${addDays(last, 1)}T00:00:00Z`) };
}

/** Markdown as a calendar's plain text: markup characters dropped, length bounded. */
function plainText(markdown: string): string {
  const text = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, "$1 ($2)")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/[*_`>]/g, "")
    .trim();
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

const rowColumns = {
  id: events.id,
  title: events.title,
  description: events.description,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  timeZone: events.timeZone,
  allDay: events.allDay,
  place: events.place,
  meetingUrl: events.meetingUrl,
  linkForRegistered: events.linkForRegistered,
  status: events.status,
  createdAt: events.createdAt,
  updatedAt: events.updatedAt,
  communityName: communities.name,
};

/** One event's file, readable exactly as its page is. */
export async function eventIcs({ viewer, eventId, labels, baseUrl, locale }: { viewer: Actor | null; eventId: string; labels: Omit<IcalLabels, "calendarName">; baseUrl: string; locale: string }) {
  const access = await readableEvent(viewer, eventId);
  const db = await getDb();
  const [row] = await db.select(rowColumns).from(events).leftJoin(communities, eq(communities.id, events.communityId)).where(eq(events.id, access.event.id));
  let showLink = !row!.linkForRegistered || access.canManage;
  if (!showLink && viewer) {
    const [mine] = await db
      .select({ id: eventRegistrations.id })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, access.event.id), eq(eventRegistrations.userId, viewer.id), eq(eventRegistrations.status, "registered")));
    showLink = Boolean(mine);
  }
  return {
    filename: `event-${access.event.id}.ics`,
    content: buildCalendar({ rows: [{ ...row!, showLink }], labels: { ...labels, calendarName: row!.title }, baseUrl, locale }),
  };
}

function feedWindow(now: Date): SQL {
  return gt(events.endsAt, new Date(now.getTime() - feedPastDays * 24 * 3_600_000));
}

/**
 * A community's feed, with its sub-communities: only for a community a guest may see, and only
 * the events a guest may read (a subscription carries no session). Meeting links only where the
 * organizer shows them to everyone.
 */
export async function communityIcs({ slug, labels, baseUrl, locale, now = new Date() }: { slug: string; labels: Omit<IcalLabels, "calendarName">; baseUrl: string; locale: string; now?: Date }) {
  const community = await findCommunity({ slug });
  const access = await communityAccess(null, community);
  if (!access.canSeeContent) throw new DomainError("notFound");
  const db = await getDb();
  const rows = await db
    .select(rowColumns)
    .from(events)
    .innerJoin(communities, eq(communities.id, events.communityId))
    .where(
      and(
        or(eq(events.communityId, community.id), sql`${community.id}::uuid = any(${communities.ancestorIds})`),
        eventsVisibleTo(null),
        feedWindow(now),
      ),
    )
    .orderBy(asc(events.startsAt))
    .limit(feedLimit);
  return {
    filename: `${community.slug}.ics`,
    content: buildCalendar({ rows: rows.map((r) => ({ ...r, showLink: !r.linkForRegistered })), labels: { ...labels, calendarName: community.name }, baseUrl, locale }),
  };
}

// ——— Private feeds ———

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** When the viewer's private address was made, or null if they have none. */
export async function feedTokenStatus({ viewer }: { viewer: Actor | null }): Promise<{ createdAt: Date } | null> {
  assertSignedIn(viewer);
  const [row] = await (await getDb()).select({ createdAt: calendarFeedTokens.createdAt }).from(calendarFeedTokens).where(eq(calendarFeedTokens.userId, viewer.id));
  return row ?? null;
}

/** Makes the viewer a new private address, replacing (and so ending) the old one. The token is returned once and kept only as a hash. */
export async function rotateFeedToken({ viewer }: { viewer: Actor | null }): Promise<{ token: string }> {
  assertSignedIn(viewer);
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashToken(token);
  const createdAt = new Date();
  await (await getDb())
    .insert(calendarFeedTokens)
    .values({ userId: viewer.id, tokenHash, createdAt })
    .onConflictDoUpdate({ target: calendarFeedTokens.userId, set: { tokenHash, createdAt } });
  return { token };
}

/**
 * A user's private feed: the events they have a place or a waiting-list place at, created, or
 * speak at, that they may still read. The meeting link is in it where the event's page shows it to
 * them: registered (not waiting), organizing, or shown to everyone.
 */
export async function privateFeedIcs({ token, labels, baseUrl, now = new Date() }: { token: string; labels: (locale: string) => Promise<IcalLabels>; baseUrl: string; now?: Date }) {
  if (!tokenPattern.test(token)) throw new DomainError("notFound");
  const db = await getDb();
  const [owner] = await db
    .select({ id: users.id, locale: users.locale, status: users.status })
    .from(calendarFeedTokens)
    .innerJoin(users, eq(users.id, calendarFeedTokens.userId))
    .where(eq(calendarFeedTokens.tokenHash, hashToken(token)));
  if (!owner || owner.status !== "active") throw new DomainError("notFound");
  const rows = await db
    .select({
      ...rowColumns,
      registration: eventRegistrations.status,
      manages: sql<boolean>`${managesEvent(owner.id)}`,
    })
    .from(events)
    .leftJoin(communities, eq(communities.id, events.communityId))
    .leftJoin(eventRegistrations, and(eq(eventRegistrations.eventId, events.id), eq(eventRegistrations.userId, owner.id), inArray(eventRegistrations.status, ["registered", "waitlisted"])))
    .where(and(mineCondition(owner.id), eventsVisibleTo(owner.id), feedWindow(now)))
    .orderBy(asc(events.startsAt))
    .limit(feedLimit);
  const locale = owner.locale === "en" ? "en" : "ru";
  // As on the event's page (lib/events/queries.ts): organizers, the registered (not the waiting), or everyone when the organizer shows it.
  const feedRows = rows.map((r) => ({ ...r, showLink: !r.linkForRegistered || r.registration === "registered" || Boolean(r.manages) }));
  return { filename: "metodset.ics", content: buildCalendar({ rows: feedRows, labels: await labels(locale), baseUrl, locale }) };
}

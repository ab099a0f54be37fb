import "server-only";
import { and, arrayContains, asc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { communities, eventRegistrations, eventSpeakers, events } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { communityAccess, findCommunity } from "@/lib/communities/access";
import { DomainError } from "@/lib/errors";
import type { EventForm, EventFormat } from "@/lib/reference/events";
import { defaultTimeZone, isTimeZone } from "@/lib/reference/time-zones";
import { calendarQuerySchema, type CalendarQuery, type CalendarView } from "./calendar-query";
import { contentVisibleTo } from "@/lib/communities/feed-visibility";
import { eventsVisibleTo } from "./visibility";
import { addDays, addMonths, dayStart, daysBetween, localDays, startOfMonth, startOfWeek, toWallTime } from "./time";

/** One event as the calendar shows it; `days` are the viewer's local dates it covers inside the range. */
export type CalendarEntry = {
  id: string;
  title: string;
  form: EventForm;
  format: EventFormat;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  allDay: boolean;
  cancelled: boolean;
  community: { slug: string; name: string } | null;
  days: string[];
};

export type CalendarDay = { date: string; inPeriod: boolean; entries: CalendarEntry[] };

export type CalendarPage = {
  query: CalendarQuery;
  view: CalendarView;
  /** The viewer's zone: every date and time of the page is in it. */
  timeZone: string;
  anchor: string;
  today: string;
  /** The period shown (a month, a week), as local dates, both included. */
  from: string;
  to: string;
  previous: string;
  next: string;
  /** The month view's grid (whole weeks around the month), or the period's days. */
  days: CalendarDay[];
  /** Every event of the period in start order, each once (the list view). */
  entries: CalendarEntry[];
  /** The community filter; `guestReadable` when its feed may be subscribed to without signing in. */
  community: { slug: string; name: string; guestReadable: boolean } | null;
};

export type CalendarViewer = (Actor & { timeZone?: string }) | null;

/** Events that cover at least one day of the period; more than this many are cut (a calendar is not an export). */
export const calendarLimit = 1000;

/**
 * The calendar of educational events: a month, a week or a month's list, in the viewer's zone,
 * of the events the viewer may read (lib/events/visibility.ts), filtered by community (with its
 * sub-communities), form, subject, format and "mine" (registered, waiting, organizing or speaking).
 */
export async function listCalendar({ viewer, query, now = new Date() }: { viewer: CalendarViewer; query: unknown; now?: Date }): Promise<CalendarPage> {
  const filters = calendarQuerySchema.parse(query ?? {});
  const timeZone = viewer?.timeZone && isTimeZone(viewer.timeZone) ? viewer.timeZone : defaultTimeZone;
  const today = toWallTime(now, timeZone).date;
  const anchor = filters.date ?? today;
  const view = filters.view;

  const period = view === "week" ? { from: startOfWeek(anchor), to: addDays(startOfWeek(anchor), 6) } : { from: startOfMonth(anchor), to: addDays(addMonths(startOfMonth(anchor), 1), -1) };
  const gridFrom = view === "month" ? startOfWeek(period.from) : period.from;
  const gridTo = view === "month" ? addDays(startOfWeek(period.to), 6) : period.to;
  const step = (n: number) => (view === "week" ? addDays(anchor, 7 * n) : addMonths(anchor, n));

  const db = await getDb();
  let community: CalendarPage["community"] = null;
  const conditions: SQL[] = [eventsVisibleTo(viewer?.id ?? null)];
  if (filters.community) {
    const row = await findCommunity({ slug: filters.community }, db);
    const access = await communityAccess(viewer, row, db);
    if (!access.canSeeContent) throw new DomainError("notFound");
    community = { slug: row.slug, name: row.name, guestReadable: row.visibility === "public" };
    conditions.push(or(eq(events.communityId, row.id), sql`${events.communityId} in (select id from communities where ${arrayContains(communities.ancestorIds, [row.id])})`)!);
  }
  if (filters.form) conditions.push(eq(events.form, filters.form));
  if (filters.format) conditions.push(eq(events.format, filters.format));
  if (filters.subject) conditions.push(arrayContains(events.subjects, [filters.subject]));
  if (filters.mine) {
    if (!viewer) conditions.push(sql`false`);
    else conditions.push(mineCondition(viewer.id));
  }
  // All-day events keep their own zone's dates, which may lie a day off the viewer's: fetch a day wider.
  const fetchFrom = dayStart(addDays(gridFrom, -1), timeZone);
  const fetchTo = dayStart(addDays(gridTo, 2), timeZone);
  // starts < to and ends > from, as a range overlap: the span index bounds both ends.
  conditions.push(sql`tstzrange(${events.startsAt}, ${events.endsAt}) && tstzrange(${fetchFrom.toISOString()}::timestamptz, ${fetchTo.toISOString()}::timestamptz)`);

  const rows = await db
    .select({
      id: events.id,
      title: events.title,
      form: events.form,
      format: events.format,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      timeZone: events.timeZone,
      allDay: events.allDay,
      status: events.status,
      communitySlug: communities.slug,
      communityName: communities.name,
    })
    .from(events)
    .leftJoin(communities, eq(communities.id, events.communityId))
    .where(and(...conditions))
    .orderBy(asc(events.startsAt), asc(events.title), asc(events.id))
    .limit(calendarLimit);

  const entries: CalendarEntry[] = [];
  for (const r of rows) {
    const covered = coveredDays(r, timeZone);
    const entry: CalendarEntry = {
      id: r.id,
      title: r.title,
      form: r.form,
      format: r.format,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      timeZone: r.timeZone,
      allDay: r.allDay,
      cancelled: r.status === "cancelled",
      community: r.communitySlug && r.communityName ? { slug: r.communitySlug, name: r.communityName } : null,
      days: covered.filter((d) => d >= gridFrom && d <= gridTo),
    };
    if (entry.days.length > 0) entries.push(entry);
  }

  const byDay = new Map<string, CalendarEntry[]>();
  for (const e of entries) for (const d of e.days) byDay.set(d, [...(byDay.get(d) ?? []), e]);
  const days = daysBetween(gridFrom, gridTo).map((date) => ({ date, inPeriod: date >= period.from && date <= period.to, entries: byDay.get(date) ?? [] }));

  return {
    query: filters,
    view,
    timeZone,
    anchor,
    today,
    from: period.from,
    to: period.to,
    previous: step(-1),
    next: step(1),
    days,
    entries: entries.filter((e) => e.days.some((d) => d >= period.from && d <= period.to)),
    community,
  };
}

/**
 * The local dates an event covers: a timed event, the viewer's days from its start to the moment
 * before its end; an all-day event, its own dates (a date is a date wherever one looks at it).
 */
export function coveredDays(event: { startsAt: Date; endsAt: Date; timeZone: string; allDay: boolean }, viewerZone: string): string[] {
  const { first, last } = localDays(event.startsAt, event.endsAt, event.allDay ? event.timeZone : viewerZone, event.allDay);
  return daysBetween(first, last);
}

/** Events the user has a place or a waiting-list place at, created, or speaks at. */
export function mineCondition(userId: string): SQL {
  return or(
    eq(events.createdById, userId),
    inArray(
      events.id,
      sql`(select ${eventRegistrations.eventId} from ${eventRegistrations} where ${eventRegistrations.userId} = ${userId} and ${eventRegistrations.status} in ('registered', 'waitlisted'))`,
    ),
    inArray(events.id, sql`(select ${eventSpeakers.eventId} from ${eventSpeakers} where ${eventSpeakers.userId} = ${userId})`),
  )!;
}

/** The communities the calendar's filter offers: those the viewer sees with the events service on, parents before their sub-communities. */
export async function calendarCommunities({ viewer }: { viewer: CalendarViewer }): Promise<{ slug: string; name: string; depth: number }[]> {
  const db = await getDb();
  const rows = await db
    .select({ slug: communities.slug, name: communities.name, depth: sql<number>`cardinality(${communities.ancestorIds})`, path: communities.ancestorIds, id: communities.id })
    .from(communities)
    .where(and(isNull(communities.liquidatedAt), arrayContains(communities.services, ["events"]), contentVisibleTo(sql`${viewer?.id ?? null}::uuid`)))
    .orderBy(asc(communities.name))
    .limit(500);
  // Each sub-community right after its parent, in name order at every level.
  const children = new Map<string | null, typeof rows>();
  for (const r of rows) {
    const parent = r.path.at(-1) ?? null;
    const key = parent && rows.some((p) => p.id === parent) ? parent : null;
    children.set(key, [...(children.get(key) ?? []), r]);
  }
  const out: { slug: string; name: string; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const r of children.get(parent) ?? []) {
      out.push({ slug: r.slug, name: r.name, depth });
      walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

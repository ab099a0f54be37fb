import "server-only";
import { and, asc, count, eq, gt, gte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { communities, eventMaterials, eventRegistrations, events, eventSpeakers, materials, type Event, type EventRegistration } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/permissions";
import { publishedVisibleTo } from "@/lib/materials/visibility";
import { defaultTimeZone } from "@/lib/reference/time-zones";
import { canScheduleIn, readableEvent } from "./access";
import { toWallTime } from "./time";

export type EventPage = {
  event: Event;
  community: { id: string; slug: string; name: string } | null;
  speakers: { userId: string | null; name: string; about: string }[];
  /** Attached materials the viewer may read, in order. */
  materials: { id: string; title: string }[];
  /** Every attached material's id (the edit form keeps those the organizer cannot read too). */
  materialIdsAll: string[];
  /** The viewer's own registration row (any status), if any. */
  registration: EventRegistration | null;
  /** Organizers always; others only when registered if the organizer hides it. */
  showMeetingLink: boolean;
  access: { canManage: boolean; canRegister: boolean };
  /** The event has begun: results and recording may be shown and saved. */
  started: boolean;
  /** The zone to show times in: the viewer's own, the platform's default for guests. */
  viewerZone: string;
  /** The form's values for editing: the event's wall time in its own zone. */
  wall: { startDate: string; startTime: string; endDate: string; endTime: string; deadlineDate: string; deadlineTime: string };
};

type Viewer = (Actor & { timeZone?: string }) | null;

/** Everything the event page shows, for one viewer; unreadable or unknown: DomainError notFound. */
export async function getEventPage({ viewer, id, now = new Date() }: { viewer: Viewer; id: string; now?: Date }): Promise<EventPage> {
  const db = await getDb();
  const access = await readableEvent(viewer, id, db);
  const event = access.event;
  const [community, speakers, attached, allAttached, mine] = await Promise.all([
    event.communityId ? db.select({ id: communities.id, slug: communities.slug, name: communities.name }).from(communities).where(eq(communities.id, event.communityId)) : Promise.resolve([]),
    db.select({ userId: eventSpeakers.userId, name: eventSpeakers.name, about: eventSpeakers.about }).from(eventSpeakers).where(eq(eventSpeakers.eventId, id)).orderBy(asc(eventSpeakers.position)),
    db
      .select({ id: materials.id, title: materials.title })
      .from(eventMaterials)
      .innerJoin(materials, eq(materials.id, eventMaterials.materialId))
      .where(and(eq(eventMaterials.eventId, id), publishedVisibleTo(viewer?.id ?? null)))
      .orderBy(asc(eventMaterials.position)),
    db.select({ id: eventMaterials.materialId }).from(eventMaterials).where(eq(eventMaterials.eventId, id)).orderBy(asc(eventMaterials.position)),
    viewer ? db.select().from(eventRegistrations).where(and(eq(eventRegistrations.eventId, id), eq(eventRegistrations.userId, viewer.id))) : Promise.resolve([]),
  ]);
  const registration = mine[0] ?? null;
  const showMeetingLink = Boolean(event.meetingUrl) && (access.canManage || !event.linkForRegistered || registration?.status === "registered");
  const start = toWallTime(event.startsAt, event.timeZone);
  // An all-day event's last day is the day before its end instant; a timed one shows its end as is.
  const end = toWallTime(event.allDay ? new Date(event.endsAt.getTime() - 1) : event.endsAt, event.timeZone);
  const deadline = event.registrationDeadline ? toWallTime(event.registrationDeadline, event.timeZone) : null;
  return {
    event,
    community: community[0] ?? null,
    speakers,
    materials: attached,
    materialIdsAll: allAttached.map((m) => m.id),
    registration,
    showMeetingLink,
    access: { canManage: access.canManage, canRegister: access.canRegister },
    started: event.startsAt <= now,
    viewerZone: viewer?.timeZone ?? defaultTimeZone,
    wall: { startDate: start.date, startTime: event.allDay ? "" : start.time, endDate: end.date, endTime: event.allDay ? "" : end.time, deadlineDate: deadline?.date ?? "", deadlineTime: deadline?.time ?? "" },
  };
}

export type UpcomingEvent = Pick<Event, "id" | "title" | "form" | "format" | "startsAt" | "endsAt" | "timeZone" | "allDay">;

/** A community's next scheduled events (those not yet over), soonest first: its home page's "upcoming events". */
export async function upcomingInCommunity(communityId: string, limit = 3, now = new Date()): Promise<UpcomingEvent[]> {
  const db = await getDb();
  return db
    .select({ id: events.id, title: events.title, form: events.form, format: events.format, startsAt: events.startsAt, endsAt: events.endsAt, timeZone: events.timeZone, allDay: events.allDay })
    .from(events)
    .where(and(eq(events.communityId, communityId), eq(events.status, "scheduled"), gte(events.endsAt, now)))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(limit);
}

export type SchedulingChoice = { id: string; slug: string; name: string };

/**
 * Where the viewer may schedule: communities they organize with the events service on and not
 * archived (checked one by one through canScheduleIn), and whether platform-wide is theirs.
 */
export async function schedulingChoices(viewer: Actor): Promise<{ communities: SchedulingChoice[]; platform: boolean }> {
  const db = await getDb();
  const platform = can(viewer, "events.platform");
  // Candidates: communities with the service on where they hold a role, or that sit under one they lead; administrators: every one.
  const candidates = await db
    .select({ id: communities.id, slug: communities.slug, name: communities.name })
    .from(communities)
    .where(
      and(
        sql`'events' = any(${communities.services})`,
        platform || can(viewer, "communities.manage")
          ? sql`true`
          : sql`exists (select 1 from community_memberships m where m.user_id = ${viewer.id}::uuid and m.status = 'active' and m.role in ('leader', 'moderator') and (m.community_id = ${communities.id} or m.community_id = any(${communities.ancestorIds})))`,
      ),
    )
    .orderBy(asc(communities.name))
    .limit(200);
  const allowed = await Promise.all(candidates.map((c) => canScheduleIn(viewer, c.id, db)));
  return { communities: candidates.filter((_, i) => allowed[i]), platform };
}

/** The edit form's values: what the organizer typed, as the event's wall time in its own zone. */
export function formValues(page: EventPage) {
  const e = page.event;
  return {
    title: e.title,
    form: e.form,
    format: e.format,
    communityId: e.communityId ?? "",
    description: e.description,
    allDay: e.allDay,
    ...page.wall,
    timeZone: e.timeZone,
    place: e.place,
    meetingUrl: e.meetingUrl ?? "",
    linkForRegistered: e.linkForRegistered,
    capacity: e.capacity === null ? "" : String(e.capacity),
    audience: e.audience,
    subjects: e.subjects,
    hours: e.hours === null ? "" : String(Number(e.hours)),
    speakers: page.speakers.map((s) => (s.userId ? { userId: s.userId, name: s.name, about: s.about } : { name: s.name, about: s.about })),
    materialIds: page.materialIdsAll.join("\n"),
    recurrence: { frequency: "none" as const, interval: 1, count: 1 },
    scope: "this" as const,
  };
}

/** The later scheduled events of the event's series (what "this and the following" would change). */
export async function followingInSeries(event: { seriesId: string | null; startsAt: Date }): Promise<number> {
  if (!event.seriesId) return 0;
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(events)
    .where(and(eq(events.seriesId, event.seriesId), eq(events.status, "scheduled"), gt(events.startsAt, event.startsAt)));
  return row?.n ?? 0;
}

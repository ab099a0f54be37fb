import "server-only";
import { and, asc, count, eq, gt, inArray, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { eventMaterials, eventRegistrations, events, eventSeries, eventSpeakers, materials, users } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import { assertSignedIn, can, type Actor } from "@/lib/auth/permissions";
import { findCommunity, serviceOn } from "@/lib/communities/access";
import { fail, fromZod, ok, type Result } from "@/lib/errors";
import { deliverQueuedMail } from "@/lib/mail/send";
import { publishedVisibleTo } from "@/lib/materials/visibility";
import { notify } from "@/lib/notifications/notify";
import { canScheduleIn, readableEvent } from "./access";
import { promoteWaitlisted } from "./registrations";
import { cancelSchema, editScopeSchema, eventSchema, resultsSchema, type EventFields } from "./schemas";
import { addDays, addMonths, daysFrom, toWallTime } from "./time";

// Organizers' side of events (SPEC §4, issue 5 items 2, 3, 6): schedule an event or a series,
// change it, cancel it with a reason, publish results. Every call authorizes through ./access and
// writes in one transaction: a refusal writes nothing.

type Caller = { actor: Actor | null };

function parse(input: unknown): Result<EventFields> {
  const parsed = eventSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fromZod(parsed.error);
}

/** Why the caller may not schedule in that community (or platform-wide); ok when they may. */
async function schedulingRefusal(db: Executor, actor: Actor, communityId: string | null): Promise<Result> {
  if (!communityId) return can(actor, "events.platform") ? ok() : fail("invalid", { communityId: "platformOnlyAdmins" });
  const community = await findCommunity({ id: communityId }, db).catch(() => null);
  if (!community) return fail("invalid", { communityId: "invalid" });
  if (await canScheduleIn(actor, communityId, db)) return ok();
  if (!serviceOn(community, "events")) return fail("invalid", { communityId: "eventsOff" });
  return fail("invalid", { communityId: "notOrganizer" });
}

type SpeakerRow = { userId: string | null; name: string; about: string };

/** Speakers in order: registered users' names come from their accounts. */
async function speakerRows(db: Executor, fields: EventFields): Promise<Result<SpeakerRow[]>> {
  const ids = fields.speakers.flatMap((s) => (s.userId ? [s.userId] : []));
  const found = ids.length ? await db.select({ id: users.id, fullName: users.fullName }).from(users).where(and(inArray(users.id, ids), eq(users.status, "active"))) : [];
  const names = new Map(found.map((u) => [u.id, u.fullName]));
  if (ids.some((id) => !names.has(id))) return fail("invalid", { speakers: "speakerUnknown" });
  return ok(fields.speakers.map((s) => (s.userId ? { userId: s.userId, name: names.get(s.userId)!, about: s.about } : { userId: null, name: s.name, about: s.about })));
}

/** Attached materials: published and readable by the organizer. */
async function checkMaterials(db: Executor, actor: Actor, ids: string[]): Promise<Result> {
  if (ids.length === 0) return ok();
  const found = await db
    .select({ id: materials.id })
    .from(materials)
    .where(and(inArray(materials.id, ids), publishedVisibleTo(actor.id)));
  return found.length === ids.length ? ok() : fail("invalid", { materialIds: "materialUnknown" });
}

function columns(fields: EventFields) {
  return {
    form: fields.form,
    format: fields.format,
    title: fields.title,
    description: fields.description,
    startsAt: fields.startsAt,
    endsAt: fields.endsAt,
    timeZone: fields.timeZone,
    allDay: fields.allDay,
    place: fields.place,
    meetingUrl: fields.meetingUrl,
    linkForRegistered: fields.linkForRegistered,
    capacity: fields.capacity,
    registrationDeadline: fields.registrationDeadline,
    audience: fields.audience,
    subjects: fields.subjects,
    hours: fields.hours === null ? null : String(fields.hours),
  };
}

async function writeAttachments(db: Executor, eventId: string, speakers: SpeakerRow[], materialIds: string[]) {
  await db.delete(eventSpeakers).where(eq(eventSpeakers.eventId, eventId));
  await db.delete(eventMaterials).where(eq(eventMaterials.eventId, eventId));
  if (speakers.length) await db.insert(eventSpeakers).values(speakers.map((s, position) => ({ eventId, position, ...s })));
  if (materialIds.length) await db.insert(eventMaterials).values(materialIds.map((materialId, position) => ({ eventId, materialId, position })));
}

/**
 * The occurrences of a series, each re-parsed at its own dates (a wall time that a DST change
 * removes on one date refuses the series). Weekly: every `interval` weeks; monthly: the same day
 * every `interval` months (clamped to the month's end). End and deadline keep their distance in days.
 */
export function occurrences(fields: EventFields): Result<EventFields[]> {
  const { frequency, interval, count: times } = fields.recurrence;
  if (frequency === "none" || times === 1) return ok([fields]);
  const endOffset = daysFrom(fields.startDate, fields.endDate);
  const deadlineOffset = fields.deadlineDate ? daysFrom(fields.startDate, fields.deadlineDate) : null;
  const list: EventFields[] = [];
  for (let i = 0; i < times; i += 1) {
    const startDate = frequency === "weekly" ? addDays(fields.startDate, 7 * interval * i) : addMonths(fields.startDate, interval * i);
    const parsed = eventSchema.safeParse({ ...fields, startDate, endDate: addDays(startDate, endOffset), deadlineDate: deadlineOffset === null ? null : addDays(startDate, deadlineOffset) });
    if (!parsed.success) return fromZod(parsed.error);
    list.push(parsed.data);
  }
  return ok(list);
}

/** Schedules an event, or a series (one row per occurrence, all in one transaction). */
export async function createEvent({ actor, input }: Caller & { input: unknown }): Promise<Result<{ id: string; ids: string[] }>> {
  assertSignedIn(actor);
  const parsed = parse(input);
  if (!parsed.ok) return parsed;
  const fields = parsed.data;
  const db = await getDb();
  const refusal = await schedulingRefusal(db, actor, fields.communityId);
  if (!refusal.ok) return refusal;
  const dates = occurrences(fields);
  if (!dates.ok) return dates;
  const speakers = await speakerRows(db, fields);
  if (!speakers.ok) return speakers;
  const attached = await checkMaterials(db, actor, fields.materialIds);
  if (!attached.ok) return attached;
  return db.transaction(async (tx) => {
    let seriesId: string | null = null;
    if (dates.data.length > 1) {
      const [series] = await tx
        .insert(eventSeries)
        .values({ communityId: fields.communityId, frequency: fields.recurrence.frequency, interval: fields.recurrence.interval, count: dates.data.length, createdById: actor.id })
        .returning({ id: eventSeries.id });
      seriesId = series!.id;
    }
    const created = await tx
      .insert(events)
      .values(dates.data.map((occurrence) => ({ ...columns(occurrence), communityId: fields.communityId, seriesId, createdById: actor.id })))
      .returning({ id: events.id });
    for (const { id } of created) {
      await writeAttachments(tx, id, speakers.data, fields.materialIds);
      await logActivity(tx, { actorId: actor.id, verb: "event.created", objectType: "event", objectId: id, communityId: fields.communityId });
    }
    return ok({ id: created[0]!.id, ids: created.map((c) => c.id) });
  });
}

/** What editing "this and the following" carries to the later events of a series; each keeps its own date. */
function seriesColumns(fields: EventFields) {
  const { title, description, startsAt, endsAt, timeZone, allDay, place, meetingUrl, linkForRegistered, capacity, registrationDeadline, audience } = columns(fields);
  return { title, description, startsAt, endsAt, timeZone, allDay, place, meetingUrl, linkForRegistered, capacity, registrationDeadline, audience };
}

/** Whether `capacity` leaves room for everyone already registered. */
async function capacityHolds(tx: Executor, eventId: string, capacity: number | null): Promise<boolean> {
  if (capacity === null) return true;
  const [taken] = await tx
    .select({ n: count() })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "registered")));
  return taken!.n <= capacity;
}

/**
 * The organizer's change of one event; its community stays. With `scope: "following"` on an event
 * of a series, its title, description, times of day (and zone, all-day), place, link, capacity and
 * audience go to every later scheduled event of the series too, each on its own date (the end and
 * the deadline keep their distance in days), all or nothing. More places promote people from the
 * waiting list (./registrations promoteWaitlisted, told by bell and mail with links under `baseUrl`).
 */
export async function updateEvent({ actor, id, input, baseUrl = "" }: Caller & { id: string; input: unknown; baseUrl?: string }): Promise<Result<{ id: string; promoted: string[]; following: number }>> {
  assertSignedIn(actor);
  const db = await getDb();
  const access = await readableEvent(actor, id, db);
  if (!access.canManage) return fail("forbidden");
  if (access.event.status === "cancelled") return fail("alreadyCancelled");
  const scope = editScopeSchema.safeParse((input as { scope?: unknown } | null)?.scope);
  if (!scope.success) return fail("invalid", { scope: "invalid" });
  const parsed = parse({ ...(input as object), communityId: access.event.communityId, recurrence: undefined });
  if (!parsed.ok) return parsed;
  const fields = parsed.data;
  const speakers = await speakerRows(db, fields);
  if (!speakers.ok) return speakers;
  const attached = await checkMaterials(db, actor, fields.materialIds);
  if (!attached.ok) return attached;
  const { seriesId } = access.event;
  const result = await db.transaction(async (tx): Promise<Result<{ id: string; promoted: string[]; following: number }>> => {
    // The row locks order this change after (or before) any registration taking a place.
    await tx.select({ id: events.id }).from(events).where(eq(events.id, id)).for("update");
    if (!(await capacityHolds(tx, id, fields.capacity))) return fail("invalid", { capacity: "capacityBelowRegistered" });
    // Every later occurrence is checked before anything is written.
    const following: { id: string; fields: EventFields }[] = [];
    if (scope.data === "following" && seriesId) {
      const later = await tx
        .select({ id: events.id, startsAt: events.startsAt, timeZone: events.timeZone })
        .from(events)
        .where(and(eq(events.seriesId, seriesId), eq(events.status, "scheduled"), gt(events.startsAt, access.event.startsAt)))
        .orderBy(asc(events.startsAt))
        .for("update");
      const endOffset = daysFrom(fields.startDate, fields.endDate);
      const deadlineOffset = fields.deadlineDate ? daysFrom(fields.startDate, fields.deadlineDate) : null;
      for (const other of later) {
        const startDate = toWallTime(other.startsAt, other.timeZone).date;
        const occurrence = eventSchema.safeParse({ ...fields, startDate, endDate: addDays(startDate, endOffset), deadlineDate: deadlineOffset === null ? null : addDays(startDate, deadlineOffset) });
        if (!occurrence.success) return fromZod(occurrence.error);
        if (!(await capacityHolds(tx, other.id, fields.capacity))) return fail("invalid", { capacity: "capacityBelowRegistered" });
        following.push({ id: other.id, fields: occurrence.data });
      }
    }
    const [updated] = await tx
      .update(events)
      .set({ ...columns(fields), updatedAt: sql`now()` })
      .where(eq(events.id, id))
      .returning();
    await writeAttachments(tx, id, speakers.data, fields.materialIds);
    await logActivity(tx, { actorId: actor.id, verb: "event.updated", objectType: "event", objectId: id, communityId: access.event.communityId });
    const promoted = await promoteWaitlisted(tx, updated!, baseUrl);
    for (const other of following) {
      const [row] = await tx
        .update(events)
        .set({ ...seriesColumns(other.fields), updatedAt: sql`now()` })
        .where(eq(events.id, other.id))
        .returning();
      await logActivity(tx, { actorId: actor.id, verb: "event.updated", objectType: "event", objectId: other.id, communityId: access.event.communityId });
      promoted.push(...(await promoteWaitlisted(tx, row!, baseUrl)));
    }
    return ok({ id, promoted, following: following.length });
  });
  if (result.ok && result.data.promoted.length) deliverQueuedMail();
  return result;
}

/** Cancels an event with a reason; everyone registered or waiting is told in their bell. */
export async function cancelEvent({ actor, id, input }: Caller & { id: string; input: unknown }): Promise<Result> {
  assertSignedIn(actor);
  const db = await getDb();
  const access = await readableEvent(actor, id, db);
  if (!access.canManage) return fail("forbidden");
  const parsed = cancelSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  return db.transaction(async (tx) => {
    const [changed] = await tx
      .update(events)
      .set({ status: "cancelled", cancelReason: parsed.data.reason, updatedAt: sql`now()` })
      .where(and(eq(events.id, id), eq(events.status, "scheduled")))
      .returning({ id: events.id });
    if (!changed) return fail("alreadyCancelled");
    const people = await tx
      .select({ userId: eventRegistrations.userId })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, id), inArray(eventRegistrations.status, ["registered", "waitlisted"])));
    await notify(
      tx,
      people.map((p) => p.userId),
      { kind: "event.cancelled", params: { title: access.event.title, reason: parsed.data.reason }, link: `/events/${id}`, communityId: access.event.communityId },
    );
    await logActivity(tx, { actorId: actor.id, verb: "event.cancelled", objectType: "event", objectId: id, communityId: access.event.communityId });
    return ok();
  });
}

/** After the start: the recording link and the results (Markdown). */
export async function saveResults({ actor, id, input, now = new Date() }: Caller & { id: string; input: unknown; now?: Date }): Promise<Result> {
  assertSignedIn(actor);
  const db = await getDb();
  const access = await readableEvent(actor, id, db);
  if (!access.canManage) return fail("forbidden");
  const parsed = resultsSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  if (access.event.startsAt > now) return fail("notStarted");
  return db.transaction(async (tx) => {
    await tx
      .update(events)
      .set({ recordingUrl: parsed.data.recordingUrl, results: parsed.data.results, updatedAt: sql`now()` })
      .where(eq(events.id, id));
    await logActivity(tx, { actorId: actor.id, verb: "event.results", objectType: "event", objectId: id, communityId: access.event.communityId });
    return ok();
  });
}

import "server-only";
import { and, count, eq, inArray, sql } from "drizzle-orm";
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
import { cancelSchema, eventSchema, resultsSchema, type EventFields } from "./schemas";
import { addDays, addMonths } from "./time";

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

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The occurrences of a series, each re-parsed at its own dates (a wall time that a DST change
 * removes on one date refuses the series). Weekly: every `interval` weeks; monthly: the same day
 * every `interval` months (clamped to the month's end). End and deadline keep their distance in days.
 */
export function occurrences(fields: EventFields): Result<EventFields[]> {
  const { frequency, interval, count: times } = fields.recurrence;
  if (frequency === "none" || times === 1) return ok([fields]);
  const endOffset = daysBetween(fields.startDate, fields.endDate);
  const deadlineOffset = fields.deadlineDate ? daysBetween(fields.startDate, fields.deadlineDate) : null;
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

/**
 * The organizer's change of one event (one occurrence of a series); its community stays. More
 * places promote people from the waiting list (./registrations promoteWaitlisted, told by bell and
 * mail with links under `baseUrl`).
 */
export async function updateEvent({ actor, id, input, baseUrl = "" }: Caller & { id: string; input: unknown; baseUrl?: string }): Promise<Result<{ id: string; promoted: string[] }>> {
  assertSignedIn(actor);
  const db = await getDb();
  const access = await readableEvent(actor, id, db);
  if (!access.canManage) return fail("forbidden");
  if (access.event.status === "cancelled") return fail("alreadyCancelled");
  const parsed = parse({ ...(input as object), communityId: access.event.communityId, recurrence: undefined });
  if (!parsed.ok) return parsed;
  const fields = parsed.data;
  const speakers = await speakerRows(db, fields);
  if (!speakers.ok) return speakers;
  const attached = await checkMaterials(db, actor, fields.materialIds);
  if (!attached.ok) return attached;
  const result = await db.transaction(async (tx) => {
    // The row lock orders this change after (or before) any registration taking a place.
    await tx.select({ id: events.id }).from(events).where(eq(events.id, id)).for("update");
    if (fields.capacity !== null) {
      const [taken] = await tx
        .select({ n: count() })
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.eventId, id), eq(eventRegistrations.status, "registered")));
      if (taken!.n > fields.capacity) return fail("invalid", { capacity: "capacityBelowRegistered" });
    }
    const [updated] = await tx
      .update(events)
      .set({ ...columns(fields), updatedAt: sql`now()` })
      .where(eq(events.id, id))
      .returning();
    await writeAttachments(tx, id, speakers.data, fields.materialIds);
    await logActivity(tx, { actorId: actor.id, verb: "event.updated", objectType: "event", objectId: id, communityId: access.event.communityId });
    const promoted = await promoteWaitlisted(tx, updated!, baseUrl);
    return ok({ id, promoted });
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

import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { eventRegistrations, events, organizations, users, type Event } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { DomainError, fail, fromZod, ok, type Result } from "@/lib/errors";
import { queueMailToUsers } from "@/lib/mail/bulk";
import { deliverQueuedMail } from "@/lib/mail/send";
import { notifyAll } from "@/lib/notifications/notify";
import type { RegistrationStatus } from "@/lib/reference/events";
import { eventAccess, readableEvent, type EventAccess } from "./access";
import { attendanceSchema, registrantMessageSchema } from "./registration-schemas";

// Registration for an event (SPEC §4, issue 5 item 5): a place while there is one, else the
// waiting list in order of queuedAt; cancelling promotes the next person. Every write locks the
// event row first (select … for update), so concurrent registrations queue up behind each other
// and the count of places taken is always read after the previous registration committed.

type Caller = { actor: Actor | null; eventId: string };

const idSchema = z.uuid();

/** Why a signed-in reader cannot take a place now; null when they can. The order is the one the panel explains. */
export function registrationRefusal(access: EventAccess, now = new Date()): string | null {
  const { event, community } = access;
  if (event.status === "cancelled") return "eventCancelled";
  if (now >= event.startsAt) return "eventStarted";
  if (event.registrationDeadline && now > event.registrationDeadline) return "deadlinePassed";
  if (access.canRegister) return null;
  if (community && event.audience === "members" && !community.isMember && !community.isModerator) return "membersOnly";
  return "registrationClosed";
}

/** Opens a transaction holding the event row's lock, with the caller's access computed inside it. */
async function withLockedEvent<T>(actor: Actor | null, eventId: string, work: (tx: Executor, access: EventAccess) => Promise<T>): Promise<T> {
  if (!idSchema.safeParse(eventId).success) throw new DomainError("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [event] = await tx.select().from(events).where(eq(events.id, eventId)).for("update");
    if (!event) throw new DomainError("notFound");
    const access = await eventAccess(actor, event, tx);
    if (!access.canRead) throw new DomainError("notFound");
    return work(tx, access);
  });
}

async function takenPlaces(tx: Executor, eventId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "registered")));
  return row?.n ?? 0;
}

/** Takes a place, or a place on the waiting list when the event is full. */
export async function registerForEvent({ actor, eventId }: Caller): Promise<Result<{ status: Exclude<RegistrationStatus, "cancelled"> }>> {
  assertSignedIn(actor);
  const result = await withLockedEvent(actor, eventId, async (tx, access) => {
    const { event } = access;
    const refusal = registrationRefusal(access);
    if (refusal) return fail(refusal);
    const [existing] = await tx
      .select({ id: eventRegistrations.id, status: eventRegistrations.status })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.userId, actor.id)));
    if (existing && existing.status !== "cancelled") return fail("alreadyRegistered");
    const status: "registered" | "waitlisted" = event.capacity === null || (await takenPlaces(tx, event.id)) < event.capacity ? "registered" : "waitlisted";
    const now = new Date();
    // Registering again after cancelling puts the person at the end of the queue.
    if (existing) {
      await tx.update(eventRegistrations).set({ status, queuedAt: now, attended: false, attendanceMarkedAt: null, updatedAt: now }).where(eq(eventRegistrations.id, existing.id));
    } else {
      await tx.insert(eventRegistrations).values({ eventId: event.id, userId: actor.id, status, queuedAt: now });
    }
    if (status === "registered") await logActivity(tx, { actorId: actor.id, verb: "event.registered", objectType: "event", objectId: event.id, communityId: event.communityId });
    return ok({ status });
  });
  deliverQueuedMail();
  return result;
}

/** Gives up a place (or a place in the queue); a freed place goes to the first in the queue. */
export async function cancelRegistration({ actor, eventId, baseUrl }: Caller & { baseUrl: string }): Promise<Result<{ promoted: string[] }>> {
  assertSignedIn(actor);
  const result = await withLockedEvent(actor, eventId, async (tx, access) => {
    const { event } = access;
    const [existing] = await tx
      .select({ id: eventRegistrations.id, status: eventRegistrations.status })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.userId, actor.id)));
    if (!existing || existing.status === "cancelled") return fail("notRegistered");
    if (new Date() >= event.startsAt) return fail("eventStarted");
    await tx.update(eventRegistrations).set({ status: "cancelled", attended: false, attendanceMarkedAt: null, updatedAt: new Date() }).where(eq(eventRegistrations.id, existing.id));
    await logActivity(tx, { actorId: actor.id, verb: "event.cancelled_registration", objectType: "event", objectId: event.id, communityId: event.communityId });
    const promoted = existing.status === "registered" ? await promoteWaitlisted(tx, event, baseUrl) : [];
    return ok({ promoted });
  });
  deliverQueuedMail();
  return result;
}

/**
 * Fills free places from the waiting list in order of queuedAt and tells each promoted person
 * (bell and mail). Call inside a transaction that holds the event row's lock — also after the
 * capacity is raised. Returns the promoted users' ids.
 */
export async function promoteWaitlisted(tx: Executor, event: Event, baseUrl: string): Promise<string[]> {
  if (event.status !== "scheduled") return [];
  const free = event.capacity === null ? null : event.capacity - (await takenPlaces(tx, event.id));
  if (free !== null && free <= 0) return [];
  const queue = tx
    .select({ id: eventRegistrations.id, userId: eventRegistrations.userId })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.status, "waitlisted")))
    .orderBy(asc(eventRegistrations.queuedAt), asc(eventRegistrations.id));
  const next = free === null ? await queue : await queue.limit(free);
  if (next.length === 0) return [];
  const userIds = next.map((row) => row.userId);
  await tx
    .update(eventRegistrations)
    .set({ status: "registered", updatedAt: new Date() })
    .where(inArray(eventRegistrations.id, next.map((row) => row.id)));
  const link = `/events/${event.id}`;
  const recipients = sql`select unnest(array[${sql.join(userIds.map((id) => sql`${id}`), sql`, `)}]::uuid[])`;
  await notifyAll(tx, recipients, { kind: "event.promoted", params: { title: event.title }, link, communityId: event.communityId });
  await queueMailToUsers(tx, recipients, "eventPromoted", (locale) => ({ title: event.title, link: `${baseUrl}/${locale}${link}` }));
  for (const userId of userIds) await logActivity(tx, { actorId: userId, verb: "event.registered", objectType: "event", objectId: event.id, communityId: event.communityId });
  return userIds;
}

export type ViewerRegistration = {
  access: EventAccess;
  /** null: not registered (or cancelled). */
  status: Exclude<RegistrationStatus, "cancelled"> | null;
  /** 1-based place in the waiting list, for a waitlisted viewer. */
  queuePosition: number | null;
  taken: number;
  waiting: number;
  /** null: no capacity limit. */
  placesLeft: number | null;
  /** Why the viewer cannot register now (null: they can, or they are already registered). */
  refusal: string | null;
};

/** What the registration panel shows one viewer (a guest too: refusal "signIn"). */
export async function viewerRegistration({ actor, eventId }: Caller): Promise<ViewerRegistration> {
  const db = await getDb();
  const access = await readableEvent(actor, eventId, db);
  const { event } = access;
  const [counts] = await db
    .select({
      taken: sql<number>`count(*) filter (where ${eventRegistrations.status} = 'registered')::int`,
      waiting: sql<number>`count(*) filter (where ${eventRegistrations.status} = 'waitlisted')::int`,
    })
    .from(eventRegistrations)
    .where(eq(eventRegistrations.eventId, event.id));
  const taken = counts?.taken ?? 0;
  const waiting = counts?.waiting ?? 0;
  let status: ViewerRegistration["status"] = null;
  let queuePosition: number | null = null;
  if (actor) {
    const [own] = await db
      .select({ id: eventRegistrations.id, status: eventRegistrations.status, queuedAt: eventRegistrations.queuedAt })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.userId, actor.id)));
    if (own && own.status !== "cancelled") status = own.status;
    if (own?.status === "waitlisted") {
      const [ahead] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.status, "waitlisted"), sql`(${eventRegistrations.queuedAt}, ${eventRegistrations.id}) < (${own.queuedAt.toISOString()}::timestamptz, ${own.id}::uuid)`));
      queuePosition = (ahead?.n ?? 0) + 1;
    }
  }
  const refusal = status ? null : actor ? registrationRefusal(access) : "signIn";
  return { access, status, queuePosition, taken, waiting, placesLeft: event.capacity === null ? null : Math.max(0, event.capacity - taken), refusal };
}

export type Participant = {
  userId: string;
  fullName: string;
  organization: string;
  status: Exclude<RegistrationStatus, "cancelled">;
  attended: boolean;
  queuedAt: Date;
};

/** Loads the event for its organizers only; others who may read it are refused, the rest do not see it. */
async function managedEvent(actor: Actor | null, eventId: string, db: Executor): Promise<EventAccess> {
  assertSignedIn(actor);
  const access = await readableEvent(actor, eventId, db);
  if (!access.canManage) throw new DomainError("forbidden");
  return access;
}

/**
 * The list for organizers: the registered, then the waiting list, each in queue order. Contacts
 * are left out on purpose (SECURITY.md 17: never shown to other users, organizers included).
 */
export async function listParticipants({ actor, eventId }: Caller): Promise<{ access: EventAccess; participants: Participant[] }> {
  const db = await getDb();
  const access = await managedEvent(actor, eventId, db);
  const rows = await db
    .select({
      userId: eventRegistrations.userId,
      fullName: users.fullName,
      organizationName: organizations.name,
      organizationShort: organizations.shortName,
      status: eventRegistrations.status,
      attended: eventRegistrations.attended,
      queuedAt: eventRegistrations.queuedAt,
    })
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(and(eq(eventRegistrations.eventId, access.event.id), inArray(eventRegistrations.status, ["registered", "waitlisted"])))
    .orderBy(sql`case when ${eventRegistrations.status} = 'registered' then 0 else 1 end`, asc(eventRegistrations.queuedAt), asc(eventRegistrations.id));
  const participants = rows.map((row) => ({
    userId: row.userId,
    fullName: row.fullName,
    organization: row.organizationShort || row.organizationName || "",
    status: row.status as Participant["status"],
    attended: row.attended,
    queuedAt: row.queuedAt,
  }));
  return { access, participants };
}

/** Saves attendance for the whole list at once: those in `present` came, every other registered person did not. */
export async function markAttendance({ actor, eventId, input }: Caller & { input: unknown }): Promise<Result<{ attended: number }>> {
  assertSignedIn(actor);
  const parsed = attendanceSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const present = [...new Set(parsed.data.present)];
  return withLockedEvent(actor, eventId, async (tx, access) => {
    if (!access.canManage) throw new DomainError("forbidden");
    const { event } = access;
    if (new Date() < event.startsAt) return fail("notStartedYet");
    const registered = await tx
      .select({ userId: eventRegistrations.userId, attended: eventRegistrations.attended })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.status, "registered")));
    const registeredIds = new Set(registered.map((row) => row.userId));
    if (present.some((id) => !registeredIds.has(id))) return fail("notAParticipant");
    const presentSet = new Set(present);
    const now = new Date();
    const newlyPresent = registered.filter((row) => presentSet.has(row.userId) && !row.attended).map((row) => row.userId);
    const noLongerPresent = registered.filter((row) => !presentSet.has(row.userId) && row.attended).map((row) => row.userId);
    if (newlyPresent.length > 0) {
      await tx
        .update(eventRegistrations)
        .set({ attended: true, attendanceMarkedAt: now, updatedAt: now })
        .where(and(eq(eventRegistrations.eventId, event.id), inArray(eventRegistrations.userId, newlyPresent)));
    }
    if (noLongerPresent.length > 0) {
      await tx
        .update(eventRegistrations)
        .set({ attended: false, attendanceMarkedAt: now, updatedAt: now })
        .where(and(eq(eventRegistrations.eventId, event.id), inArray(eventRegistrations.userId, noLongerPresent)));
    }
    // The attendee is the actor of "attended": the report counts people who took part.
    for (const userId of newlyPresent) await logActivity(tx, { actorId: userId, verb: "event.attended", objectType: "event", objectId: event.id, communityId: event.communityId });
    return ok({ attended: present.length });
  });
}

/** A message from the organizers to everyone registered (and, if asked, the waiting list): bell and mail. */
export async function messageRegistrants({ actor, eventId, input, baseUrl }: Caller & { input: unknown; baseUrl: string }): Promise<Result<{ recipients: number }>> {
  assertSignedIn(actor);
  const db = await getDb();
  const access = await managedEvent(actor, eventId, db);
  const parsed = registrantMessageSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { subject, body, includeWaitlisted } = parsed.data;
  const { event } = access;
  const statuses: RegistrationStatus[] = includeWaitlisted ? ["registered", "waitlisted"] : ["registered"];
  const recipients = sql`select ${eventRegistrations.userId} from ${eventRegistrations} where ${eventRegistrations.eventId} = ${event.id} and ${eventRegistrations.status}::text in (${sql.join(statuses.map((s) => sql`${s}`), sql`, `)})`;
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(sql`(${recipients}) as r`);
  if (!count || count.n === 0) return fail("noRecipients");
  const link = `/events/${event.id}`;
  await db.transaction(async (tx) => {
    await notifyAll(tx, recipients, { kind: "event.message", params: { title: event.title, subject }, link, communityId: event.communityId });
    await queueMailToUsers(tx, recipients, "eventMessage", (locale) => ({ title: event.title, subject, body, link: `${baseUrl}/${locale}${link}` }));
    await logActivity(tx, { actorId: actor.id, verb: "event.messaged", objectType: "event", objectId: event.id, communityId: event.communityId });
  });
  deliverQueuedMail();
  return ok({ recipients: count.n });
}

import "server-only";
import { randomBytes } from "node:crypto";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { certificates, communities, eventRegistrations, events, eventSpeakers, users, type Event } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import { assertSignedIn, can, type Actor } from "@/lib/auth/permissions";
import { DomainError, fail, fromZod, ok, type Result } from "@/lib/errors";
import { queueMailToUsers } from "@/lib/mail/bulk";
import { deliverQueuedMail } from "@/lib/mail/send";
import { notify, notifyAll } from "@/lib/notifications/notify";
import type { CertificateRole, EventForm } from "@/lib/reference/events";
import { eventAccess, readableEvent } from "./access";
import { revokeCertificateSchema } from "./schemas";

// Participation certificates (SPEC §4, issue 5 item 7): organizers issue them in bulk once the
// event has begun — to those marked present and to registered speakers; contests add winners with
// their place. Each has a public number ("MS-2026-7KQ3-M9ZD") that anyone checks on the
// verification page, which shows nothing personal beyond the name printed on the certificate.

/** Crockford's base32: no I, L, O, U, so a number read aloud or retyped is not misread. */
const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const idSchema = z.uuid();
const numberPattern = /^MS-\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** A fresh number: the year of issue and 40 random bits (a guess hits one of a million certificates once in a million tries). */
export function newCertificateNumber(issuedAt = new Date()): string {
  const bytes = randomBytes(8);
  const code = Array.from({ length: 8 }, (_, i) => crockford[bytes[i]! & 31]).join("");
  return `MS-${issuedAt.getUTCFullYear()}-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a person typed, as the number it means: spaces and case ignored, Crockford's look-alikes (O, I, L) read as digits; null if it cannot be a number. */
export function normaliseCertificateNumber(input: string): string | null {
  const compact = input.trim().toUpperCase().replace(/\s+/g, "").replace(/[‐-―]/g, "-");
  const match = /^MS-(\d{4})-([0-9A-Z]{4})-([0-9A-Z]{4})$/.exec(compact);
  if (!match) return null;
  const code = `${match[2]}-${match[3]}`.replace(/O/g, "0").replace(/[IL]/g, "1");
  const number = `MS-${match[1]}-${code}`;
  return numberPattern.test(number) ? number : null;
}

type Recipient = { userId: string; fullName: string; role: CertificateRole; place: number | null };

/** Numbers not yet taken: drawn again on the (astronomically rare) clash with an existing one. */
async function freshNumbers(tx: Executor, count: number, issuedAt: Date): Promise<string[]> {
  const numbers = new Set<string>();
  while (numbers.size < count) {
    const drawn = Array.from({ length: count - numbers.size }, () => newCertificateNumber(issuedAt)).filter((n) => !numbers.has(n));
    const taken = drawn.length ? await tx.select({ number: certificates.number }).from(certificates).where(inArray(certificates.number, drawn)) : [];
    const clash = new Set(taken.map((row) => row.number));
    for (const n of drawn) if (!clash.has(n)) numbers.add(n);
  }
  return [...numbers];
}

/**
 * Writes the certificates that are not there yet (the unique index on event, person and role keeps
 * the ones already issued), then tells each new holder by bell and mail and logs the issue with the
 * community id. Inside the caller's transaction. Returns how many were new.
 */
async function issue(tx: Executor, actor: Actor, event: Event, recipients: Recipient[], baseUrl: string): Promise<number> {
  if (recipients.length === 0) return 0;
  const issuedAt = new Date();
  const numbers = await freshNumbers(tx, recipients.length, issuedAt);
  const created = await tx
    .insert(certificates)
    .values(recipients.map((r, i) => ({ number: numbers[i]!, eventId: event.id, userId: r.userId, role: r.role, fullName: r.fullName, eventTitle: event.title, hours: event.hours, place: r.place, issuedById: actor.id, issuedAt })))
    .onConflictDoNothing({ target: [certificates.eventId, certificates.userId, certificates.role] })
    .returning({ userId: certificates.userId });
  const holders = [...new Set(created.flatMap((row) => (row.userId ? [row.userId] : [])))];
  if (holders.length === 0) return 0;
  const link = "/profile#certificates";
  const ids = sql`select unnest(array[${sql.join(holders.map((id) => sql`${id}`), sql`, `)}]::uuid[])`;
  await notifyAll(tx, ids, { kind: "event.certificateIssued", params: { title: event.title }, link, communityId: event.communityId });
  await queueMailToUsers(tx, ids, "certificateIssued", (locale) => ({ title: event.title, link: `${baseUrl}/${locale}${link}` }));
  await logActivity(tx, { actorId: actor.id, verb: "event.certificates_issued", objectType: "event", objectId: event.id, communityId: event.communityId });
  return created.length;
}

/** Locks the event (concurrent issues and revocations queue up) and checks the organizer. */
async function lockedForOrganizer(tx: Executor, actor: Actor, eventId: string): Promise<Event> {
  if (!idSchema.safeParse(eventId).success) throw new DomainError("notFound");
  const [event] = await tx.select().from(events).where(eq(events.id, eventId)).for("update");
  if (!event) throw new DomainError("notFound");
  const access = await eventAccess(actor, event, tx);
  if (!access.canRead) throw new DomainError("notFound");
  if (!access.canManage) throw new DomainError("forbidden");
  return event;
}

/** As lockedForOrganizer, and refuses a cancelled event. */
async function lockedForIssue(tx: Executor, actor: Actor, eventId: string): Promise<Result<Event>> {
  const event = await lockedForOrganizer(tx, actor, eventId);
  if (event.status === "cancelled") return fail("eventCancelled");
  return ok(event);
}

export type IssueCounts = { issued: number; alreadyHad: number };

/**
 * The organizers' bulk issue, once the event has begun: a "participant" certificate for everyone
 * marked present, a "speaker" one for every speaker with an account. Issuing again adds only the
 * missing ones (attendance marked later, a speaker added).
 */
export async function issueCertificates({ actor, eventId, baseUrl, now = new Date() }: { actor: Actor | null; eventId: string; baseUrl: string; now?: Date }): Promise<Result<IssueCounts>> {
  assertSignedIn(actor);
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const locked = await lockedForIssue(tx, actor, eventId);
    if (!locked.ok) return locked;
    const event = locked.data;
    if (now < event.startsAt) return fail("notStartedYet");
    const [attendees, speakers] = await Promise.all([
      tx
        .select({ userId: users.id, fullName: users.fullName })
        .from(eventRegistrations)
        .innerJoin(users, eq(users.id, eventRegistrations.userId))
        .where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.status, "registered"), eq(eventRegistrations.attended, true), sql`${users.status} <> 'deleted'`)),
      tx
        .selectDistinct({ userId: users.id, fullName: users.fullName })
        .from(eventSpeakers)
        .innerJoin(users, eq(users.id, eventSpeakers.userId))
        .where(and(eq(eventSpeakers.eventId, event.id), sql`${users.status} <> 'deleted'`)),
    ]);
    const wanted: Recipient[] = [...attendees.map((p) => ({ ...p, role: "participant" as const, place: null })), ...speakers.map((p) => ({ ...p, role: "speaker" as const, place: null }))];
    if (wanted.length === 0) return fail("noRecipients");
    const had = await tx.select({ userId: certificates.userId, role: certificates.role }).from(certificates).where(eq(certificates.eventId, event.id));
    const hadKeys = new Set(had.map((c) => `${c.userId}:${c.role}`));
    const missing = wanted.filter((r) => !hadKeys.has(`${r.userId}:${r.role}`));
    const issued = await issue(tx, actor, event, missing, baseUrl);
    return ok({ issued, alreadyHad: wanted.length - issued });
  });
  deliverQueuedMail();
  return result;
}

/**
 * Winners' certificates with their prize place, for the contest's results (inside the caller's
 * transaction, which then delivers the queued mail). The event's organizers only; a person who
 * already holds a winner's certificate of the event keeps it.
 */
export async function issueWinnerCertificates(
  tx: Executor,
  actor: Actor | null,
  eventId: string,
  winners: { userId: string; place: number }[],
  baseUrl: string,
): Promise<Result<IssueCounts>> {
  assertSignedIn(actor);
  const locked = await lockedForIssue(tx, actor, eventId);
  if (!locked.ok) return locked;
  const event = locked.data;
  if (winners.some((w) => !Number.isInteger(w.place) || w.place < 1 || w.place > 100) || new Set(winners.map((w) => w.userId)).size !== winners.length) return fail("invalid");
  if (winners.length === 0) return ok({ issued: 0, alreadyHad: 0 });
  const people = await tx
    .select({ userId: users.id, fullName: users.fullName })
    .from(users)
    .where(and(inArray(users.id, winners.map((w) => w.userId)), sql`${users.status} <> 'deleted'`));
  if (people.length !== winners.length) return fail("invalid");
  const names = new Map(people.map((p) => [p.userId, p.fullName]));
  const issued = await issue(tx, actor, event, winners.map((w) => ({ userId: w.userId, fullName: names.get(w.userId)!, role: "winner", place: w.place })), baseUrl);
  return ok({ issued, alreadyHad: winners.length - issued });
}

/**
 * Revokes a certificate issued in error (the event's organizers, with a reason of 3..500 characters):
 * it stays on record, the public check says «отозван», its PDF is no longer given out, and issuing
 * again does not bring it back (the person counts as already having it). The holder is told by bell.
 */
export async function revokeCertificate({ actor, eventId, input }: { actor: Actor | null; eventId: string; input: unknown }): Promise<Result> {
  assertSignedIn(actor);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const event = await lockedForOrganizer(tx, actor, eventId);
    const parsed = revokeCertificateSchema.safeParse(input);
    if (!parsed.success) return fromZod(parsed.error);
    const { certificateId, reason } = parsed.data;
    const [certificate] = await tx.select().from(certificates).where(eq(certificates.id, certificateId));
    if (!certificate || certificate.eventId !== event.id) return fail("notThisEvent");
    if (certificate.revokedAt) return fail("alreadyRevoked");
    await tx.update(certificates).set({ revokedAt: new Date() }).where(eq(certificates.id, certificate.id));
    if (certificate.userId) {
      await notify(tx, [certificate.userId], {
        kind: "event.certificateRevoked",
        params: { title: certificate.eventTitle, number: certificate.number, reason },
        link: "/profile#certificates",
        communityId: event.communityId,
      });
    }
    await logActivity(tx, { actorId: actor.id, verb: "event.certificate_revoked", objectType: "certificate", objectId: certificate.id, communityId: event.communityId });
    return ok();
  });
}

export type CertificateCheck =
  | {
      found: true;
      number: string;
      fullName: string;
      eventTitle: string;
      role: CertificateRole;
      hours: number | null;
      place: number | null;
      issuedAt: Date;
      revoked: boolean;
      event: { startsAt: Date; endsAt: Date; timeZone: string; allDay: boolean };
      /** null: a platform-wide event. */
      communityName: string | null;
    }
  | { found: false; number: string };

/** The public check of a number: what the certificate says, or "not found" for a malformed, forged or unknown one. */
export async function verifyCertificate(input: string): Promise<CertificateCheck> {
  const number = normaliseCertificateNumber(input);
  if (!number) return { found: false, number: input.trim().slice(0, 40) };
  const db = await getDb();
  const [row] = await db
    .select({
      number: certificates.number,
      fullName: certificates.fullName,
      eventTitle: certificates.eventTitle,
      role: certificates.role,
      hours: certificates.hours,
      place: certificates.place,
      issuedAt: certificates.issuedAt,
      revokedAt: certificates.revokedAt,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      timeZone: events.timeZone,
      allDay: events.allDay,
      communityName: communities.name,
    })
    .from(certificates)
    .innerJoin(events, eq(events.id, certificates.eventId))
    .leftJoin(communities, eq(communities.id, events.communityId))
    .where(eq(certificates.number, number));
  if (!row) return { found: false, number };
  const { startsAt, endsAt, timeZone, allDay, revokedAt, hours, ...rest } = row;
  return { found: true, ...rest, hours: hours === null ? null : Number(hours), revoked: revokedAt !== null, event: { startsAt, endsAt, timeZone, allDay } };
}

export type CertificateItem = {
  id: string;
  number: string;
  eventId: string;
  eventTitle: string;
  fullName: string;
  role: CertificateRole;
  place: number | null;
  hours: number | null;
  issuedAt: Date;
  revoked: boolean;
};

const itemColumns = {
  id: certificates.id,
  number: certificates.number,
  eventId: certificates.eventId,
  eventTitle: certificates.eventTitle,
  fullName: certificates.fullName,
  role: certificates.role,
  place: certificates.place,
  hours: certificates.hours,
  issuedAt: certificates.issuedAt,
  revokedAt: certificates.revokedAt,
};

function item({ hours, revokedAt, ...row }: { hours: string | null; revokedAt: Date | null } & Omit<CertificateItem, "hours" | "revoked">): CertificateItem {
  return { ...row, hours: hours === null ? null : Number(hours), revoked: revokedAt !== null };
}

/** The signed-in person's own certificates, newest first (the profile's «Мои сертификаты»). */
export async function myCertificates({ actor, eventId }: { actor: Actor | null; eventId?: string }): Promise<CertificateItem[]> {
  assertSignedIn(actor);
  const db = await getDb();
  const rows = await db
    .select(itemColumns)
    .from(certificates)
    .where(and(eq(certificates.userId, actor.id), eventId ? eq(certificates.eventId, eventId) : undefined))
    .orderBy(desc(certificates.issuedAt), asc(certificates.role));
  return rows.map(item);
}

/** The certificates issued for one event, for its organizers (by name). */
export async function eventCertificates({ actor, eventId }: { actor: Actor | null; eventId: string }): Promise<CertificateItem[]> {
  assertSignedIn(actor);
  const db = await getDb();
  const access = await readableEvent(actor, eventId, db);
  if (!access.canManage) throw new DomainError("forbidden");
  const rows = await db.select(itemColumns).from(certificates).where(eq(certificates.eventId, eventId)).orderBy(asc(certificates.role), asc(certificates.fullName));
  return rows.map(item);
}

export type CertificateDocument = CertificateItem & {
  form: EventForm;
  event: { startsAt: Date; endsAt: Date; timeZone: string; allDay: boolean };
  communityName: string | null;
};

/** One certificate for its PDF: its holder, the event's organizers, or an administrator; anyone else, or a revoked certificate: not found. */
export async function certificateForDownload({ actor, id }: { actor: Actor | null; id: string }): Promise<CertificateDocument> {
  assertSignedIn(actor);
  if (!idSchema.safeParse(id).success) throw new DomainError("notFound");
  const db = await getDb();
  const [row] = await db
    .select({ certificate: itemColumns, userId: certificates.userId, event: events, communityName: communities.name })
    .from(certificates)
    .innerJoin(events, eq(events.id, certificates.eventId))
    .leftJoin(communities, eq(communities.id, events.communityId))
    .where(eq(certificates.id, id));
  if (!row) throw new DomainError("notFound");
  const { event } = row;
  if (row.certificate.revokedAt) throw new DomainError("notFound");
  const allowed = row.userId === actor.id || can(actor, "events.certificates") || (await eventAccess(actor, event, db)).canManage;
  if (!allowed) throw new DomainError("notFound");
  return { ...item(row.certificate), form: event.form, event: { startsAt: event.startsAt, endsAt: event.endsAt, timeZone: event.timeZone, allDay: event.allDay }, communityName: row.communityName };
}

import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { contestEntries, contestJurors, contestSettings, eventRegistrations, events } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { eventAccess, readableEvent, type EventAccess } from "@/lib/events/access";

// Who may do what in a contest (an event of the form "contest"): the one place its mutations and
// queries ask. Organizers are the event's (lib/events/access.ts canManage); jurors are appointed.

export type ContestAccess = EventAccess & {
  /** Until when entries are taken: the organizers' date, else the event's end. */
  entriesUntil: Date;
  resultsPublishedAt: Date | null;
  isJuror: boolean;
  /** Holds a place among the event's registered participants. */
  isRegistered: boolean;
};

const idSchema = z.uuid();

export function isContest(form: string): boolean {
  return form === "contest";
}

async function withContestFacts(viewer: Actor | null, access: EventAccess, db: Executor): Promise<ContestAccess> {
  const { event } = access;
  if (!isContest(event.form)) throw new DomainError("notFound");
  const [settings] = await db.select().from(contestSettings).where(eq(contestSettings.eventId, event.id));
  const [juror, registration] = viewer
    ? await Promise.all([
        db.select({ userId: contestJurors.userId }).from(contestJurors).where(and(eq(contestJurors.eventId, event.id), eq(contestJurors.userId, viewer.id))),
        db
          .select({ id: eventRegistrations.id })
          .from(eventRegistrations)
          .where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.userId, viewer.id), eq(eventRegistrations.status, "registered"))),
      ])
    : [[], []];
  return {
    ...access,
    entriesUntil: settings?.entriesUntil ?? event.endsAt,
    resultsPublishedAt: settings?.resultsPublishedAt ?? null,
    isJuror: juror.length > 0,
    isRegistered: registration.length > 0,
  };
}

/** The contest as one viewer stands in it; unreadable, unknown or not a contest: notFound. */
export async function contestAccess(viewer: Actor | null, eventId: string, db?: Executor): Promise<ContestAccess> {
  const executor = db ?? (await getDb());
  return withContestFacts(viewer, await readableEvent(viewer, eventId, executor), executor);
}

/**
 * Runs `work` in a transaction holding the event row's lock (entries, scores, places and
 * publication queue up behind each other), with the viewer's standing read inside it.
 */
export async function withLockedContest<T>(viewer: Actor | null, eventId: string, work: (tx: Executor, access: ContestAccess) => Promise<T>): Promise<T> {
  if (!idSchema.safeParse(eventId).success) throw new DomainError("notFound");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [event] = await tx.select().from(events).where(eq(events.id, eventId)).for("update");
    if (!event) throw new DomainError("notFound");
    const access = await eventAccess(viewer, event, tx);
    if (!access.canRead) throw new DomainError("notFound");
    return work(tx, await withContestFacts(viewer, access, tx));
  });
}

/** Why the viewer cannot send (or change, or withdraw) an entry now; null when they can. */
export function entryRefusal(access: ContestAccess, now = new Date()): string | null {
  if (access.event.status === "cancelled") return "eventCancelled";
  if (access.resultsPublishedAt) return "resultsPublished";
  if (now > access.entriesUntil) return "entriesClosed";
  if (access.isJuror) return "jurorCannotEnter";
  if (!access.isRegistered) return "registerFirst";
  return null;
}

/** The viewer's active (not withdrawn) entry in the contest, if any. */
export async function activeEntryOf(db: Executor, eventId: string, userId: string) {
  const [entry] = await db
    .select()
    .from(contestEntries)
    .where(and(eq(contestEntries.eventId, eventId), eq(contestEntries.userId, userId), isNull(contestEntries.withdrawnAt)));
  return entry ?? null;
}

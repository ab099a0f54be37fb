import "server-only";
import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { contestEntries, contestSettings } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import { issueWinnerCertificates } from "@/lib/events/certificates";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { DomainError, fail, fromZod, ok, type Result } from "@/lib/errors";
import { queueMailToUsers } from "@/lib/mail/bulk";
import { deliverQueuedMail } from "@/lib/mail/send";
import { notifyAll } from "@/lib/notifications/notify";
import { withLockedContest } from "./access";
import { placesSchema } from "./schemas";

// The results (issue 5 item 6): the organizers set prize places 1..3 (ties allowed) while the
// results are unpublished, then publish them once: winners are told by bell and mail, and
// everyone who may read the event sees the winners and the entries' titles; winners' certificates
// (lib/events/certificates.ts) are issued in the same transaction.

type Caller = { actor: Actor | null; eventId: string };

/** Saves the places of the whole table at once; entries not listed keep theirs. */
export async function setPlaces({ actor, eventId, input }: Caller & { input: unknown }): Promise<Result> {
  assertSignedIn(actor);
  const parsed = placesSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const places = parsed.data.places;
  return withLockedContest(actor, eventId, async (tx, access) => {
    if (!access.canManage) throw new DomainError("forbidden");
    if (access.resultsPublishedAt) return fail("resultsPublished");
    const ids = [...new Set(places.map((p) => p.entryId))];
    if (ids.length === 0) return ok();
    const found = await tx
      .select({ id: contestEntries.id })
      .from(contestEntries)
      .where(and(eq(contestEntries.eventId, access.event.id), inArray(contestEntries.id, ids), isNull(contestEntries.withdrawnAt)));
    if (found.length !== ids.length) return fail("noEntry");
    for (const { entryId, place } of places) await tx.update(contestEntries).set({ place, updatedAt: sql`now()` }).where(eq(contestEntries.id, entryId));
    return ok();
  });
}

/** Publishes the results: from now on places, entries and scores are fixed. */
export async function publishResults({ actor, eventId, baseUrl }: Caller & { baseUrl: string }): Promise<Result<{ winners: number }>> {
  assertSignedIn(actor);
  const result = await withLockedContest(actor, eventId, async (tx, access) => {
    if (!access.canManage) throw new DomainError("forbidden");
    const { event } = access;
    if (event.status === "cancelled") return fail("eventCancelled");
    if (access.resultsPublishedAt) return fail("resultsPublished");
    const winners = await tx
      .select({ userId: contestEntries.userId, place: contestEntries.place })
      .from(contestEntries)
      .where(and(eq(contestEntries.eventId, event.id), isNull(contestEntries.withdrawnAt), isNotNull(contestEntries.place)));
    if (winners.length === 0) return fail("noWinners");
    // Winners' certificates first: a refusal there leaves nothing written.
    const certified = await issueWinnerCertificates(tx, actor, event.id, winners.map((w) => ({ userId: w.userId, place: w.place! })), baseUrl);
    if (!certified.ok) return certified;
    await tx
      .insert(contestSettings)
      .values({ eventId: event.id, resultsPublishedAt: sql`now()`, publishedById: actor.id })
      .onConflictDoUpdate({ target: contestSettings.eventId, set: { resultsPublishedAt: sql`now()`, publishedById: actor.id, updatedAt: sql`now()` } });
    const link = `/events/${event.id}`;
    for (const place of [1, 2, 3]) {
      const ids = winners.filter((w) => w.place === place).map((w) => w.userId);
      if (ids.length === 0) continue;
      const recipients = sql`select unnest(array[${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )}]::uuid[])`;
      await notifyAll(tx, recipients, { kind: "contest.won", params: { title: event.title, place: String(place) }, link, communityId: event.communityId });
      await queueMailToUsers(tx, recipients, "contestWinner", (locale) => ({ title: event.title, place: String(place), link: `${baseUrl}/${locale}${link}` }));
    }
    await logActivity(tx, { actorId: actor.id, verb: "contest.results_published", objectType: "event", objectId: event.id, communityId: event.communityId });
    return ok({ winners: winners.length });
  });
  if (result.ok) deliverQueuedMail();
  return result;
}

import "server-only";
import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { contestEntries, contestJurors, contestScores, userRoles, users } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { DomainError, fail, fromZod, ok, type Result } from "@/lib/errors";
import { eventAccess } from "@/lib/events/access";
import { notify } from "@/lib/notifications/notify";
import { searchVisiblePeople, type PersonOption } from "@/lib/users/name-search";
import { contestAccess, withLockedContest, type ContestAccess } from "./access";
import { jurorQuerySchema, jurorsSchema, scoreSchema } from "./schemas";

// The jury (issue 5 item 6): the organizers appoint experts — users with the platform role expert
// or methodist, or the leader and moderators of the event's community — and remove them while
// results are unpublished; each juror scores every entry (never one of their own) 0..10.

type Caller = { actor: Actor | null; eventId: string };

const isId = (value: unknown): value is string => z.uuid().safeParse(value).success;

/** Who may sit on the jury of an event of `communityId`: an SQL condition on `users`. */
function eligibleJuror(communityId: string | null): SQL {
  const staff = communityId
    ? sql` or exists (select 1 from community_memberships m where m.user_id = ${users.id} and m.community_id = ${communityId}::uuid and m.status = 'active' and m.role in ('leader', 'moderator'))`
    : sql``;
  return sql`(${users.status} = 'active' and (exists (select 1 from user_roles r where r.user_id = ${users.id} and r.role in ('expert', 'methodist'))${staff}))`;
}

function assertOrganizer(access: ContestAccess) {
  if (!access.canManage) throw new DomainError("forbidden");
}

/** The appoint form's picker: eligible people by name (visible profiles only), for the organizers. */
export async function findJurorCandidates({ actor, eventId, query }: Caller & { query: unknown }): Promise<Result<PersonOption[]>> {
  assertSignedIn(actor);
  const db = await getDb();
  const access = await contestAccess(actor, eventId, db);
  assertOrganizer(access);
  const parsed = jurorQuerySchema.safeParse({ q: query });
  if (!parsed.success) return fromZod(parsed.error);
  return ok(await searchVisiblePeople(db, { q: parsed.data.q, excludeId: actor.id, only: eligibleJuror(access.event.communityId) }));
}

/** Appoints jurors (already appointed ones stay as they are); each new juror is told in their bell. */
export async function appointJurors({ actor, eventId, input }: Caller & { input: unknown }): Promise<Result<{ appointed: number }>> {
  assertSignedIn(actor);
  const parsed = jurorsSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const ids = [...new Set(parsed.data.userIds)];
  return withLockedContest(actor, eventId, async (tx, access) => {
    assertOrganizer(access);
    const { event } = access;
    if (event.status === "cancelled") return fail("eventCancelled");
    if (access.resultsPublishedAt) return fail("resultsPublished");
    const eligible = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.id, ids), eligibleJuror(event.communityId)));
    if (eligible.length !== ids.length) return fail("invalid", { userIds: "notEligibleJuror" });
    // A juror must be able to read the contest (a members-only community's events reach its members and overseers).
    const roles = await tx.select({ userId: userRoles.userId, role: userRoles.role }).from(userRoles).where(inArray(userRoles.userId, ids));
    for (const id of ids) {
      const juror = { id, roles: roles.filter((r) => r.userId === id).map((r) => r.role) };
      if (!(await eventAccess(juror, event, tx)).canRead) return fail("invalid", { userIds: "jurorCannotSee" });
    }
    const entrants = await tx
      .select({ userId: contestEntries.userId })
      .from(contestEntries)
      .where(and(eq(contestEntries.eventId, event.id), inArray(contestEntries.userId, ids), isNull(contestEntries.withdrawnAt)));
    if (entrants.length > 0) return fail("invalid", { userIds: "jurorHasEntry" });
    const added = await tx
      .insert(contestJurors)
      .values(ids.map((userId) => ({ eventId: event.id, userId, appointedById: actor.id })))
      .onConflictDoNothing()
      .returning({ userId: contestJurors.userId });
    await notify(
      tx,
      added.map((a) => a.userId),
      { kind: "contest.juror", params: { title: event.title }, link: `/events/${event.id}/jury`, communityId: event.communityId },
    );
    if (added.length > 0) await logActivity(tx, { actorId: actor.id, verb: "contest.jurors_appointed", objectType: "event", objectId: event.id, communityId: event.communityId });
    return ok({ appointed: added.length });
  });
}

/** Removes a juror, and their scores with them, while results are unpublished. */
export async function removeJuror({ actor, eventId, userId }: Caller & { userId: string }): Promise<Result> {
  assertSignedIn(actor);
  return withLockedContest(actor, eventId, async (tx, access) => {
    assertOrganizer(access);
    if (access.resultsPublishedAt) return fail("resultsPublished");
    if (!isId(userId)) return fail("notAJuror");
    const removed = await tx
      .delete(contestJurors)
      .where(and(eq(contestJurors.eventId, access.event.id), eq(contestJurors.userId, userId)))
      .returning({ userId: contestJurors.userId });
    if (removed.length === 0) return fail("notAJuror");
    const entriesHere = tx.select({ id: contestEntries.id }).from(contestEntries).where(eq(contestEntries.eventId, access.event.id));
    await tx.delete(contestScores).where(and(eq(contestScores.jurorId, userId), inArray(contestScores.entryId, entriesHere)));
    return ok();
  });
}

async function scoredEntry(tx: Executor, eventId: string, entryId: unknown) {
  if (!isId(entryId)) return null;
  const [entry] = await tx
    .select({ id: contestEntries.id, userId: contestEntries.userId })
    .from(contestEntries)
    .where(and(eq(contestEntries.id, entryId), eq(contestEntries.eventId, eventId), isNull(contestEntries.withdrawnAt)));
  return entry ?? null;
}

/** A juror's score of one entry (given again: changed), until results are published. */
export async function scoreEntry({ actor, eventId, entryId, input }: Caller & { entryId: string; input: unknown }): Promise<Result> {
  assertSignedIn(actor);
  const parsed = scoreSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  return withLockedContest(actor, eventId, async (tx, access) => {
    if (!access.isJuror) throw new DomainError("forbidden");
    if (access.resultsPublishedAt) return fail("resultsPublished");
    const entry = await scoredEntry(tx, access.event.id, entryId);
    if (!entry) return fail("noEntry");
    if (entry.userId === actor.id) return fail("ownEntry");
    const [saved] = await tx
      .insert(contestScores)
      .values({ entryId: entry.id, jurorId: actor.id, score: parsed.data.score, comment: parsed.data.comment })
      .onConflictDoUpdate({ target: [contestScores.entryId, contestScores.jurorId], set: { score: parsed.data.score, comment: parsed.data.comment, updatedAt: sql`now()` } })
      .returning({ created: sql<boolean>`${contestScores.createdAt} = ${contestScores.updatedAt}` });
    // The report counts entries scored, not changes of mind.
    if (saved?.created) await logActivity(tx, { actorId: actor.id, verb: "contest.scored", objectType: "event", objectId: access.event.id, communityId: access.event.communityId });
    return ok();
  });
}

import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { contestEntries, materials } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { fail, fromZod, ok, type Result } from "@/lib/errors";
import { publishedVisibleTo } from "@/lib/materials/visibility";
import { activeEntryOf, entryRefusal, withLockedContest } from "./access";
import { entrySchema } from "./schemas";

// A participant's entry (issue 5 item 6): registered participants send one entry each until the
// entries deadline, change it or withdraw it; jurors do not take part. Every call holds the
// event's lock, so a double submit makes one row; a refusal writes nothing.

type Caller = { actor: Actor | null; eventId: string };

/** The linked material must be published and readable by the participant. */
async function materialRefusal(db: Executor, actor: Actor, materialId: string | null): Promise<Result> {
  if (!materialId) return ok();
  const [found] = await db
    .select({ id: materials.id })
    .from(materials)
    .where(and(eq(materials.id, materialId), publishedVisibleTo(actor.id)));
  return found ? ok() : fail("invalid", { material: "materialUnknown" });
}

/** Sends the participant's entry. */
export async function submitEntry({ actor, eventId, input }: Caller & { input: unknown }): Promise<Result<{ id: string }>> {
  assertSignedIn(actor);
  const parsed = entrySchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const fields = parsed.data;
  return withLockedContest(actor, eventId, async (tx, access) => {
    const refusal = entryRefusal(access);
    if (refusal) return fail(refusal);
    if (await activeEntryOf(tx, access.event.id, actor.id)) return fail("alreadySubmitted");
    const material = await materialRefusal(tx, actor, fields.material);
    if (!material.ok) return material;
    const [entry] = await tx
      .insert(contestEntries)
      .values({ eventId: access.event.id, userId: actor.id, title: fields.title, description: fields.description, materialId: fields.material, url: fields.url })
      .returning({ id: contestEntries.id });
    await logActivity(tx, { actorId: actor.id, verb: "contest.entry_submitted", objectType: "event", objectId: access.event.id, communityId: access.event.communityId });
    return ok({ id: entry!.id });
  });
}

/** Changes the participant's own entry while entries are taken; scores already given stay. */
export async function editEntry({ actor, eventId, input }: Caller & { input: unknown }): Promise<Result> {
  assertSignedIn(actor);
  const parsed = entrySchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const fields = parsed.data;
  return withLockedContest(actor, eventId, async (tx, access) => {
    const refusal = entryRefusal(access);
    if (refusal) return fail(refusal);
    const entry = await activeEntryOf(tx, access.event.id, actor.id);
    if (!entry) return fail("noEntry");
    const material = await materialRefusal(tx, actor, fields.material);
    if (!material.ok) return material;
    await tx
      .update(contestEntries)
      .set({ title: fields.title, description: fields.description, materialId: fields.material, url: fields.url, updatedAt: sql`now()` })
      .where(eq(contestEntries.id, entry.id));
    return ok();
  });
}

/** Withdraws the participant's entry: it leaves the jury's list; a new one may be sent while entries are taken. */
export async function withdrawEntry({ actor, eventId }: Caller): Promise<Result> {
  assertSignedIn(actor);
  return withLockedContest(actor, eventId, async (tx, access) => {
    const entry = await activeEntryOf(tx, access.event.id, actor.id);
    if (!entry) return fail("noEntry");
    // A juror appointed after sending an entry may still take it back.
    const refusal = entryRefusal({ ...access, isJuror: false, isRegistered: true });
    if (refusal) return fail(refusal);
    await tx.update(contestEntries).set({ withdrawnAt: sql`now()`, place: null, updatedAt: sql`now()` }).where(eq(contestEntries.id, entry.id));
    await logActivity(tx, { actorId: actor.id, verb: "contest.entry_withdrawn", objectType: "event", objectId: access.event.id, communityId: access.event.communityId });
    return ok();
  });
}

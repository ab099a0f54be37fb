import "server-only";
import { sql } from "drizzle-orm";
import { contestSettings } from "@/db/schema";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { DomainError, fail, fromZod, ok, type Result } from "@/lib/errors";
import { fromWallTime } from "@/lib/events/time";
import { withLockedContest } from "./access";
import { deadlineSchema } from "./schemas";

/**
 * The organizers' entries deadline, typed as the event's wall time (no time: the end of that day);
 * no later than the event's end; cleared, entries run until the end. Not after the results.
 */
export async function setEntriesDeadline({ actor, eventId, input }: { actor: Actor | null; eventId: string; input: unknown }): Promise<Result> {
  assertSignedIn(actor);
  const parsed = deadlineSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { date, time } = parsed.data;
  if (!date && time) return fail("invalid", { date: "required" });
  return withLockedContest(actor, eventId, async (tx, access) => {
    if (!access.canManage) throw new DomainError("forbidden");
    if (access.resultsPublishedAt) return fail("resultsPublished");
    let entriesUntil: Date | null = null;
    if (date) {
      const wall = fromWallTime(date, time ?? "23:59", access.event.timeZone);
      if (!wall.ok) return fail("invalid", { time: wall.error });
      if (wall.instant > access.event.endsAt) return fail("invalid", { date: "deadlineAfterEnd" });
      entriesUntil = wall.instant;
    }
    await tx
      .insert(contestSettings)
      .values({ eventId: access.event.id, entriesUntil })
      .onConflictDoUpdate({ target: contestSettings.eventId, set: { entriesUntil, updatedAt: sql`now()` } });
    return ok();
  });
}

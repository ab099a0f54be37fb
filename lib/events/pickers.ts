import "server-only";
import { and, desc, ilike, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { materials } from "@/db/schema";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { containsPattern } from "@/lib/communities/people";
import { fromZod, ok, type Result } from "@/lib/errors";
import { publishedVisibleTo } from "@/lib/materials/visibility";
import { searchVisiblePeople, type PersonOption } from "@/lib/users/name-search";
import { pickerQuerySchema } from "./schemas";

// The event form's pickers (components/events/event-form.tsx): registered speakers by name (the
// organizer may name themselves), and published bank materials the organizer may read, by title.
// Only names, organizations and titles leave here; the mutation checks the chosen ids again.

export const materialOptionsLimit = 10;

/** Active users with visible profiles whose name holds every typed word. */
export async function findSpeakerCandidates({ actor, query }: { actor: Actor | null; query: unknown }): Promise<Result<PersonOption[]>> {
  assertSignedIn(actor);
  const parsed = pickerQuerySchema.safeParse({ q: query });
  if (!parsed.success) return fromZod(parsed.error);
  return ok(await searchVisiblePeople(await getDb(), { q: parsed.data.q }));
}

/** Readable published materials whose title holds every typed word, titles starting with the query first, then the newest. */
export async function findAttachableMaterials({ actor, query }: { actor: Actor | null; query: unknown }): Promise<Result<{ id: string; fullName: string }[]>> {
  assertSignedIn(actor);
  const parsed = pickerQuerySchema.safeParse({ q: query });
  if (!parsed.success) return fromZod(parsed.error);
  const { q } = parsed.data;
  const words = q.split(/\s+/).slice(0, 5);
  const rows = await (await getDb())
    .select({ id: materials.id, title: materials.title })
    .from(materials)
    .where(and(publishedVisibleTo(actor.id), ...words.map((w) => ilike(materials.title, containsPattern(w)))))
    .orderBy(sql`${materials.title} ilike ${`${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} desc`, desc(materials.publishedAt), materials.id)
    .limit(materialOptionsLimit);
  // The picker shows an option's `fullName`: here the title.
  return ok(rows.map((r) => ({ id: r.id, fullName: r.title })));
}

import "server-only";
import { and, asc, eq, ilike, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizations, users } from "@/db/schema";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { containsPattern, profileVisible } from "@/lib/communities/people";
import { fromZod, ok, type Result } from "@/lib/errors";
import type { MaterialPage } from "./queries";
import { coAuthorQuerySchema } from "./schemas";

// The material form's picker of registered co-authors: any signed-in author may name any active
// colleague who lets their profile be seen (the profile_visibility consent), and only what a
// published material shows of its authors leaves here (no e-mail, no phone).

export type CoAuthorCandidate = { id: string; fullName: string; organization: string | null };

export const coAuthorCandidatesLimit = 10;

/** Active users with visible profiles, not the caller, whose name holds every typed word; names starting with the query first. */
export async function findCoAuthorCandidates({ actor, query }: { actor: Actor | null; query: unknown }): Promise<Result<CoAuthorCandidate[]>> {
  assertSignedIn(actor);
  const parsed = coAuthorQuerySchema.safeParse({ q: query });
  if (!parsed.success) return fromZod(parsed.error);
  const q = parsed.data.q;
  // Each word on its own: "Светлана Захарова" finds "Захарова Светлана Олеговна".
  const words = q.split(/\s+/).slice(0, 5);
  const db = await getDb();
  const rows = await db
    .select({
      id: users.id,
      fullName: users.fullName,
      organization: sql<string | null>`coalesce(nullif(${organizations.shortName}, ''), ${organizations.name})`,
    })
    .from(users)
    .leftJoin(organizations, and(eq(organizations.id, users.organizationId), eq(organizations.status, "approved")))
    .where(and(profileVisible(), ne(users.id, actor.id), ...words.map((w) => ilike(users.fullName, containsPattern(w)))))
    .orderBy(sql`${users.fullName} ilike ${`${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} desc`, asc(users.fullName), asc(users.id))
    .limit(coAuthorCandidatesLimit);
  return ok(rows);
}

/** The picker's chips on the edit form: registered co-authors in their order, the owner left out. */
export function chosenCoAuthors(page: Pick<MaterialPage, "material" | "authors">): { id: string; fullName: string }[] {
  return (page.authors ?? []).flatMap((a) => (a.userId && a.userId !== page.material.ownerId ? [{ id: a.userId, fullName: a.name }] : []));
}

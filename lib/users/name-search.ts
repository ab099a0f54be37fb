import "server-only";
import { and, asc, eq, ilike, ne, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organizations, users } from "@/db/schema";
import { containsPattern, profileVisible } from "@/lib/communities/people";

// The people pickers' search (material co-authors, contest jurors, event speakers): active users with visible
// profiles whose name holds every typed word; only a name and an organization leave here.

export type PersonOption = { id: string; fullName: string; organization: string | null };

export const personOptionsLimit = 10;

/** Names starting with the query first; `only` narrows the people further (e.g. to eligible jurors). */
export async function searchVisiblePeople(db: Executor, { q, excludeId, only }: { q: string; excludeId?: string; only?: SQL }): Promise<PersonOption[]> {
  // Each word on its own: "Светлана Захарова" finds "Захарова Светлана Олеговна".
  const words = q.split(/\s+/).slice(0, 5);
  return db
    .select({
      id: users.id,
      fullName: users.fullName,
      organization: sql<string | null>`coalesce(nullif(${organizations.shortName}, ''), ${organizations.name})`,
    })
    .from(users)
    .leftJoin(organizations, and(eq(organizations.id, users.organizationId), eq(organizations.status, "approved")))
    .where(and(profileVisible(), excludeId ? ne(users.id, excludeId) : undefined, only, ...words.map((w) => ilike(users.fullName, containsPattern(w)))))
    .orderBy(sql`${users.fullName} ilike ${`${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} desc`, asc(users.fullName), asc(users.id))
    .limit(personOptionsLimit);
}

import "server-only";
import { getDb } from "@/db/client";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { fromZod, ok, type Result } from "@/lib/errors";
import { searchVisiblePeople, type PersonOption } from "@/lib/users/name-search";
import type { MaterialPage } from "./queries";
import { coAuthorQuerySchema } from "./schemas";

// The material form's picker of registered co-authors: any signed-in author may name any active
// colleague who lets their profile be seen (the profile_visibility consent), and only what a
// published material shows of its authors leaves here (no e-mail, no phone).

/** Active users with visible profiles, not the caller, whose name holds every typed word; names starting with the query first. */
export async function findCoAuthorCandidates({ actor, query }: { actor: Actor | null; query: unknown }): Promise<Result<PersonOption[]>> {
  assertSignedIn(actor);
  const parsed = coAuthorQuerySchema.safeParse({ q: query });
  if (!parsed.success) return fromZod(parsed.error);
  return ok(await searchVisiblePeople(await getDb(), { q: parsed.data.q, excludeId: actor.id }));
}

/** The picker's chips on the edit form: registered co-authors in their order, the owner left out. */
export function chosenCoAuthors(page: Pick<MaterialPage, "material" | "authors">): { id: string; fullName: string }[] {
  return (page.authors ?? []).flatMap((a) => (a.userId && a.userId !== page.material.ownerId ? [{ id: a.userId, fullName: a.name }] : []));
}

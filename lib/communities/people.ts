import "server-only";
import { sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { consentVersions } from "@/lib/accounts/consent-documents";

// Public fields of people shown on community pages: name, position, organization; never contacts.

/** `true` when the user's profile may be opened by others (an SQL boolean for a select list). */
export function profileVisible() {
  // A correlated EXISTS probes consents_user_idx per row; `id in (subquery)` hashed every consent on each
  // call (80 ms with 100,000 users). Qualified by hand: drizzle leaves columns unqualified in one-table selects.
  return sql<boolean>`(${users.status} = 'active' and exists (select 1 from consents c where c.user_id = "users"."id" and c.document = 'profile_visibility' and c.version = ${consentVersions.profile_visibility} and c.withdrawn_at is null))`;
}

export type PublicPerson = {
  id: string;
  fullName: string;
  position: string;
  organization: string | null;
  /** Their profile page exists for others; otherwise the name is shown without a link. */
  profileVisible: boolean;
};

/** `%text%` for ILIKE with the user's own % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

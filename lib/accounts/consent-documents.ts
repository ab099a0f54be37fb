import type { ConsentDocument } from "@/db/schema";

// Current version of each document; raising one makes every user accept it again on next visit.
export const consentVersions: Record<ConsentDocument, string> = {
  rules: "2026-09-01",
  personal_data: "2026-09-01",
  profile_visibility: "2026-09-01",
};

/** Without these two the account cannot be used; showing the profile to others is optional. */
export const requiredConsents: readonly ConsentDocument[] = ["rules", "personal_data"];

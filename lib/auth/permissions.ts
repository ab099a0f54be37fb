import type { PlatformRole } from "@/db/schema";
import { DomainError } from "@/lib/errors";

// The one table of who may do what on the platform; later domains add their rows here.
export const permissions = {
  "users.manage": ["administrator"],
  "users.viewConsents": ["administrator"],
  "organizations.manage": ["administrator"],
  "settings.manage": ["administrator"],
  "outbox.read": ["administrator"],
  "audit.read": ["administrator"],
  "dashboard.view": ["methodist", "administrator"],
  // Create, liquidate, appoint leaders, name organization representatives.
  "communities.manage": ["administrator"],
  // Read every community, members-only ones included (methodists evaluate them).
  "communities.oversee": ["methodist", "administrator"],
  // Bank of materials: assign experts to any material (a community's leader may for its own).
  "materials.assignExperts": ["methodist", "administrator"],
  // Review materials against the rubric; take them from the open queue.
  "materials.review": ["expert"],
  // Unpublish or remove any material (a community's leader and moderators may for its own).
  "materials.moderate": ["administrator"],
  // Configure the review rubric.
  "materials.rubric": ["administrator"],
  // Events: schedule platform-wide events (a community's leader and moderators schedule its own).
  "events.platform": ["administrator"],
  // Events: download any certificate (holders their own, organizers their event's).
  "events.certificates": ["administrator"],
} as const satisfies Record<string, readonly PlatformRole[]>;

export type Permission = keyof typeof permissions;

export type Actor = { id: string; roles: readonly PlatformRole[] };

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  const allowed: readonly PlatformRole[] = permissions[permission];
  return actor.roles.some((role) => allowed.includes(role));
}

/** Refuses a guest: the one check every signed-in-only domain function starts with. */
export function assertSignedIn(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor) throw new DomainError("unauthenticated");
}

export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new DomainError("unauthenticated");
  if (!can(actor, permission)) throw new DomainError("forbidden");
}

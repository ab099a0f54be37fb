import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consents, organizations, userRoles, users, type ConsentDocument, type PlatformRole } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { userIdSchema } from "@/lib/users/schemas";
import { consentVersions, requiredConsents } from "./consent-documents";

/** Who is asking, as every domain function needs it: never the password hash or contacts of others. */
export type Viewer = {
  id: string;
  fullName: string;
  roles: PlatformRole[];
  status: "pending_approval" | "active" | "blocked" | "deleted";
  sessionVersion: number;
  timeZone: string;
  locale: string;
  /** Required documents whose current version the user has not accepted yet. */
  pendingConsents: ConsentDocument[];
};

export async function loadViewer(userId: string): Promise<Viewer | null> {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, fullName: users.fullName, status: users.status, sessionVersion: users.sessionVersion, timeZone: users.timeZone, locale: users.locale })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return null;
  const [roles, accepted] = await Promise.all([
    db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId)),
    acceptedConsents(userId),
  ]);
  return {
    ...user,
    roles: roles.map((r) => r.role),
    pendingConsents: requiredConsents.filter((d) => !accepted.has(d)),
  };
}

/** Documents whose current version the user accepted and has not withdrawn. */
export async function acceptedConsents(userId: string): Promise<Set<ConsentDocument>> {
  const db = await getDb();
  const rows = await db
    .select({ document: consents.document, version: consents.version })
    .from(consents)
    .where(and(eq(consents.userId, userId), isNull(consents.withdrawnAt)));
  return new Set(rows.filter((r) => r.version === consentVersions[r.document]).map((r) => r.document));
}

export type OwnProfile = {
  id: string;
  fullName: string;
  email: string;
  position: string;
  subjects: string[];
  organizationId: string;
  organizationName: string;
  phone: string;
  about: string;
  timeZone: string;
  locale: "ru" | "en";
  profileVisible: boolean;
};

/** The signed-in user's own profile, contacts included, for the edit form. */
export async function getOwnProfile({ actor }: { actor: Actor | null }): Promise<OwnProfile> {
  if (!actor) throw new DomainError("unauthenticated");
  const db = await getDb();
  const [row] = await db
    .select({ user: users, organizationName: organizations.name })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, actor.id));
  if (!row) throw new DomainError("notFound");
  const accepted = await acceptedConsents(actor.id);
  const u = row.user;
  return {
    id: u.id,
    fullName: u.fullName,
    email: u.email ?? "",
    position: u.position,
    subjects: u.subjects,
    organizationId: u.organizationId ?? "",
    organizationName: row.organizationName ?? "",
    phone: u.phone ?? "",
    about: u.about,
    timeZone: u.timeZone,
    locale: u.locale === "en" ? "en" : "ru",
    profileVisible: accepted.has("profile_visibility"),
  };
}

export type PublicProfile = {
  id: string;
  fullName: string;
  position: string;
  subjects: string[];
  about: string;
  organization: { id: string; name: string } | null;
  roles: PlatformRole[];
  memberSince: Date;
  deleted: boolean;
};

/**
 * Another member's profile: public fields only, never e-mail or phone (SECURITY.md 17).
 * Without the profile-visibility consent only the user, administrators and nobody else see it.
 */
export async function getPublicProfile({ viewer, userId }: { viewer: Actor | null; userId: string }): Promise<PublicProfile> {
  if (!userIdSchema.safeParse(userId).success) throw new DomainError("notFound");
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      fullName: users.fullName,
      position: users.position,
      subjects: users.subjects,
      about: users.about,
      status: users.status,
      createdAt: users.createdAt,
      organizationId: organizations.id,
      organizationName: organizations.name,
    })
    .from(users)
    // A requested organization is not public until an administrator approves it.
    .leftJoin(organizations, and(eq(organizations.id, users.organizationId), eq(organizations.status, "approved")))
    .where(eq(users.id, userId));
  if (!row) throw new DomainError("notFound");
  const self = viewer?.id === userId;
  if (!self && !can(viewer, "users.manage")) {
    if (row.status !== "active") throw new DomainError("notFound");
    if (!(await acceptedConsents(userId)).has("profile_visibility")) throw new DomainError("notFound");
  }
  const roles = await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId));
  return {
    id: row.id,
    fullName: row.fullName,
    position: row.position,
    subjects: row.subjects,
    about: row.about,
    organization: row.organizationId ? { id: row.organizationId, name: row.organizationName ?? "" } : null,
    roles: roles.map((r) => r.role),
    memberSince: row.createdAt,
    deleted: row.status === "deleted",
  };
}

export type MemberCard = { id: string; fullName: string; position: string; subjects: string[] };

/** Public cards of active users who agreed to be shown, e.g. an organization's staff. */
export async function listVisibleMembers(where: { organizationId: string }): Promise<MemberCard[]> {
  const db = await getDb();
  const visible = db
    .select({ userId: consents.userId })
    .from(consents)
    .where(and(eq(consents.document, "profile_visibility"), eq(consents.version, consentVersions.profile_visibility), isNull(consents.withdrawnAt)));
  return db
    .select({ id: users.id, fullName: users.fullName, position: users.position, subjects: users.subjects })
    .from(users)
    .where(and(eq(users.organizationId, where.organizationId), eq(users.status, "active"), inArray(users.id, visible)))
    .orderBy(asc(users.fullName));
}

import "server-only";
import { and, asc, count, desc, eq, exists, ilike, inArray, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { auditLog, consents, organizations, userRoles, users, type ConsentDocument, type PlatformRole } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { platformRoles } from "@/lib/reference/roles";
import { userIdSchema, usersPageSize, type UserListQuery } from "./schemas";

// Reads for the administrators' screens. E-mail and phone appear here and nowhere else
// (SECURITY.md 17): every function checks the permission first.

export type UserStatus = "pending_approval" | "active" | "blocked" | "deleted";

export type AdminUserRow = {
  id: string;
  /** Empty once the account is erased. */
  fullName: string;
  email: string | null;
  roles: PlatformRole[];
  status: UserStatus;
  emailVerified: boolean;
  organization: { id: string; name: string } | null;
  createdAt: Date;
};

export type UserList = { items: AdminUserRow[]; total: number; page: number; pageCount: number; pageSize: number; pendingApproval: number };

/** `%text%` for ILIKE with the user's own % and _ taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function statusCondition(status: UserListQuery["status"]): SQL | undefined {
  if (status === "all") return undefined;
  if (status === "unverified") return and(isNull(users.emailVerifiedAt), ne(users.status, "deleted"));
  return eq(users.status, status);
}

/** Sorts roles in the order of the reference list, whatever order the database returns. */
function ordered(roles: PlatformRole[]): PlatformRole[] {
  return platformRoles.filter((r) => roles.includes(r));
}

/** Users by name, e-mail or organization, with role and status filters; newest accounts first. */
export async function listUsersForAdmin({ actor, query }: { actor: Actor | null; query: UserListQuery }): Promise<UserList> {
  assertCan(actor, "users.manage");
  const db = await getDb();
  const pattern = query.q ? containsPattern(query.q) : null;
  const where = and(
    pattern ? or(ilike(users.fullName, pattern), ilike(users.email, pattern), ilike(organizations.name, pattern), ilike(organizations.shortName, pattern)) : undefined,
    query.role
      ? exists(
          db
            .select({ one: sql`1` })
            .from(userRoles)
            .where(and(eq(userRoles.userId, users.id), eq(userRoles.role, query.role))),
        )
      : undefined,
    statusCondition(query.status),
  );
  const [[totalRow], [pendingRow]] = await Promise.all([
    db.select({ n: count() }).from(users).leftJoin(organizations, eq(organizations.id, users.organizationId)).where(where),
    db.select({ n: count() }).from(users).where(eq(users.status, "pending_approval")),
  ]);
  const total = totalRow?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / usersPageSize));
  const page = Math.min(query.page, pageCount);
  const rows = await db
    .select({
      id: users.id,
      fullName: users.fullName,
      email: users.email,
      status: users.status,
      emailVerifiedAt: users.emailVerifiedAt,
      createdAt: users.createdAt,
      organizationId: organizations.id,
      organizationName: organizations.name,
      organizationShortName: organizations.shortName,
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(where)
    .orderBy(desc(users.createdAt), asc(users.id))
    .limit(usersPageSize)
    .offset((page - 1) * usersPageSize);

  const ids = rows.map((r) => r.id);
  const roleRows = ids.length ? await db.select({ userId: userRoles.userId, role: userRoles.role }).from(userRoles).where(inArray(userRoles.userId, ids)) : [];
  const rolesOf = (id: string) => ordered(roleRows.filter((r) => r.userId === id).map((r) => r.role));

  return {
    items: rows.map((r) => ({
      id: r.id,
      fullName: r.fullName,
      email: r.email,
      roles: rolesOf(r.id),
      status: r.status,
      emailVerified: r.emailVerifiedAt !== null,
      organization: r.organizationId ? { id: r.organizationId, name: r.organizationShortName || r.organizationName || "" } : null,
      createdAt: r.createdAt,
    })),
    total,
    page,
    pageCount,
    pageSize: usersPageSize,
    pendingApproval: pendingRow?.n ?? 0,
  };
}

export type AdminUserDetails = AdminUserRow & {
  phone: string | null;
  position: string;
  subjects: string[];
  organization: { id: string; name: string; pending: boolean } | null;
  blockedReason: string | null;
  emailVerifiedAt: Date | null;
  updatedAt: Date;
  deletedAt: Date | null;
  timeZone: string;
  locale: string;
  /** The administrator is looking at their own account: blocking and dropping the role are refused. */
  isSelf: boolean;
};

/** One account with its contacts, for the administrator's page about it. */
export async function getUserForAdmin({ actor, id }: { actor: Actor | null; id: string }): Promise<AdminUserDetails> {
  assertCan(actor, "users.manage");
  if (!userIdSchema.safeParse(id).success) throw new DomainError("notFound");
  const db = await getDb();
  const [row] = await db
    .select({ user: users, organizationName: organizations.name, organizationShortName: organizations.shortName, organizationStatus: organizations.status })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, id));
  if (!row) throw new DomainError("notFound");
  const roles = await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, id));
  const u = row.user;
  return {
    id: u.id,
    fullName: u.fullName,
    email: u.email,
    phone: u.phone,
    position: u.position,
    subjects: u.subjects,
    roles: ordered(roles.map((r) => r.role)),
    status: u.status,
    emailVerified: u.emailVerifiedAt !== null,
    emailVerifiedAt: u.emailVerifiedAt,
    organization: u.organizationId
      ? { id: u.organizationId, name: row.organizationShortName || row.organizationName || "", pending: row.organizationStatus === "pending" }
      : null,
    blockedReason: u.blockedReason,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
    deletedAt: u.deletedAt,
    timeZone: u.timeZone,
    locale: u.locale,
    isSelf: actor.id === u.id,
  };
}

export type UserConsent = { id: string; document: ConsentDocument; version: string; acceptedAt: Date; ipAddress: string | null; withdrawnAt: Date | null };

/** Every consent the user gave (152-FZ): document, version, time, address, and withdrawal. */
export async function listUserConsents({ actor, userId }: { actor: Actor | null; userId: string }): Promise<UserConsent[]> {
  assertCan(actor, "users.viewConsents");
  if (!userIdSchema.safeParse(userId).success) throw new DomainError("notFound");
  const db = await getDb();
  return db
    .select({ id: consents.id, document: consents.document, version: consents.version, acceptedAt: consents.acceptedAt, ipAddress: consents.ipAddress, withdrawnAt: consents.withdrawnAt })
    .from(consents)
    .where(eq(consents.userId, userId))
    .orderBy(desc(consents.acceptedAt), asc(consents.document));
}

export type UserAuditEntry = {
  id: number;
  occurredAt: Date;
  action: string;
  actor: { id: string; fullName: string } | null;
  ipAddress: string | null;
  /** The parts of the details worth showing; anything else stays in the database. */
  rolesBefore: PlatformRole[] | null;
  rolesAfter: PlatformRole[] | null;
  reason: string | null;
};

const roleList = (value: unknown): PlatformRole[] | null =>
  Array.isArray(value) ? ordered(value.filter((v): v is PlatformRole => (platformRoles as readonly unknown[]).includes(v))) : null;

/** The newest audit entries about the account (role changes, blocks, sign-ins, consents). */
export async function listUserAudit({ actor, userId, limit = 20 }: { actor: Actor | null; userId: string; limit?: number }): Promise<UserAuditEntry[]> {
  assertCan(actor, "audit.read");
  if (!userIdSchema.safeParse(userId).success) throw new DomainError("notFound");
  const db = await getDb();
  const who = alias(users, "audit_actor");
  const rows = await db
    .select({
      id: auditLog.id,
      occurredAt: auditLog.occurredAt,
      action: auditLog.action,
      ipAddress: auditLog.ipAddress,
      details: auditLog.details,
      actorId: who.id,
      actorName: who.fullName,
    })
    .from(auditLog)
    .leftJoin(who, eq(who.id, auditLog.actorId))
    .where(and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, userId)))
    .orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
    .limit(Math.min(Math.max(1, limit), 100));
  return rows.map((r) => {
    const details = r.details ?? {};
    return {
      id: r.id,
      occurredAt: r.occurredAt,
      action: r.action,
      actor: r.actorId ? { id: r.actorId, fullName: r.actorName ?? "" } : null,
      ipAddress: r.ipAddress,
      rolesBefore: roleList(details.before),
      rolesAfter: roleList(details.after),
      reason: typeof details.reason === "string" ? details.reason : null,
    };
  });
}

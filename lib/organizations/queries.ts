import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Database } from "@/db/client";
import { consents, organizations, users, type OrganizationKind } from "@/db/schema";
import { consentVersions } from "@/lib/accounts/consent-documents";
import { listVisibleMembers, type MemberCard } from "@/lib/accounts/queries";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { adminPageSize, directoryPageSize, organizationIdSchema, type AdminQuery, type DirectoryQuery } from "./schemas";

export type OrganizationOption = { id: string; name: string; shortName: string; municipality: string };

/** `%text%` for ILIKE with the user's own % and _ taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function matchesText(text: string): SQL | undefined {
  if (!text) return undefined;
  const pattern = containsPattern(text);
  return or(ilike(organizations.name, pattern), ilike(organizations.shortName, pattern), ilike(organizations.municipality, pattern));
}

/** Approved organizations matching part of the name, short name or municipality (for pickers). */
export async function searchOrganizations({ query, limit = 10 }: { query: string; limit?: number }): Promise<OrganizationOption[]> {
  const q = query.trim().slice(0, 100);
  if (q.length < 2) return [];
  const db = await getDb();
  return db
    .select({ id: organizations.id, name: organizations.name, shortName: organizations.shortName, municipality: organizations.municipality })
    .from(organizations)
    .where(and(eq(organizations.status, "approved"), matchesText(q)))
    .orderBy(asc(organizations.name))
    .limit(Math.min(limit, 20));
}

export type Paged<T> = { items: T[]; total: number; page: number; pageCount: number; pageSize: number };

function paging(total: number, requested: number, pageSize: number) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, requested), pageCount);
  return { page, pageCount, pageSize, offset: (page - 1) * pageSize };
}

/** Members the public may see per organization: active, with the current profile-visibility consent. */
function visibleMemberCounts(db: Database) {
  const visible = db
    .select({ userId: consents.userId })
    .from(consents)
    .where(and(eq(consents.document, "profile_visibility"), eq(consents.version, consentVersions.profile_visibility), isNull(consents.withdrawnAt)));
  return db
    .select({ organizationId: users.organizationId, members: count().as("members") })
    .from(users)
    .where(and(eq(users.status, "active"), inArray(users.id, visible)))
    .groupBy(users.organizationId)
    .as("visible_member_counts");
}

export type DirectoryEntry = { id: string; name: string; shortName: string; kind: OrganizationKind; municipality: string; memberCount: number };

/** The public directory: approved organizations only, with the number of members anyone may see. */
export async function listDirectory(query: DirectoryQuery): Promise<Paged<DirectoryEntry>> {
  const db = await getDb();
  const where = and(
    eq(organizations.status, "approved"),
    matchesText(query.q),
    query.kind ? eq(organizations.kind, query.kind) : undefined,
    query.municipality ? eq(organizations.municipality, query.municipality) : undefined,
  );
  const [totalRow] = await db.select({ n: count() }).from(organizations).where(where);
  const total = totalRow?.n ?? 0;
  const { page, pageCount, pageSize, offset } = paging(total, query.page, directoryPageSize);
  const counts = visibleMemberCounts(db);
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      shortName: organizations.shortName,
      kind: organizations.kind,
      municipality: organizations.municipality,
      memberCount: sql<number>`coalesce(${counts.members}, 0)::int`,
    })
    .from(organizations)
    .leftJoin(counts, eq(counts.organizationId, organizations.id))
    .where(where)
    .orderBy(asc(sql`coalesce(nullif(${organizations.shortName}, ''), ${organizations.name})`), asc(organizations.id))
    .limit(pageSize)
    .offset(offset);
  return { items: rows, total, page, pageCount, pageSize };
}

/** Municipalities that have at least one approved organization, for the directory filter. */
export async function listMunicipalities(): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .selectDistinct({ municipality: organizations.municipality })
    .from(organizations)
    .where(eq(organizations.status, "approved"))
    .orderBy(asc(organizations.municipality));
  return rows.map((r) => r.municipality);
}

export type OrganizationDetails = {
  id: string;
  name: string;
  shortName: string;
  kind: OrganizationKind;
  municipality: string;
  status: "pending" | "approved";
  createdAt: Date;
  /** The viewer asked for this organization at registration and it still waits for approval. */
  requestedByViewer: boolean;
  canManage: boolean;
  members: MemberCard[];
};

export type OrganizationLookup = { kind: "found"; organization: OrganizationDetails } | { kind: "merged"; mergedIntoId: string };

/**
 * An organization's public page. A pending one exists only for administrators and the user who
 * requested it; a merged one points to where its members went.
 */
export async function getOrganization({ viewer, id }: { viewer: Actor | null; id: string }): Promise<OrganizationLookup> {
  if (!organizationIdSchema.safeParse(id).success) throw new DomainError("notFound");
  const db = await getDb();
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  if (!row) throw new DomainError("notFound");
  if (row.status === "merged") {
    if (!row.mergedIntoId) throw new DomainError("notFound");
    return { kind: "merged", mergedIntoId: row.mergedIntoId };
  }
  const canManage = can(viewer, "organizations.manage");
  const requestedByViewer = row.status === "pending" && !!viewer && row.requestedById === viewer.id;
  if (row.status === "pending" && !canManage && !requestedByViewer) throw new DomainError("notFound");
  return {
    kind: "found",
    organization: {
      id: row.id,
      name: row.name,
      shortName: row.shortName,
      kind: row.kind,
      municipality: row.municipality,
      status: row.status,
      createdAt: row.createdAt,
      requestedByViewer,
      canManage,
      members: await listVisibleMembers({ organizationId: row.id }),
    },
  };
}

export type AdminOrganization = {
  id: string;
  name: string;
  shortName: string;
  kind: OrganizationKind;
  municipality: string;
  status: "pending" | "approved" | "merged";
  createdAt: Date;
  updatedAt: Date;
  requestedBy: { id: string; fullName: string } | null;
  /** Where a merged organization went, by its short name when it has one. */
  mergedInto: { id: string; name: string } | null;
  /** Every account attached to it, hidden profiles included (not erased ones). */
  userCount: number;
};

function adminSelection(db: Database) {
  const requester = alias(users, "requester");
  const target = alias(organizations, "merge_target");
  const userCounts = db
    .select({ organizationId: users.organizationId, n: count().as("n") })
    .from(users)
    .where(ne(users.status, "deleted"))
    .groupBy(users.organizationId)
    .as("user_counts");
  const query = db
    .select({
      id: organizations.id,
      name: organizations.name,
      shortName: organizations.shortName,
      kind: organizations.kind,
      municipality: organizations.municipality,
      status: organizations.status,
      createdAt: organizations.createdAt,
      updatedAt: organizations.updatedAt,
      requesterId: requester.id,
      requesterName: requester.fullName,
      targetId: target.id,
      targetName: sql<string>`coalesce(nullif(${target.shortName}, ''), ${target.name})`,
      userCount: sql<number>`coalesce(${userCounts.n}, 0)::int`,
    })
    .from(organizations)
    .leftJoin(requester, eq(requester.id, organizations.requestedById))
    .leftJoin(target, eq(target.id, organizations.mergedIntoId))
    .leftJoin(userCounts, eq(userCounts.organizationId, organizations.id));
  return query;
}

type AdminRow = Awaited<ReturnType<ReturnType<typeof adminSelection>["execute"]>>[number];

function toAdminOrganization(r: AdminRow): AdminOrganization {
  return {
    id: r.id,
    name: r.name,
    shortName: r.shortName,
    kind: r.kind,
    municipality: r.municipality,
    status: r.status,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    requestedBy: r.requesterId ? { id: r.requesterId, fullName: r.requesterName ?? "" } : null,
    mergedInto: r.targetId ? { id: r.targetId, name: r.targetName ?? "" } : null,
    userCount: r.userCount,
  };
}

/** Requests waiting for an administrator, oldest first. */
export async function listPendingOrganizations({ actor, limit = 50 }: { actor: Actor | null; limit?: number }): Promise<{ items: AdminOrganization[]; total: number }> {
  assertCan(actor, "organizations.manage");
  const db = await getDb();
  const [rows, [totalRow]] = await Promise.all([
    adminSelection(db).where(eq(organizations.status, "pending")).orderBy(asc(organizations.createdAt), asc(organizations.id)).limit(limit),
    db.select({ n: count() }).from(organizations).where(eq(organizations.status, "pending")),
  ]);
  return { items: rows.map(toAdminOrganization), total: totalRow?.n ?? 0 };
}

/** Every organization for administrators: pending first, then approved, then merged ones. */
export async function listOrganizationsForAdmin({ actor, query }: { actor: Actor | null; query: AdminQuery }): Promise<Paged<AdminOrganization>> {
  assertCan(actor, "organizations.manage");
  const db = await getDb();
  const where = and(matchesText(query.q), query.status === "all" ? undefined : eq(organizations.status, query.status));
  const [totalRow] = await db.select({ n: count() }).from(organizations).where(where);
  const total = totalRow?.n ?? 0;
  const { page, pageCount, pageSize, offset } = paging(total, query.page, adminPageSize);
  const rows = await adminSelection(db)
    .where(where)
    .orderBy(sql`case ${organizations.status} when 'pending' then 0 when 'approved' then 1 else 2 end`, asc(organizations.name), desc(organizations.createdAt))
    .limit(pageSize)
    .offset(offset);
  return { items: rows.map(toAdminOrganization), total, page, pageCount, pageSize };
}

/** One organization with what an administrator needs to edit, approve or merge it. */
export async function getOrganizationForAdmin({ actor, id }: { actor: Actor | null; id: string }): Promise<AdminOrganization> {
  assertCan(actor, "organizations.manage");
  if (!organizationIdSchema.safeParse(id).success) throw new DomainError("notFound");
  const db = await getDb();
  const [row] = await adminSelection(db).where(eq(organizations.id, id));
  if (!row) throw new DomainError("notFound");
  return toAdminOrganization(row);
}

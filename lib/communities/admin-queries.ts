import "server-only";
import { and, asc, count, eq, ilike, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Database } from "@/db/client";
import { communities, communityMemberships, users } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import type { CommunityKind, CommunityType } from "@/lib/reference/communities";
import { listUsersForAdmin } from "@/lib/users/queries";
import { containsPattern } from "./people";
import type { Paged } from "./queries";
import { adminPageSize, communityIdSchema, maxDepth, type AdminQuery } from "./schemas";

// Administrators' reads: the list of every community (the archive included), one community with
// its orders, the parents a new sub-community may go into, and people who may be appointed leader.

export type AdminCommunityRow = {
  id: string;
  slug: string;
  name: string;
  type: CommunityType;
  kind: CommunityKind;
  parent: { id: string; name: string } | null;
  leader: { id: string; fullName: string } | null;
  creationOrder: { number: string; date: string };
  leaderOrder: { number: string; date: string } | null;
  liquidation: { number: string; date: string; at: Date } | null;
  memberCount: number;
  liveChildren: number;
  depth: number;
};

function adminSelection(db: Database) {
  const parent = alias(communities, "parent");
  const leaders = db
    .select({ communityId: communityMemberships.communityId, userId: communityMemberships.userId, fullName: users.fullName })
    .from(communityMemberships)
    .innerJoin(users, eq(users.id, communityMemberships.userId))
    .where(and(eq(communityMemberships.role, "leader"), eq(communityMemberships.status, "active")))
    .as("leaders");
  const members = db
    .select({ communityId: communityMemberships.communityId, n: count().as("n") })
    .from(communityMemberships)
    .where(eq(communityMemberships.status, "active"))
    .groupBy(communityMemberships.communityId)
    .as("member_counts");
  const children = db
    .select({ parentId: communities.parentId, n: count().as("live_children") })
    .from(communities)
    .where(and(isNotNull(communities.parentId), isNull(communities.liquidatedAt)))
    .groupBy(communities.parentId)
    .as("child_counts");
  return db
    .select({
      c: communities,
      parentId: parent.id,
      parentName: parent.name,
      leaderId: leaders.userId,
      leaderName: leaders.fullName,
      memberCount: sql<number>`coalesce(${members.n}, 0)::int`,
      liveChildren: sql<number>`coalesce(${children.n}, 0)::int`,
    })
    .from(communities)
    .leftJoin(parent, eq(parent.id, communities.parentId))
    .leftJoin(leaders, eq(leaders.communityId, communities.id))
    .leftJoin(members, eq(members.communityId, communities.id))
    .leftJoin(children, eq(children.parentId, communities.id));
}

type Row = Awaited<ReturnType<ReturnType<typeof adminSelection>["execute"]>>[number];

function toRow(r: Row): AdminCommunityRow {
  const c = r.c;
  return {
    id: c.id,
    slug: c.slug,
    name: c.name,
    type: c.type,
    kind: c.kind,
    parent: r.parentId ? { id: r.parentId, name: r.parentName ?? "" } : null,
    leader: r.leaderId ? { id: r.leaderId, fullName: r.leaderName ?? "" } : null,
    creationOrder: { number: c.creationOrderNumber, date: c.creationOrderDate },
    leaderOrder: c.leaderOrderNumber && c.leaderOrderDate ? { number: c.leaderOrderNumber, date: c.leaderOrderDate } : null,
    liquidation: c.liquidatedAt ? { number: c.liquidationOrderNumber ?? "", date: c.liquidationOrderDate ?? "", at: c.liquidatedAt } : null,
    memberCount: r.memberCount,
    liveChildren: r.liveChildren,
    depth: c.ancestorIds.length,
  };
}

function adminWhere(query: AdminQuery): SQL | undefined {
  const pattern = query.q ? containsPattern(query.q) : null;
  return and(
    pattern ? or(ilike(communities.name, pattern), ilike(communities.slug, pattern)) : undefined,
    query.status === "live" ? isNull(communities.liquidatedAt) : query.status === "archived" ? isNotNull(communities.liquidatedAt) : undefined,
  );
}

/** Every community for administrators: live ones first, by name. */
export async function listCommunitiesForAdmin({ actor, query }: { actor: Actor | null; query: AdminQuery }): Promise<Paged<AdminCommunityRow>> {
  assertCan(actor, "communities.manage");
  const db = await getDb();
  const where = adminWhere(query);
  const [totalRow] = await db.select({ n: count() }).from(communities).where(where);
  const total = totalRow?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / adminPageSize));
  const page = Math.min(query.page, pageCount);
  const rows = await adminSelection(db)
    .where(where)
    .orderBy(sql`${communities.liquidatedAt} is not null`, asc(communities.name), asc(communities.id))
    .limit(adminPageSize)
    .offset((page - 1) * adminPageSize);
  return { items: rows.map(toRow), total, page, pageCount, pageSize: adminPageSize };
}

/** One community with its orders, leader and live sub-communities, for the administrator's page. */
export async function getCommunityForAdmin({ actor, id }: { actor: Actor | null; id: string }): Promise<AdminCommunityRow> {
  assertCan(actor, "communities.manage");
  if (!communityIdSchema.safeParse(id).success) throw new DomainError("notFound");
  const db = await getDb();
  const [row] = await adminSelection(db).where(eq(communities.id, id));
  if (!row) throw new DomainError("notFound");
  return toRow(row);
}

export type ParentOption = { id: string; name: string; depth: number };

/** Live communities that may take one more level below them, ordered as a tree (parents before children). */
export async function listParentOptions({ actor }: { actor: Actor | null }): Promise<ParentOption[]> {
  assertCan(actor, "communities.manage");
  const db = await getDb();
  const rows = await db
    .select({ id: communities.id, name: communities.name, parentId: communities.parentId, ancestorIds: communities.ancestorIds })
    .from(communities)
    .where(and(isNull(communities.liquidatedAt), sql`cardinality(${communities.ancestorIds}) < ${maxDepth - 1}`))
    .orderBy(asc(communities.name));
  const childrenOf = new Map<string | null, typeof rows>();
  for (const r of rows) childrenOf.set(r.parentId, [...(childrenOf.get(r.parentId) ?? []), r]);
  const ordered: ParentOption[] = [];
  const walk = (parentId: string | null) => {
    for (const r of childrenOf.get(parentId) ?? []) {
      ordered.push({ id: r.id, name: r.name, depth: r.ancestorIds.length });
      walk(r.id);
    }
  };
  walk(null);
  return ordered;
}

export type LeaderCandidate = { id: string; fullName: string; organization: string | null };

/** Active accounts by name, e-mail or organization, for the leader picker (administrators only). */
export async function searchLeaderCandidates({ actor, query }: { actor: Actor | null; query: string }): Promise<LeaderCandidate[]> {
  assertCan(actor, "communities.manage");
  const q = query.trim().slice(0, 100);
  if (q.length < 2) return [];
  const found = await listUsersForAdmin({ actor, query: { q, role: "", status: "active", page: 1 } });
  return found.items.slice(0, 10).map((u) => ({ id: u.id, fullName: u.fullName, organization: u.organization?.name ?? null }));
}

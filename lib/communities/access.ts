import "server-only";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { communities, communityMemberships, organizationRepresentatives, users, type Community } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import type { CommunityRole, CommunityService } from "@/lib/reference/communities";

/**
 * What one viewer may do in one community: the single place every community query and mutation
 * asks, so a members-only community cannot leak through a route that forgot a check.
 */
export type CommunityAccess = {
  community: Community;
  /** The viewer's own active role here, or null. Through their organization they are a delegate, not a member. */
  role: CommunityRole | null;
  /** Active member here in person, or staff of an organization that is an active member. */
  isMember: boolean;
  isLeader: boolean;
  /** Leader of a community above this one: runs it like its own leader (settings, moderators). */
  leadsAbove: boolean;
  /** Moderator here, leader here, or leader of a community above (who names a sub-community's moderators). */
  isModerator: boolean;
  /** Administrators and methodists oversee every community. */
  isOverseer: boolean;
  /** May read announcements, the plan and the member list. */
  canSeeContent: boolean;
  /** Leader or moderator here (or above), or administrator: runs plan, announcements, requests. */
  canManage: boolean;
  archived: boolean;
};

/** Loads the community and the viewer's standing in it and above it, in a fixed number of queries. */
export async function communityAccess(viewer: Actor | null, community: Community, db?: Executor): Promise<CommunityAccess> {
  const executor = db ?? (await getDb());
  const chain = [...community.ancestorIds, community.id];
  const rows = viewer ? await standingIn(executor, viewer.id, chain) : [];
  const here = rows.filter((r) => r.communityId === community.id);
  const personal = here.find((r) => r.userId === viewer?.id);
  const role = personal?.role ?? null;
  const isLeader = role === "leader";
  const leadsAbove = rows.some((r) => r.communityId !== community.id && r.userId === viewer?.id && r.role === "leader");
  const isModerator = isLeader || role === "moderator" || leadsAbove;
  const isMember = here.length > 0;
  // A member of a sub-community reads its parents' content ("sees its parent's public content").
  const memberBelow = viewer ? await isMemberBelow(executor, viewer.id, community.id) : false;
  const isOverseer = can(viewer, "communities.oversee");
  const isAdmin = can(viewer, "communities.manage");
  return {
    community,
    role,
    isMember,
    isLeader,
    leadsAbove,
    isModerator,
    isOverseer,
    canSeeContent: community.visibility === "public" || isMember || isModerator || isOverseer || memberBelow,
    canManage: isModerator || isAdmin,
    archived: community.liquidatedAt !== null,
  };
}

/** Active memberships of the viewer, in person or through their organization, along the chain. */
async function standingIn(db: Executor, userId: string, chain: string[]) {
  const [me] = await db.select({ organizationId: users.organizationId }).from(users).where(eq(users.id, userId));
  const organizationId = me?.organizationId;
  return db
    .select({ communityId: communityMemberships.communityId, userId: communityMemberships.userId, role: communityMemberships.role })
    .from(communityMemberships)
    .where(
      and(
        inArray(communityMemberships.communityId, chain),
        eq(communityMemberships.status, "active"),
        organizationId ? or(eq(communityMemberships.userId, userId), eq(communityMemberships.organizationId, organizationId)) : eq(communityMemberships.userId, userId),
      ),
    );
}

async function isMemberBelow(db: Executor, userId: string, communityId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: communityMemberships.id })
    .from(communityMemberships)
    .innerJoin(communities, eq(communities.id, communityMemberships.communityId))
    .where(and(eq(communityMemberships.userId, userId), eq(communityMemberships.status, "active"), arrayContains(communities.ancestorIds, communityId)))
    .limit(1);
  return Boolean(row);
}

function arrayContains(column: typeof communities.ancestorIds, id: string) {
  return sql`${column} @> array[${id}]::uuid[]`;
}

/** Looks a community up by its address; a missing one is notFound for everyone. */
export async function findCommunity(slugOrId: { slug: string } | { id: string }, db?: Executor): Promise<Community> {
  const executor = db ?? (await getDb());
  const where = "slug" in slugOrId ? eq(communities.slug, slugOrId.slug) : eq(communities.id, slugOrId.id);
  const [row] = await executor.select().from(communities).where(where);
  if (!row) throw new DomainError("notFound");
  return row;
}

export function serviceOn(community: Community, service: CommunityService): boolean {
  return community.services.includes(service);
}

/** Refuses reading hidden content: the caller shows only the name, goal and how to join. */
export function assertCanSee(access: CommunityAccess): void {
  if (!access.canSeeContent) throw new DomainError("forbidden");
}

/** Representatives act for their organization: join communities, publish to its channel. */
export async function representedOrganizations(db: Executor, userId: string): Promise<string[]> {
  const rows = await db.select({ id: organizationRepresentatives.organizationId }).from(organizationRepresentatives).where(eq(organizationRepresentatives.userId, userId));
  return rows.map((r) => r.id);
}

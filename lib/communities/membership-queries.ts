import "server-only";
import { and, count, eq, ilike, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Database } from "@/db/client";
import { sharedRead } from "@/lib/cache/shared-reads";
import { communities, communityMemberships, consents, organizationRepresentatives, organizations, users, type Community } from "@/db/schema";
import { consentVersions } from "@/lib/accounts/consent-documents";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import type { Paged } from "@/lib/organizations/queries";
import type { CommunityRole, MembershipStatus } from "@/lib/reference/communities";
import { communityAccess, findCommunity } from "./access";
import { canRemoveModerators } from "./membership-rules";
import { membersPageSize, type MembersQuery } from "./membership-schemas";

export type OwnMembership = { id: string; status: MembershipStatus; role: CommunityRole; reason: string };

export type MembershipStanding = {
  community: { id: string; slug: string; name: string; joinPolicy: Community["joinPolicy"]; archived: boolean };
  signedIn: boolean;
  /** Active here in person or through the organization (a delegate). */
  isMember: boolean;
  canManage: boolean;
  /** The viewer's own membership row, whatever its status, or null. */
  own: OwnMembership | null;
  /** Organizations the viewer represents, with their membership row here if any. */
  organizations: { id: string; name: string; membership: OwnMembership | null }[];
};

/** What the join panel needs: the viewer's own row and those of the organizations they represent. */
export async function getMembershipStanding({ viewer, communityId }: { viewer: Actor | null; communityId: string }): Promise<MembershipStanding> {
  const db = await getDb();
  const community = await sharedRead(`community-id:${communityId}`, () => findCommunity({ id: communityId }, db));
  const access = await communityAccess(viewer, community, db);
  const base = {
    community: { id: community.id, slug: community.slug, name: community.name, joinPolicy: community.joinPolicy, archived: access.archived },
    signedIn: Boolean(viewer),
    isMember: access.isMember,
    canManage: access.canManage,
  };
  if (!viewer) return { ...base, own: null, organizations: [] };
  const represented = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizationRepresentatives)
    .innerJoin(organizations, eq(organizations.id, organizationRepresentatives.organizationId))
    // A representative acts for the organization only while still on its staff.
    .innerJoin(users, and(eq(users.id, organizationRepresentatives.userId), eq(users.organizationId, organizationRepresentatives.organizationId)))
    .where(and(eq(organizationRepresentatives.userId, viewer.id), eq(organizations.status, "approved")))
    .orderBy(organizations.name);
  const orgIds = represented.map((o) => o.id);
  const rows = await db
    .select({
      id: communityMemberships.id,
      userId: communityMemberships.userId,
      organizationId: communityMemberships.organizationId,
      status: communityMemberships.status,
      role: communityMemberships.role,
      reason: communityMemberships.reason,
    })
    .from(communityMemberships)
    .where(
      and(
        eq(communityMemberships.communityId, community.id),
        orgIds.length > 0 ? or(eq(communityMemberships.userId, viewer.id), inArray(communityMemberships.organizationId, orgIds)) : eq(communityMemberships.userId, viewer.id),
      ),
    );
  const pick = (r: (typeof rows)[number]): OwnMembership => ({ id: r.id, status: r.status, role: r.role, reason: r.reason });
  const own = rows.find((r) => r.userId === viewer.id);
  return {
    ...base,
    own: own ? pick(own) : null,
    organizations: represented.map((o) => {
      const row = rows.find((r) => r.organizationId === o.id);
      return { ...o, membership: row ? pick(row) : null };
    }),
  };
}

/** Users who agreed to show their profile (current version, not withdrawn). */
function visibleUserIds(db: Database) {
  return db
    .select({ userId: consents.userId })
    .from(consents)
    .where(and(eq(consents.document, "profile_visibility"), eq(consents.version, consentVersions.profile_visibility), isNull(consents.withdrawnAt)));
}

export type PersonMember = {
  kind: "person";
  membershipId: string;
  role: CommunityRole;
  joinedAt: Date | null;
  /** Null when the member hid their profile and the viewer does not manage the community. */
  person: { id: string; fullName: string; position: string; subjects: string[]; organizationName: string | null; profileVisible: boolean } | null;
};
export type Delegate = { id: string; fullName: string; position: string; subjects: string[] };
export type OrganizationMember = {
  kind: "organization";
  membershipId: string;
  role: CommunityRole;
  joinedAt: Date | null;
  organization: { id: string; name: string; municipality: string };
  delegation: Delegate[];
};
export type MemberEntry = PersonMember | OrganizationMember;

export type MemberList = Paged<MemberEntry> & {
  community: { id: string; slug: string; name: string };
  canManage: boolean;
  /** Leader here or above, or administrator: may also remove moderators. */
  canRemoveModerators: boolean;
  /** Only managers see the remove action; the leader is never removable. */
  viewerId: string | null;
};

const roleRank = (role: typeof communityMemberships.role) => sql<number>`case ${role} when 'leader' then 0 when 'moderator' then 1 else 2 end`;

/**
 * Active members, people and organizations, public fields only (never e-mail or phone); each
 * organization with its delegation: its visible active staff, loaded for the whole page at once.
 */
export async function listMembers({ viewer, communityId, query }: { viewer: Actor | null; communityId: string; query: MembersQuery }): Promise<MemberList> {
  const db = await getDb();
  const community = await sharedRead(`community-id:${communityId}`, () => findCommunity({ id: communityId }, db));
  const access = await communityAccess(viewer, community, db);
  if (!access.canSeeContent) throw new DomainError("forbidden");
  const filter = {
    all: undefined,
    leader: eq(communityMemberships.role, "leader"),
    moderator: eq(communityMemberships.role, "moderator"),
    member: and(eq(communityMemberships.role, "member"), isNotNull(communityMemberships.userId)),
    organization: isNotNull(communityMemberships.organizationId),
  }[query.role];
  const where = and(eq(communityMemberships.communityId, community.id), eq(communityMemberships.status, "active"), filter);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(communityMemberships).where(where);
  const { page, pageCount, offset } = paging(total, query.page, membersPageSize);
  const userOrg = alias(organizations, "user_organization");
  const visible = visibleUserIds(db);
  const rows = await db
    .select({
      membershipId: communityMemberships.id,
      role: communityMemberships.role,
      joinedAt: communityMemberships.joinedAt,
      userId: users.id,
      fullName: users.fullName,
      position: users.position,
      subjects: users.subjects,
      userOrganizationName: userOrg.name,
      profileVisible: sql<boolean>`${users.id} in ${visible}`,
      organizationId: organizations.id,
      organizationName: organizations.name,
      organizationMunicipality: organizations.municipality,
    })
    .from(communityMemberships)
    .leftJoin(users, eq(users.id, communityMemberships.userId))
    .leftJoin(userOrg, and(eq(userOrg.id, users.organizationId), eq(userOrg.status, "approved")))
    .leftJoin(organizations, eq(organizations.id, communityMemberships.organizationId))
    .where(where)
    .orderBy(roleRank(communityMemberships.role), sql`coalesce(${users.fullName}, ${organizations.name})`, communityMemberships.id)
    .limit(membersPageSize)
    .offset(offset);
  const orgIds = rows.flatMap((r) => (r.organizationId ? [r.organizationId] : []));
  const staff =
    orgIds.length === 0
      ? []
      : await db
          .select({ organizationId: users.organizationId, id: users.id, fullName: users.fullName, position: users.position, subjects: users.subjects })
          .from(users)
          .where(and(inArray(users.organizationId, orgIds), eq(users.status, "active"), inArray(users.id, visibleUserIds(db))))
          .orderBy(users.fullName);
  const items = rows.map((r): MemberEntry => {
    if (r.organizationId) {
      return {
        kind: "organization",
        membershipId: r.membershipId,
        role: r.role,
        joinedAt: r.joinedAt,
        organization: { id: r.organizationId, name: r.organizationName ?? "", municipality: r.organizationMunicipality ?? "" },
        delegation: staff.filter((s) => s.organizationId === r.organizationId).map(({ id, fullName, position, subjects }) => ({ id, fullName, position, subjects })),
      };
    }
    // Leaders and moderators hold an office by order: shown by name. Others choose by their consent.
    const shown = r.profileVisible || r.role !== "member" || r.userId === viewer?.id || access.canManage || access.isOverseer;
    return {
      kind: "person",
      membershipId: r.membershipId,
      role: r.role,
      joinedAt: r.joinedAt,
      person: shown && r.userId ? { id: r.userId, fullName: r.fullName ?? "", position: r.position ?? "", subjects: r.subjects ?? [], organizationName: r.userOrganizationName, profileVisible: Boolean(r.profileVisible) } : null,
    };
  });
  return {
    items,
    total,
    page,
    pageCount,
    pageSize: membersPageSize,
    community: { id: community.id, slug: community.slug, name: community.name },
    canManage: access.canManage && !access.archived,
    canRemoveModerators: !access.archived && canRemoveModerators(viewer, access),
    viewerId: viewer?.id ?? null,
  };
}

function paging(total: number, requested: number, pageSize: number) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, requested), pageCount);
  return { page, pageCount, offset: (page - 1) * pageSize };
}

export type RequestEntry = {
  membershipId: string;
  status: "pending" | "invited";
  message: string;
  at: Date;
  person: { id: string; fullName: string; position: string; organizationName: string | null } | null;
  organization: { id: string; name: string; municipality: string } | null;
  /** Who sent an organization's request, or who invited. */
  actedByName: string | null;
};

/** Pending requests (with their messages) and open invitations, for the community's managers. */
export async function listRequests({ viewer, communityId }: { viewer: Actor | null; communityId: string }) {
  const db = await getDb();
  const community = await sharedRead(`community-id:${communityId}`, () => findCommunity({ id: communityId }, db));
  const access = await communityAccess(viewer, community, db);
  if (!viewer) throw new DomainError("unauthenticated");
  if (!access.canManage) throw new DomainError("forbidden");
  const userOrg = alias(organizations, "user_organization");
  const actor = alias(users, "acted_by");
  const rows = await db
    .select({
      membershipId: communityMemberships.id,
      status: communityMemberships.status,
      message: communityMemberships.message,
      at: communityMemberships.updatedAt,
      userId: users.id,
      fullName: users.fullName,
      position: users.position,
      userOrganizationName: userOrg.name,
      organizationId: organizations.id,
      organizationName: organizations.name,
      organizationMunicipality: organizations.municipality,
      actedByName: actor.fullName,
    })
    .from(communityMemberships)
    .leftJoin(users, eq(users.id, communityMemberships.userId))
    .leftJoin(userOrg, and(eq(userOrg.id, users.organizationId), eq(userOrg.status, "approved")))
    .leftJoin(organizations, eq(organizations.id, communityMemberships.organizationId))
    .leftJoin(actor, eq(actor.id, communityMemberships.actedById))
    .where(and(eq(communityMemberships.communityId, community.id), inArray(communityMemberships.status, ["pending", "invited"])))
    .orderBy(communityMemberships.updatedAt, communityMemberships.id)
    .limit(500);
  const entries = rows.map(
    (r): RequestEntry => ({
      membershipId: r.membershipId,
      status: r.status === "invited" ? "invited" : "pending",
      message: r.message,
      at: r.at,
      person: r.userId ? { id: r.userId, fullName: r.fullName ?? "", position: r.position ?? "", organizationName: r.userOrganizationName } : null,
      organization: r.organizationId ? { id: r.organizationId, name: r.organizationName ?? "", municipality: r.organizationMunicipality ?? "" } : null,
      actedByName: r.actedByName,
    }),
  );
  return {
    community: { id: community.id, slug: community.slug, name: community.name, archived: access.archived },
    pending: entries.filter((e) => e.status === "pending"),
    invited: entries.filter((e) => e.status === "invited"),
  };
}

export type MyCommunity = {
  slug: string;
  name: string;
  archived: boolean;
  status: MembershipStatus;
  role: CommunityRole;
  /** Set when the viewer takes part as staff of a member organization. */
  viaOrganization: string | null;
};

/** The viewer's communities: own active, pending and invited rows, and those of their organization. */
export async function listMyCommunities({ viewer }: { viewer: Actor | null }): Promise<MyCommunity[]> {
  if (!viewer) throw new DomainError("unauthenticated");
  const db = await getDb();
  const [me] = await db.select({ organizationId: users.organizationId }).from(users).where(eq(users.id, viewer.id));
  const rows = await db
    .select({
      slug: communities.slug,
      name: communities.name,
      liquidatedAt: communities.liquidatedAt,
      status: communityMemberships.status,
      role: communityMemberships.role,
      userId: communityMemberships.userId,
      organizationName: organizations.name,
    })
    .from(communityMemberships)
    .innerJoin(communities, eq(communities.id, communityMemberships.communityId))
    .leftJoin(organizations, eq(organizations.id, communityMemberships.organizationId))
    .where(
      or(
        and(eq(communityMemberships.userId, viewer.id), inArray(communityMemberships.status, ["active", "pending", "invited"])),
        me?.organizationId ? and(eq(communityMemberships.organizationId, me.organizationId), eq(communityMemberships.status, "active")) : undefined,
      ),
    )
    .orderBy(roleRank(communityMemberships.role), communities.name);
  // In person first: a delegate who is also a member in person sees the community once.
  const seen = new Set<string>();
  const result: MyCommunity[] = [];
  for (const r of [...rows.filter((r) => r.userId), ...rows.filter((r) => !r.userId)]) {
    if (seen.has(r.slug)) continue;
    seen.add(r.slug);
    result.push({ slug: r.slug, name: r.name, archived: r.liquidatedAt !== null, status: r.status, role: r.role, viaOrganization: r.userId ? null : r.organizationName });
  }
  return result.sort((a, b) => a.name.localeCompare(b.name, "ru"));
}

export type Invitee = { id: string; fullName: string; position: string; organizationName: string | null; status: MembershipStatus | null };

/** Active users with open profiles matching a name, for the invitation picker; public fields only. */
export async function searchInvitees({ viewer, communityId, query }: { viewer: Actor | null; communityId: string; query: string }): Promise<Invitee[]> {
  const db = await getDb();
  const community = await sharedRead(`community-id:${communityId}`, () => findCommunity({ id: communityId }, db));
  const access = await communityAccess(viewer, community, db);
  if (!access.canManage) throw new DomainError("forbidden");
  const q = query.trim().slice(0, 100);
  if (q.length < 2) return [];
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const userOrg = alias(organizations, "user_organization");
  return db
    .select({ id: users.id, fullName: users.fullName, position: users.position, organizationName: userOrg.name, status: communityMemberships.status })
    .from(users)
    .leftJoin(userOrg, and(eq(userOrg.id, users.organizationId), eq(userOrg.status, "approved")))
    .leftJoin(communityMemberships, and(eq(communityMemberships.communityId, community.id), eq(communityMemberships.userId, users.id)))
    .where(and(eq(users.status, "active"), ilike(users.fullName, pattern), inArray(users.id, visibleUserIds(db))))
    .orderBy(users.fullName)
    .limit(10);
}

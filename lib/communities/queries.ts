import "server-only";
import { and, asc, count, desc, eq, gte, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { cache } from "react";
import { sharedRead } from "@/lib/cache/shared-reads";
import { getDb, type Executor } from "@/db/client";
import { activityLog, announcements, communities, communityMemberships, consents, organizations, planItems, users, type Community } from "@/db/schema";
import { consentVersions } from "@/lib/accounts/consent-documents";
import { can, type Actor } from "@/lib/auth/permissions";
import { communityServices, type communityVisibilities, type joinPolicies } from "@/lib/reference/communities";
import type { CommunityKind, CommunityRole, CommunityService, CommunityType, PlanItemStatus } from "@/lib/reference/communities";
import { communityAccess, findCommunity, serviceOn } from "./access";
import { containsPattern, profileVisible, type PublicPerson } from "./people";
import { cataloguePageSize, type CatalogueQuery } from "./schemas";

// Public reads of communities: the catalogue and the community's home. Every read of hidden
// content (announcements, plan, members) is behind communityAccess(...).canSeeContent, and each
// page is read in a fixed number of set-based queries whatever its size (benchmark 1).

export type CommunityVisibility = (typeof communityVisibilities)[number];
export type JoinPolicy = (typeof joinPolicies)[number];

export type Paged<T> = { items: T[]; total: number; page: number; pageCount: number; pageSize: number };

function paging(total: number, requested: number, pageSize: number) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, requested), pageCount);
  return { page, pageCount, pageSize, offset: (page - 1) * pageSize };
}

/** "How active": actions logged for the community in this many days. */
export const activityDays = 30;

export type CommunityCard = {
  id: string;
  slug: string;
  name: string;
  goal: string;
  type: CommunityType;
  kind: CommunityKind;
  subjects: string[];
  themes: string[];
  municipality: string;
  visibility: CommunityVisibility;
  joinPolicy: JoinPolicy;
  archived: boolean;
  parent: { slug: string; name: string } | null;
  /** Active members in person plus member organizations. */
  memberCount: number;
  /** Actions in the last {@link activityDays} days; null where the viewer may not see the content. */
  activityCount: number | null;
};

function catalogueWhere(filters: CatalogueQuery): SQL | undefined {
  return and(
    filters.archived ? undefined : isNull(communities.liquidatedAt),
    filters.q ? ilike(communities.name, containsPattern(filters.q)) : undefined,
    filters.type ? eq(communities.type, filters.type) : undefined,
    filters.kind ? eq(communities.kind, filters.kind) : undefined,
    filters.subject ? sql`${communities.subjects} @> array[${filters.subject}]::text[]` : undefined,
    filters.theme ? sql`${communities.themes} @> array[${filters.theme}]::text[]` : undefined,
    filters.municipality ? eq(communities.municipality, filters.municipality) : undefined,
  );
}

/** Active members per community (people and organizations), for the given ids, in one grouped query. */
async function memberCounts(db: Executor, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ communityId: communityMemberships.communityId, n: count() })
    .from(communityMemberships)
    .where(and(inArray(communityMemberships.communityId, ids), eq(communityMemberships.status, "active")))
    .groupBy(communityMemberships.communityId);
  return new Map(rows.map((r) => [r.communityId, r.n]));
}

async function activityCounts(db: Executor, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const since = new Date(Date.now() - activityDays * 86_400_000);
  const rows = await db
    .select({ communityId: activityLog.communityId, n: count() })
    .from(activityLog)
    .where(and(inArray(activityLog.communityId, ids), gte(activityLog.occurredAt, since)))
    .groupBy(activityLog.communityId);
  return new Map(rows.map((r) => [r.communityId!, r.n]));
}

type Standing = { communityId: string; ancestorIds: string[]; role: CommunityRole; personal: boolean };

/** The viewer's active memberships everywhere (in person or through their organization): one query. */
async function standingEverywhere(db: Executor, viewer: Actor): Promise<Standing[]> {
  const organizationOf = db.select({ id: users.organizationId }).from(users).where(eq(users.id, viewer.id));
  const rows = await db
    .select({ communityId: communityMemberships.communityId, ancestorIds: communities.ancestorIds, role: communityMemberships.role, userId: communityMemberships.userId })
    .from(communityMemberships)
    .innerJoin(communities, eq(communities.id, communityMemberships.communityId))
    .where(
      and(eq(communityMemberships.status, "active"), or(eq(communityMemberships.userId, viewer.id), inArray(communityMemberships.organizationId, organizationOf))),
    );
  return rows.map((r) => ({ communityId: r.communityId, ancestorIds: r.ancestorIds, role: r.role, personal: r.userId === viewer.id }));
}

/** The same rule as communityAccess().canSeeContent, decided for many communities from one standing list. */
function seesContent(community: Pick<Community, "id" | "visibility" | "ancestorIds">, standing: Standing[], overseer: boolean): boolean {
  if (community.visibility === "public" || overseer) return true;
  return standing.some(
    (s) =>
      s.communityId === community.id ||
      (s.personal && s.ancestorIds.includes(community.id)) ||
      (s.personal && s.role === "leader" && community.ancestorIds.includes(s.communityId)),
  );
}

/** The catalogue: live communities (and the archive on request), 20 a page, with member counts and activity. */
export async function listCommunities({ viewer, filters }: { viewer: Actor | null; filters: CatalogueQuery }): Promise<Paged<CommunityCard>> {
  const db = await getDb();
  const where = catalogueWhere(filters);
  const [totalRow] = await db.select({ n: count() }).from(communities).where(where);
  const total = totalRow?.n ?? 0;
  const { page, pageCount, pageSize, offset } = paging(total, filters.page, cataloguePageSize);
  const parent = alias(communities, "parent");
  const rows = await db
    .select({ community: communities, parentSlug: parent.slug, parentName: parent.name })
    .from(communities)
    .leftJoin(parent, eq(parent.id, communities.parentId))
    .where(where)
    .orderBy(asc(communities.name), asc(communities.id))
    .limit(pageSize)
    .offset(offset);
  const ids = rows.map((r) => r.community.id);
  const [members, activity, standing] = await Promise.all([memberCounts(db, ids), activityCounts(db, ids), viewer ? standingEverywhere(db, viewer) : []]);
  const overseer = can(viewer, "communities.oversee");
  const items = rows.map(({ community: c, parentSlug, parentName }) => ({
    id: c.id,
    slug: c.slug,
    name: c.name,
    goal: c.goal,
    type: c.type,
    kind: c.kind,
    subjects: c.subjects,
    themes: c.themes,
    municipality: c.municipality,
    visibility: c.visibility,
    joinPolicy: c.joinPolicy,
    archived: c.liquidatedAt !== null,
    parent: parentSlug && parentName ? { slug: parentSlug, name: parentName } : null,
    memberCount: members.get(c.id) ?? 0,
    activityCount: seesContent(c, standing, overseer) ? (activity.get(c.id) ?? 0) : null,
  }));
  return { items, total, page, pageCount, pageSize };
}

/** Municipalities of live communities, for the catalogue filter. */
export async function listCommunityMunicipalities(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.selectDistinct({ municipality: communities.municipality }).from(communities).where(isNull(communities.liquidatedAt)).orderBy(asc(communities.municipality));
  return rows.map((r) => r.municipality);
}

/** What anyone may know about a community: its card and how to join. */
export type CommunityView = {
  id: string;
  slug: string;
  name: string;
  description: string;
  goal: string;
  tasks: string;
  type: CommunityType;
  kind: CommunityKind;
  subjects: string[];
  themes: string[];
  municipality: string;
  visibility: CommunityVisibility;
  joinPolicy: JoinPolicy;
  /** Switched-on services known to this release, in the reference order. */
  services: CommunityService[];
  creationOrder: { number: string; date: string };
  leaderOrder: { number: string; date: string } | null;
  liquidation: { at: Date; number: string; date: string } | null;
};

function toView(c: Community): CommunityView {
  return {
    id: c.id,
    slug: c.slug,
    name: c.name,
    description: c.description,
    goal: c.goal,
    tasks: c.tasks,
    type: c.type,
    kind: c.kind,
    subjects: c.subjects,
    themes: c.themes,
    municipality: c.municipality,
    visibility: c.visibility,
    joinPolicy: c.joinPolicy,
    services: communityServices.filter((s) => serviceOn(c, s)),
    creationOrder: { number: c.creationOrderNumber, date: c.creationOrderDate },
    leaderOrder: c.leaderOrderNumber && c.leaderOrderDate ? { number: c.leaderOrderNumber, date: c.leaderOrderDate } : null,
    liquidation: c.liquidatedAt ? { at: c.liquidatedAt, number: c.liquidationOrderNumber ?? "", date: c.liquidationOrderDate ?? "" } : null,
  };
}

/** What the viewer may do here, without the loaded row (pages get flags, not the access object). */
export type ViewerStanding = {
  role: CommunityRole | null;
  isMember: boolean;
  /** May read announcements, the plan and the member list. */
  canSeeContent: boolean;
  /** Leader or moderator here or above, or administrator: plan, announcements, requests. */
  canManage: boolean;
  /** Leader here or above, or administrator: the settings (fields, services). */
  canRun: boolean;
  /** Leader here or above: names and removes moderators. */
  namesModerators: boolean;
  archived: boolean;
};

export type CommunityHeader = { community: CommunityView; breadcrumbs: { slug: string; name: string }[]; viewer: ViewerStanding };

const headerFor = cache(async (viewer: Actor | null, slug: string): Promise<CommunityHeader> => {
  const db = await getDb();
  const row = await sharedRead(`community:${slug}`, () => findCommunity({ slug }, db));
  const [access, ancestors] = await Promise.all([
    communityAccess(viewer, row, db),
    row.ancestorIds.length
      ? db.select({ id: communities.id, slug: communities.slug, name: communities.name }).from(communities).where(inArray(communities.id, row.ancestorIds))
      : Promise.resolve([]),
  ]);
  const byId = new Map(ancestors.map((a) => [a.id, a]));
  return {
    community: toView(row),
    breadcrumbs: row.ancestorIds.flatMap((id) => {
      const a = byId.get(id);
      return a ? [{ slug: a.slug, name: a.name }] : [];
    }),
    viewer: {
      role: access.role,
      isMember: access.isMember,
      canSeeContent: access.canSeeContent,
      canManage: access.canManage,
      canRun: access.isLeader || access.leadsAbove || can(viewer, "communities.manage"),
      namesModerators: access.isLeader || access.leadsAbove,
      archived: access.archived,
    },
  };
});

/**
 * A community's header: the public card, breadcrumbs (its ancestors in one query) and what the
 * viewer may do. Cached per request, so a layout and its page read it once. Unknown: notFound.
 */
export function getCommunityHeader({ viewer, slug }: { viewer: Actor | null; slug: string }): Promise<CommunityHeader> {
  return headerFor(viewer, slug);
}

export type ChildCard = { id: string; slug: string; name: string; goal: string; kind: CommunityKind; archived: boolean; memberCount: number };
export type AnnouncementPreview = { id: string; title: string; body: string; publishedAt: Date; author: string | null };
export type PlanPreview = { id: string; title: string; startsOn: string; endsOn: string; status: PlanItemStatus };
export type MemberPreview =
  | { kind: "person"; id: string; name: string; detail: string; role: CommunityRole }
  | { kind: "organization"; id: string; name: string; detail: string; role: CommunityRole };

export type CommunityHome = CommunityHeader & {
  children: ChildCard[];
  leader: PublicPerson | null;
  moderators: PublicPerson[];
  counts: { people: number; organizations: number };
  /** Null when the viewer may not see the content of a members-only community. */
  content: {
    /** Null when the announcements service is off. */
    announcements: AnnouncementPreview[] | null;
    plan: PlanPreview[];
    members: MemberPreview[];
  } | null;
};

export const homeLimits = { announcements: 5, plan: 5, members: 12 } as const;

/** Sub-communities with their member counts: one query. */
function childrenOf(db: Executor, id: string) {
  return db
    .select({
      id: communities.id,
      slug: communities.slug,
      name: communities.name,
      goal: communities.goal,
      kind: communities.kind,
      archived: sql<boolean>`${communities.liquidatedAt} is not null`,
      // Counted per child (an index probe each), not grouped over every community's members. Qualified
      // by hand: drizzle leaves columns unqualified in a single-table select.
      memberCount: sql<number>`(select count(*) from community_memberships m where m.community_id = "communities"."id" and m.status = 'active')::int`,
    })
    .from(communities)
    .where(eq(communities.parentId, id))
    .orderBy(sql`${communities.liquidatedAt} is not null`, asc(communities.name));
}

/** Leader and moderators with public fields only: one query. */
async function staffOf(db: Executor, id: string) {
  const rows = await db
    .select({
      id: users.id,
      fullName: users.fullName,
      position: users.position,
      organization: sql<string | null>`coalesce(nullif(${organizations.shortName}, ''), ${organizations.name})`,
      profileVisible: profileVisible(),
      role: communityMemberships.role,
    })
    .from(communityMemberships)
    .innerJoin(users, eq(users.id, communityMemberships.userId))
    .leftJoin(organizations, and(eq(organizations.id, users.organizationId), eq(organizations.status, "approved")))
    .where(and(eq(communityMemberships.communityId, id), eq(communityMemberships.status, "active"), inArray(communityMemberships.role, ["leader", "moderator"]), sql`${users.status} <> 'deleted'`))
    .orderBy(asc(users.fullName));
  const person = (r: (typeof rows)[number]): PublicPerson => ({ id: r.id, fullName: r.fullName, position: r.position, organization: r.organization, profileVisible: r.profileVisible });
  return { leader: rows.filter((r) => r.role === "leader").map(person)[0] ?? null, moderators: rows.filter((r) => r.role === "moderator").map(person) };
}

async function countsOf(db: Executor, id: string) {
  const [row] = await db
    .select({
      people: sql<number>`count(*) filter (where ${communityMemberships.userId} is not null)::int`,
      organizations: sql<number>`count(*) filter (where ${communityMemberships.organizationId} is not null)::int`,
    })
    .from(communityMemberships)
    .where(and(eq(communityMemberships.communityId, id), eq(communityMemberships.status, "active")));
  return { people: row?.people ?? 0, organizations: row?.organizations ?? 0 };
}

function latestAnnouncements(db: Executor, id: string): Promise<AnnouncementPreview[]> {
  return db
    .select({ id: announcements.id, title: announcements.title, body: sql<string>`left(${announcements.body}, 400)`, publishedAt: announcements.publishedAt, author: users.fullName })
    .from(announcements)
    .leftJoin(users, eq(users.id, announcements.authorId))
    .where(eq(announcements.communityId, id))
    .orderBy(desc(announcements.publishedAt), desc(announcements.id))
    .limit(homeLimits.announcements);
}

function currentPlan(db: Executor, id: string): Promise<PlanPreview[]> {
  return db
    .select({ id: planItems.id, title: planItems.title, startsOn: planItems.startsOn, endsOn: planItems.endsOn, status: planItems.status })
    .from(planItems)
    .where(and(eq(planItems.communityId, id), inArray(planItems.status, ["planned", "in_progress"])))
    .orderBy(asc(planItems.startsOn), asc(planItems.id))
    .limit(homeLimits.plan);
}

/** Up to 12 members: staff first, then by joining date; people only with a visible profile. One query. */
async function membersPreview(db: Executor, id: string): Promise<MemberPreview[]> {
  const rows = await db
    .select({
      userId: users.id,
      fullName: users.fullName,
      position: users.position,
      organizationId: organizations.id,
      organizationName: sql<string>`coalesce(nullif(${organizations.shortName}, ''), ${organizations.name})`,
      municipality: organizations.municipality,
      role: communityMemberships.role,
    })
    .from(communityMemberships)
    .leftJoin(users, and(eq(users.id, communityMemberships.userId), eq(users.status, "active")))
    .leftJoin(
      consents,
      and(eq(consents.userId, users.id), eq(consents.document, "profile_visibility"), eq(consents.version, consentVersions.profile_visibility), isNull(consents.withdrawnAt)),
    )
    .leftJoin(organizations, eq(organizations.id, communityMemberships.organizationId))
    .where(and(eq(communityMemberships.communityId, id), eq(communityMemberships.status, "active"), or(isNull(communityMemberships.userId), isNotNull(consents.id))))
    // The role enum runs member < moderator < leader: descending is staff first, and walks community_memberships_preview_idx.
    .orderBy(desc(communityMemberships.role), asc(communityMemberships.joinedAt), asc(communityMemberships.id))
    .limit(homeLimits.members);
  return rows.map((r) =>
    r.userId
      ? { kind: "person", id: r.userId, name: r.fullName ?? "", detail: r.position ?? "", role: r.role }
      : { kind: "organization", id: r.organizationId ?? "", name: r.organizationName, detail: r.municipality ?? "", role: r.role },
  );
}

/**
 * The community's home page: a fixed number of queries whatever the community's size — the
 * header (community, access, breadcrumbs), then children, staff, counts and, only when the viewer
 * may see the content, the latest announcements, the current plan items and a preview of members.
 * In production the shared part is kept for a few seconds (lib/cache/shared-reads.ts): a page view
 * then costs the header's query and the viewer's own standing.
 */
export async function getCommunityHome({ viewer, slug }: { viewer: Actor | null; slug: string }): Promise<CommunityHome> {
  const header = await getCommunityHeader({ viewer, slug });
  const db = await getDb();
  const id = header.community.id;
  const visible = header.viewer.canSeeContent;
  // The same for everyone who may (or everyone who may not) see the content: shared between viewers.
  const shared = await sharedRead(`home:${id}:${visible}`, async () => {
    const [children, staff, counts, latest, plan, members] = await Promise.all([
      childrenOf(db, id),
      staffOf(db, id),
      countsOf(db, id),
      visible && header.community.services.includes("announcements") ? latestAnnouncements(db, id) : null,
      visible ? currentPlan(db, id) : [],
      visible ? membersPreview(db, id) : [],
    ]);
    return { children, leader: staff.leader, moderators: staff.moderators, counts, content: visible ? { announcements: latest, plan, members } : null };
  });
  return { ...header, ...shared };
}

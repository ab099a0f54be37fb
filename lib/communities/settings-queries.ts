import "server-only";
import { and, asc, eq, ilike, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { communityMemberships, organizations, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { containsPattern, profileVisible, type PublicPerson } from "./people";
import { getCommunityHeader, type CommunityHeader } from "./queries";
import type { CommunityFieldsInput } from "./schemas";

// The settings screens of one community: for its leader, the leader of a community above it, and
// administrators. Everyone else gets forbidden (the page shows a 404).

export type CommunitySettings = CommunityHeader & {
  values: CommunityFieldsInput;
  /** Only those who may name moderators get the list of members to choose from. */
  moderators: PublicPerson[];
};

async function headerForRunner(viewer: Actor | null, slug: string): Promise<CommunityHeader> {
  if (!viewer) throw new DomainError("unauthenticated");
  const header = await getCommunityHeader({ viewer, slug });
  if (!header.viewer.canRun) throw new DomainError("forbidden");
  return header;
}

/** Current values of the editable fields and the current moderators. */
export async function getCommunitySettings({ viewer, slug }: { viewer: Actor | null; slug: string }): Promise<CommunitySettings> {
  const header = await headerForRunner(viewer, slug);
  const c = header.community;
  const db = await getDb();
  const moderators = await db
    .select({
      id: users.id,
      fullName: users.fullName,
      position: users.position,
      organization: sql<string | null>`coalesce(nullif(${organizations.shortName}, ''), ${organizations.name})`,
      profileVisible: profileVisible(),
    })
    .from(communityMemberships)
    .innerJoin(users, eq(users.id, communityMemberships.userId))
    .leftJoin(organizations, and(eq(organizations.id, users.organizationId), eq(organizations.status, "approved")))
    .where(and(eq(communityMemberships.communityId, c.id), eq(communityMemberships.status, "active"), eq(communityMemberships.role, "moderator")))
    .orderBy(asc(users.fullName));
  return {
    ...header,
    values: {
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
    },
    moderators,
  };
}

export type ModeratorCandidate = { id: string; fullName: string; position: string; organization: string | null };

/** Active members in person (not yet moderators) whose name matches, for "name a moderator". */
export async function searchModeratorCandidates({ viewer, slug, query }: { viewer: Actor | null; slug: string; query: string }): Promise<ModeratorCandidate[]> {
  const header = await headerForRunner(viewer, slug);
  if (!header.viewer.namesModerators) throw new DomainError("forbidden");
  const q = query.trim().slice(0, 100);
  if (q.length < 2) return [];
  const db = await getDb();
  return db
    .select({
      id: users.id,
      fullName: users.fullName,
      position: users.position,
      organization: sql<string | null>`coalesce(nullif(${organizations.shortName}, ''), ${organizations.name})`,
    })
    .from(communityMemberships)
    .innerJoin(users, eq(users.id, communityMemberships.userId))
    .leftJoin(organizations, and(eq(organizations.id, users.organizationId), eq(organizations.status, "approved")))
    .where(
      and(
        eq(communityMemberships.communityId, header.community.id),
        eq(communityMemberships.status, "active"),
        eq(communityMemberships.role, "member"),
        eq(users.status, "active"),
        ilike(users.fullName, containsPattern(q)),
      ),
    )
    .orderBy(asc(users.fullName))
    .limit(10);
}

import "server-only";
import { and, desc, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { announcements, organizations, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { communityAccess, findCommunity, serviceOn, type CommunityAccess } from "./access";
import { announcementsPageSize } from "./announcement-schemas";
import { mayPublishFor, runsCommunity } from "./announcements";

export type AnnouncementItem = {
  id: string;
  title: string;
  body: string;
  publishedAt: Date;
  /** Null once the author's account is erased. */
  authorName: string | null;
  canDelete: boolean;
};

export type CommunityAnnouncements = {
  access: CommunityAccess;
  items: AnnouncementItem[];
  page: number;
  hasNext: boolean;
  canPublish: boolean;
};

const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);
const idSchema = z.uuid();

function authorColumns() {
  return {
    id: announcements.id,
    title: announcements.title,
    body: announcements.body,
    publishedAt: announcements.publishedAt,
    authorId: announcements.authorId,
    authorName: users.fullName,
  };
}

/**
 * A community's announcements, newest first, for whoever may read its content while the service
 * is on; a switched-off service is notFound, as if the page did not exist.
 */
export async function listCommunityAnnouncements({ viewer, slug, page }: { viewer: Actor | null; slug: string; page?: unknown }): Promise<CommunityAnnouncements> {
  const db = await getDb();
  const community = await findCommunity({ slug }, db);
  const access = await communityAccess(viewer, community, db);
  if (!access.canSeeContent) throw new DomainError("forbidden");
  if (!serviceOn(community, "announcements")) throw new DomainError("notFound");
  const current = pageSchema.parse(page ?? 1);
  const rows = await db
    .select(authorColumns())
    .from(announcements)
    .leftJoin(users, and(eq(users.id, announcements.authorId), ne(users.status, "deleted")))
    .where(eq(announcements.communityId, community.id))
    .orderBy(desc(announcements.publishedAt), desc(announcements.id))
    .limit(announcementsPageSize + 1)
    .offset((current - 1) * announcementsPageSize);
  const runs = runsCommunity(access, viewer);
  const editable = !access.archived;
  const items = rows.slice(0, announcementsPageSize).map(({ authorId, ...item }) => ({
    ...item,
    canDelete: editable && Boolean(viewer) && (runs || authorId === viewer?.id),
  }));
  return { access, items, page: current, hasNext: rows.length > announcementsPageSize, canPublish: access.canManage && editable };
}

export type OrganizationChannel = { items: AnnouncementItem[]; canPublish: boolean };

/** The latest announcements of an organization's channel (public, like the organization page). */
export async function listOrganizationAnnouncements({ viewer, organizationId, limit = 5 }: { viewer: Actor | null; organizationId: string; limit?: number }): Promise<OrganizationChannel> {
  if (!idSchema.safeParse(organizationId).success) throw new DomainError("notFound");
  const db = await getDb();
  const [org] = await db.select({ status: organizations.status }).from(organizations).where(eq(organizations.id, organizationId));
  if (!org || org.status !== "approved") throw new DomainError("notFound");
  const [rows, canPublish] = await Promise.all([
    db
      .select(authorColumns())
      .from(announcements)
      .leftJoin(users, and(eq(users.id, announcements.authorId), ne(users.status, "deleted")))
      .where(eq(announcements.organizationId, organizationId))
      .orderBy(desc(announcements.publishedAt), desc(announcements.id))
      .limit(Math.min(Math.max(limit, 1), 20)),
    mayPublishFor(viewer, organizationId),
  ]);
  const items = rows.map(({ authorId, ...item }) => ({ ...item, canDelete: canPublish || (Boolean(viewer) && authorId === viewer?.id) }));
  return { items, canPublish };
}

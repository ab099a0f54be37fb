import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { announcements, organizations, type Announcement } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import { type Actor, assertSignedIn, can } from "@/lib/auth/permissions";
import { DomainError, fail, fromZod, ok, type Result } from "@/lib/errors";
import { queueMailToUsers } from "@/lib/mail/bulk";
import { deliverQueuedMail } from "@/lib/mail/send";
import { notifyAll } from "@/lib/notifications/notify";
import { communityAccess, findCommunity, representedOrganizations, serviceOn, type CommunityAccess } from "./access";
import { communityAudienceIds, communityMemberIds, organizationFollowerIds } from "./announcement-recipients";
import { announcementSchema } from "./announcement-schemas";

// Объявления: the leader, moderators and administrators publish to a community's channel while its
// "announcements" service is on; representatives publish to their organization's channel.
// Publishing notifies everyone concerned and mails the community's members in a fixed number of
// statements whatever their number.

type Caller = { actor: Actor | null; ip?: string };

const idSchema = z.uuid();

/** Leader here or above, or the administrator: may remove anyone's announcement, not only their own. */
export function runsCommunity(access: CommunityAccess, actor: Actor | null): boolean {
  return access.isLeader || access.leadsAbove || can(actor, "communities.manage");
}

/** Publishes to a community's channel; members and entitled followers get a notification, members a mail. */
export async function publishAnnouncement({ actor, slug, input, baseUrl }: Caller & { slug: string; input: unknown; baseUrl: string }): Promise<Result<{ id: string }>> {
  assertSignedIn(actor);
  const db = await getDb();
  const community = await findCommunity({ slug }, db);
  const access = await communityAccess(actor, community, db);
  if (!access.canManage) throw new DomainError("forbidden");
  if (access.archived) return fail("communityArchived");
  if (!serviceOn(community, "announcements")) return fail("serviceOff");
  const parsed = announcementSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { title, body } = parsed.data;
  const path = `/communities/${community.slug}/announcements`;

  const result = await db.transaction(async (tx) => {
    const [created] = await tx.insert(announcements).values({ communityId: community.id, authorId: actor.id, title, body }).returning({ id: announcements.id });
    const id = created!.id;
    await notifyAll(tx, communityAudienceIds(community.id, actor.id), {
      kind: "announcement.published",
      params: { channel: community.name, title },
      link: path,
      communityId: community.id,
    });
    await queueMailToUsers(tx, communityMemberIds(community.id, actor.id), "announcementPublished", (locale) => ({
      community: community.name,
      title,
      body,
      link: `${baseUrl}/${locale}${path}`,
    }));
    await logActivity(tx, { actorId: actor.id, verb: "announcement.published", objectType: "announcement", objectId: id, communityId: community.id });
    return ok({ id });
  });
  deliverQueuedMail();
  return result;
}

/** Publishes to an organization's channel: its representatives (and administrators) only; followers are notified. */
export async function publishOrganizationAnnouncement({ actor, organizationId, input }: Caller & { organizationId: string; input: unknown }): Promise<Result<{ id: string }>> {
  assertSignedIn(actor);
  if (!idSchema.safeParse(organizationId).success) throw new DomainError("notFound");
  const db = await getDb();
  const [org] = await db.select({ id: organizations.id, name: organizations.name, shortName: organizations.shortName, status: organizations.status }).from(organizations).where(eq(organizations.id, organizationId));
  if (!org || org.status !== "approved") throw new DomainError("notFound");
  if (!(await mayPublishFor(actor, org.id))) throw new DomainError("forbidden");
  const parsed = announcementSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { title, body } = parsed.data;

  return db.transaction(async (tx) => {
    const [created] = await tx.insert(announcements).values({ organizationId: org.id, authorId: actor.id, title, body }).returning({ id: announcements.id });
    const id = created!.id;
    await notifyAll(tx, organizationFollowerIds(org.id, actor.id), {
      kind: "announcement.published",
      params: { channel: org.shortName || org.name, title },
      link: `/organizations/${org.id}`,
    });
    await logActivity(tx, { actorId: actor.id, verb: "announcement.published", objectType: "announcement", objectId: id });
    return ok({ id });
  });
}

/** A representative of the organization, or an administrator. */
export async function mayPublishFor(actor: Actor | null, organizationId: string): Promise<boolean> {
  if (!actor) return false;
  if (can(actor, "organizations.manage")) return true;
  return (await representedOrganizations(await getDb(), actor.id)).includes(organizationId);
}

/** Removes an announcement: its author, the community's leader (or a leader above), an administrator. */
export async function deleteAnnouncement({ actor, id }: Caller & { id: string }): Promise<Result> {
  assertSignedIn(actor);
  if (!idSchema.safeParse(id).success) throw new DomainError("notFound");
  const db = await getDb();
  const [row] = await db.select().from(announcements).where(eq(announcements.id, id));
  if (!row) throw new DomainError("notFound");
  const refusal = await deletionRefusal(actor, row);
  if (refusal) return refusal;
  return db.transaction(async (tx) => {
    const deleted = await tx.delete(announcements).where(eq(announcements.id, row.id)).returning({ id: announcements.id });
    if (deleted.length === 0) return fail("conflict");
    await logActivity(tx, { actorId: actor.id, verb: "announcement.deleted", objectType: "announcement", objectId: row.id, communityId: row.communityId });
    return ok();
  });
}

/** Throws forbidden for someone with no say over the announcement; a Result for a refused but legitimate try. */
async function deletionRefusal(actor: Actor, row: Announcement): Promise<Result | null> {
  const isAuthor = row.authorId === actor.id;
  if (row.communityId) {
    const community = await findCommunity({ id: row.communityId });
    const access = await communityAccess(actor, community);
    if (!isAuthor && !runsCommunity(access, actor)) throw new DomainError(access.canSeeContent ? "forbidden" : "notFound");
    if (access.archived) return fail("communityArchived");
    return null;
  }
  if (!isAuthor && !(await mayPublishFor(actor, row.organizationId!))) throw new DomainError("forbidden");
  return null;
}

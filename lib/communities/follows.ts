import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { follows, organizations } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { DomainError, ok, type Result } from "@/lib/errors";
import { findCommunity } from "./access";

// [003 §3.1.2] Anyone signed in follows a community's or an organization's information channel.
// Following a members-only community is allowed: what it publishes still reaches only those who
// may read its content (the feed checks that in its query).

type Caller = { actor: Actor | null; ip?: string };
export type Channel = { communityId: string } | { organizationId: string };

const uuid = z.uuid();

/** The channel's community or organization must exist (a merged organization cannot be followed). */
async function resolveChannel(channel: Channel) {
  const id = "communityId" in channel ? channel.communityId : channel.organizationId;
  if (!uuid.safeParse(id).success) throw new DomainError("notFound");
  const db = await getDb();
  if ("communityId" in channel) {
    const community = await findCommunity({ id }, db);
    return { communityId: community.id, organizationId: null };
  }
  const [org] = await db.select({ id: organizations.id, status: organizations.status }).from(organizations).where(eq(organizations.id, id));
  if (!org || org.status !== "approved") throw new DomainError("notFound");
  return { communityId: null, organizationId: org.id };
}

function sameChannel(userId: string, target: { communityId: string | null; organizationId: string | null }) {
  return and(eq(follows.userId, userId), target.communityId ? eq(follows.communityId, target.communityId) : eq(follows.organizationId, target.organizationId!));
}

/** Starts following; following twice changes nothing. */
export async function follow({ actor, channel }: Caller & { channel: Channel }): Promise<Result> {
  assertSignedIn(actor);
  const target = await resolveChannel(channel);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(follows)
      .values({ userId: actor.id, ...target })
      .onConflictDoNothing()
      .returning({ id: follows.id });
    if (inserted.length > 0) {
      await logActivity(tx, {
        actorId: actor.id,
        verb: target.communityId ? "community.followed" : "organization.followed",
        objectType: target.communityId ? "community" : "organization",
        objectId: target.communityId ?? target.organizationId,
        communityId: target.communityId,
      });
    }
    return ok();
  });
}

/** Stops following; unfollowing what one does not follow changes nothing. */
export async function unfollow({ actor, channel }: Caller & { channel: Channel }): Promise<Result> {
  assertSignedIn(actor);
  const target = await resolveChannel(channel);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const deleted = await tx.delete(follows).where(sameChannel(actor.id, target)).returning({ id: follows.id });
    if (deleted.length > 0) {
      await logActivity(tx, {
        actorId: actor.id,
        verb: target.communityId ? "community.unfollowed" : "organization.unfollowed",
        objectType: target.communityId ? "community" : "organization",
        objectId: target.communityId ?? target.organizationId,
        communityId: target.communityId,
      });
    }
    return ok();
  });
}

/** Whether the viewer follows the channel; a guest follows nothing. */
export async function isFollowing({ viewer, channel }: { viewer: Actor | null; channel: Channel }): Promise<boolean> {
  if (!viewer) return false;
  const id = "communityId" in channel ? channel.communityId : channel.organizationId;
  if (!uuid.safeParse(id).success) return false;
  const db = await getDb();
  const where = and(eq(follows.userId, viewer.id), "communityId" in channel ? eq(follows.communityId, id) : eq(follows.organizationId, id));
  const [row] = await db.select({ id: follows.id }).from(follows).where(where).limit(1);
  return Boolean(row);
}

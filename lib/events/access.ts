import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/db/client";
import { events, type Event } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/permissions";
import { communityAccess, findCommunity, serviceOn, type CommunityAccess } from "@/lib/communities/access";
import { DomainError } from "@/lib/errors";

/**
 * What one viewer may do with one event: the single place every events query, mutation, export,
 * certificate and feed asks. SPEC §4; events belong to communities and follow their "events"
 * service; platform-wide events (no community) are the administrators'.
 */
export type EventAccess = {
  event: Event;
  /** The viewer's standing in the event's community; null for a platform-wide event. */
  community: CommunityAccess | null;
  canRead: boolean;
  /** Organizers: the community's leader and moderators (and leaders above), administrators. */
  canManage: boolean;
  /** May take a place: signed in, the event open for registration to them (not its deadline or capacity: registration checks those). */
  canRegister: boolean;
};

const idSchema = z.uuid();

export async function findEvent(id: string, db?: Executor): Promise<Event> {
  if (!idSchema.safeParse(id).success) throw new DomainError("notFound");
  const executor = db ?? (await getDb());
  const [row] = await executor.select().from(events).where(eq(events.id, id));
  if (!row) throw new DomainError("notFound");
  return row;
}

export async function eventAccess(viewer: Actor | null, event: Event, db?: Executor): Promise<EventAccess> {
  const executor = db ?? (await getDb());
  const community = event.communityId ? await communityAccess(viewer, await findCommunity({ id: event.communityId }, executor), executor) : null;
  if (!community) {
    const canManage = can(viewer, "events.platform");
    return { event, community, canRead: true, canManage, canRegister: Boolean(viewer) && event.status === "scheduled" };
  }
  const serviceIsOn = serviceOn(community.community, "events");
  const canManage = community.canManage && !community.archived;
  // A members-only community shows its events to those who see its content; a switched-off service hides them but from organizers.
  const canRead = community.canSeeContent && (serviceIsOn || canManage);
  const audienceFits = event.audience === "open" || community.isMember || community.isModerator;
  return { event, community, canRead, canManage, canRegister: Boolean(viewer) && canRead && serviceIsOn && !community.archived && audienceFits && event.status === "scheduled" };
}

/** Loads the event and refuses a viewer who may not read it (as not found: its existence stays private). */
export async function readableEvent(viewer: Actor | null, id: string, db?: Executor): Promise<EventAccess> {
  const access = await eventAccess(viewer, await findEvent(id, db), db);
  if (!access.canRead) throw new DomainError("notFound");
  return access;
}

/** Who may schedule in a community: its organizers while the events service is on and it is not archived. */
export async function canScheduleIn(viewer: Actor | null, communityId: string | null, db?: Executor): Promise<boolean> {
  if (!viewer) return false;
  if (!communityId) return can(viewer, "events.platform");
  const access = await communityAccess(viewer, await findCommunity({ id: communityId }, db), db);
  return access.canManage && !access.archived && serviceOn(access.community, "events");
}

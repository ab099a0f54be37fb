import { randomUUID } from "node:crypto";
import type { ActivityEntry } from "@/db/schema";
import { announcements, communities, communityMemberships, follows, notifications, organizationRepresentatives, planItems } from "@/db/schema";
import { demoCommunities, demoOrganizationChannels, demoRepresentatives } from "./demo-communities";
import { demoOrganizations, type DemoOrganizationKey } from "./demo-data";

// Turns demo-communities.ts into rows: communities with their orders, memberships in every
// status, organization members, plans, announcements, follows, a few notifications, and the
// activity log of all of it (with the community id), spread over the months the demo covers.

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MOSCOW = 3 * HOUR;

export type CommunityRows = {
  communities: (typeof communities.$inferInsert)[];
  memberships: (typeof communityMemberships.$inferInsert)[];
  representatives: (typeof organizationRepresentatives.$inferInsert)[];
  planItems: (typeof planItems.$inferInsert)[];
  announcements: (typeof announcements.$inferInsert)[];
  follows: (typeof follows.$inferInsert)[];
  notifications: (typeof notifications.$inferInsert)[];
  activity: ActivityEntry[];
};

export type SeedContext = {
  random: () => number;
  nowMs: number;
  userId: (email: string) => string;
  userJoinedAt: (email: string) => Date;
  userName: (email: string) => string;
  organizationId: (key: DemoOrganizationKey) => string;
  adminEmail: string;
};

export function buildCommunityRows(ctx: SeedContext): CommunityRows {
  const { random, nowMs, userId } = ctx;
  const rows: CommunityRows = { communities: [], memberships: [], representatives: [], planItems: [], announcements: [], follows: [], notifications: [], activity: [] };
  const adminId = userId(ctx.adminEmail);
  /** A weekday working moment (Moscow time) `daysAgo` days back, never in the future. */
  const workday = (daysAgo: number) => {
    const at = new Date(nowMs - daysAgo * DAY + MOSCOW);
    while (at.getUTCDay() === 0 || at.getUTCDay() === 6) at.setUTCDate(at.getUTCDate() - 1);
    at.setUTCHours(9 + Math.floor(random() * 8), Math.floor(random() * 60), Math.floor(random() * 60), 0);
    return new Date(Math.min(at.getTime() - MOSCOW, nowMs - 5 * 60_000));
  };
  /** A moment between two others (the later bound kept before now). */
  const between = (from: number, to: number) => new Date(from + random() * Math.max(0, Math.min(to, nowMs - HOUR) - from));
  const userReady = (email: string) => ctx.userJoinedAt(email).getTime() + DAY;
  const ids = new Map<string, string>(demoCommunities.map((c) => [c.slug, randomUUID()]));
  const byslug = new Map(demoCommunities.map((c) => [c.slug, c]));
  const representativeOf = new Map<DemoOrganizationKey, string>();

  for (const { organization, email } of demoRepresentatives) {
    representativeOf.set(organization, email);
    rows.representatives.push({ organizationId: ctx.organizationId(organization), userId: userId(email), createdAt: new Date(userReady(email) + 2 * DAY) });
  }

  for (const community of demoCommunities) {
    const id = ids.get(community.slug)!;
    const createdAt = workday(community.createdDaysAgo);
    const created = createdAt.getTime();
    const leaderId = userId(community.leader);
    const log = (at: Date | number, actorId: string, verb: string, objectType: string, objectId: string) =>
      rows.activity.push({ occurredAt: new Date(at), actorId, verb, objectType, objectId, communityId: id });
    const bell = (recipients: string[], at: Date, kind: string, params: Record<string, string>, read: boolean, link = `/communities/${community.slug}`) => {
      for (const recipient of recipients) {
        rows.notifications.push({ userId: recipient, kind, params, link, communityId: id, readAt: read ? new Date(Math.min(at.getTime() + random() * DAY, nowMs)) : null, createdAt: at });
      }
    };
    const managers = [leaderId, ...community.moderators.map(userId)];
    const ancestors: string[] = [];
    for (let parent = community.parent; parent; parent = byslug.get(parent)?.parent) ancestors.unshift(ids.get(parent)!);
    const liquidatedAt = community.liquidation ? workday(community.liquidation.daysAgo) : null;
    // The leader is appointed by an order of the same day as the creation order.
    const ordered = community.creationOrderDate ?? orderDate(created, random);

    rows.communities.push({
      id,
      slug: community.slug,
      name: community.name,
      description: community.description,
      goal: community.goal,
      tasks: community.tasks,
      type: community.type,
      kind: community.kind,
      subjects: community.subjects,
      themes: community.themes,
      municipality: community.municipality ?? "г. Обнинск",
      visibility: community.visibility,
      joinPolicy: community.joinPolicy,
      services: community.services,
      parentId: community.parent ? ids.get(community.parent)! : null,
      ancestorIds: ancestors,
      creationOrderNumber: community.creationOrder,
      creationOrderDate: ordered,
      leaderOrderNumber: community.leaderOrder,
      leaderOrderDate: ordered,
      liquidatedAt,
      liquidationOrderNumber: community.liquidation?.order ?? null,
      liquidationOrderDate: liquidatedAt ? orderDate(liquidatedAt.getTime(), random) : null,
      createdById: adminId,
      createdAt,
      updatedAt: liquidatedAt ?? createdAt,
    });
    log(created, adminId, "community.created", "community", id);

    // The leader, appointed by the administrator together with the creation.
    const leaderJoined = new Date(Math.max(created, userReady(community.leader)) + 20 * 60_000);
    rows.memberships.push({ id: randomUUID(), communityId: id, userId: leaderId, role: "leader", status: "active", actedById: adminId, decidedById: adminId, decidedAt: leaderJoined, joinedAt: leaderJoined, createdAt: leaderJoined, updatedAt: leaderJoined });
    log(leaderJoined, adminId, "community.leaderAppointed", "user", leaderId);

    const opened = created + DAY;
    const until = liquidatedAt ? liquidatedAt.getTime() - DAY : nowMs - DAY;
    const join = (member: { userId?: string; organizationId?: string; actor: string; ready: number; role: "member" | "moderator" }) => {
      const membershipId = randomUUID();
      const requested = between(Math.max(opened, member.ready), Math.min(until, Math.max(opened, member.ready) + 120 * DAY));
      const actorId = member.actor;
      let joinedAt = requested;
      let decidedById: string | null = null;
      if (community.joinPolicy === "open") {
        log(requested, actorId, "membership.joined", "community_membership", membershipId);
      } else if (community.joinPolicy === "approval") {
        joinedAt = new Date(Math.min(requested.getTime() + (2 + random() * 40) * HOUR, nowMs - HOUR));
        decidedById = leaderId;
        log(requested, actorId, "membership.requested", "community_membership", membershipId);
        log(joinedAt, leaderId, "membership.approved", "community_membership", membershipId);
        if (member.userId && joinedAt.getTime() > nowMs - 14 * DAY) bell([member.userId], joinedAt, "membership.approved", { community: community.name }, random() < 0.5);
      } else {
        joinedAt = new Date(Math.min(requested.getTime() + (2 + random() * 40) * HOUR, nowMs - HOUR));
        log(requested, leaderId, "membership.invited", "community_membership", membershipId);
        log(joinedAt, actorId, "membership.joined", "community_membership", membershipId);
      }
      rows.memberships.push({
        id: membershipId,
        communityId: id,
        userId: member.userId ?? null,
        organizationId: member.organizationId ?? null,
        role: member.role,
        status: "active",
        actedById: member.organizationId ? actorId : community.joinPolicy === "invitation" ? leaderId : null,
        decidedById,
        decidedAt: decidedById ? joinedAt : null,
        joinedAt,
        createdAt: requested,
        updatedAt: joinedAt,
      });
      if (member.role === "moderator") {
        const appointed = new Date(Math.min(joinedAt.getTime() + (1 + random() * 5) * DAY, until));
        log(appointed, leaderId, "community.moderatorSet", "user", member.userId!);
      }
      return joinedAt;
    };

    const activeEmails = [community.leader];
    for (const email of community.moderators) {
      join({ userId: userId(email), actor: userId(email), ready: userReady(email), role: "moderator" });
      activeEmails.push(email);
    }
    for (const email of community.members) {
      join({ userId: userId(email), actor: userId(email), ready: userReady(email), role: "member" });
      activeEmails.push(email);
    }
    for (const key of community.organizations ?? []) {
      const representative = representativeOf.get(key);
      if (!representative) throw new Error(`demo-communities: ${key} has no representative`);
      join({ organizationId: ctx.organizationId(key), actor: userId(representative), ready: userReady(representative) + 3 * DAY, role: "member" });
    }
    for (const request of community.requests ?? []) {
      const at = workday(request.daysAgo);
      const membershipId = randomUUID();
      rows.memberships.push({ id: membershipId, communityId: id, userId: userId(request.email), role: "member", status: "pending", message: request.message, createdAt: at, updatedAt: at });
      log(at, userId(request.email), "membership.requested", "community_membership", membershipId);
      const applicant = { community: community.name, applicant: ctx.userName(request.email) };
      bell(managers, at, "membership.requested", applicant, false, `/communities/${community.slug}/requests`);
    }
    for (const invitation of community.invitations ?? []) {
      const at = workday(invitation.daysAgo);
      const membershipId = randomUUID();
      rows.memberships.push({ id: membershipId, communityId: id, userId: userId(invitation.email), role: "member", status: "invited", actedById: leaderId, createdAt: at, updatedAt: at });
      log(at, leaderId, "membership.invited", "community_membership", membershipId);
      bell([userId(invitation.email)], at, "membership.invited", { community: community.name }, false);
    }
    for (const past of community.history ?? []) {
      const membershipId = randomUUID();
      const memberId = userId(past.email);
      const start = between(Math.max(opened, userReady(past.email)), until - 20 * DAY);
      const end = between(start.getTime() + DAY, until);
      const wasMember = past.status === "left" || past.status === "removed";
      const decided = past.status === "rejected" || past.status === "removed";
      rows.memberships.push({
        id: membershipId,
        communityId: id,
        userId: memberId,
        role: "member",
        status: past.status,
        message: past.message ?? "",
        reason: past.reason ?? "",
        decidedById: decided ? leaderId : null,
        decidedAt: decided ? end : null,
        joinedAt: wasMember ? start : null,
        createdAt: start,
        updatedAt: end,
      });
      log(start, memberId, wasMember && community.joinPolicy === "open" ? "membership.joined" : "membership.requested", "community_membership", membershipId);
      if (wasMember && community.joinPolicy !== "open") log(new Date(start.getTime() + 3 * HOUR), leaderId, "membership.approved", "community_membership", membershipId);
      log(end, decided ? leaderId : memberId, `membership.${past.status}`, "community_membership", membershipId);
      if (decided) bell([memberId], end, `membership.${past.status}`, { community: community.name, reason: past.reason ?? "" }, true);
    }

    for (const email of community.followers ?? []) {
      const at = between(Math.max(opened, userReady(email)), until);
      rows.follows.push({ userId: userId(email), communityId: id, createdAt: at });
      log(at, userId(email), "community.followed", "community", id);
    }

    for (const item of community.plan) {
      const itemId = randomUUID();
      const startsAt = nowMs + item.starts * DAY;
      const author = userId(random() < 0.6 || community.moderators.length === 0 ? community.leader : community.moderators[0]!);
      const createdItem = new Date(Math.min(Math.max(created + 2 * DAY, startsAt - 30 * DAY), nowMs - 2 * DAY));
      const closed = item.status === "done" || item.status === "cancelled";
      const updatedAt = closed ? new Date(Math.min(startsAt + item.days * DAY, nowMs - HOUR)) : createdItem;
      rows.planItems.push({
        id: itemId,
        communityId: id,
        title: item.title,
        description: item.description,
        startsOn: isoDate(startsAt),
        endsOn: isoDate(startsAt + (item.days - 1) * DAY),
        responsibleId: userId(item.responsible),
        status: item.status,
        link: item.link ?? null,
        createdById: author,
        createdAt: createdItem,
        updatedAt,
      });
      log(createdItem, author, "plan_item.created", "plan_item", itemId);
      if (item.status !== "planned") log(closed ? updatedAt : new Date(Math.max(createdItem.getTime(), Math.min(startsAt, nowMs - HOUR))), author, "plan_item.updated", "plan_item", itemId);
    }

    const memberIds = activeEmails.map(userId);
    for (const post of community.announcements) {
      const announcementId = randomUUID();
      const at = workday(post.daysAgo);
      rows.announcements.push({ id: announcementId, communityId: id, authorId: userId(post.author), title: post.title, body: post.body, publishedAt: at, createdAt: at });
      log(at, userId(post.author), "announcement.published", "announcement", announcementId);
      // Members' bells keep the last fortnight's announcements; the older ones are read.
      if (post.daysAgo > 14) continue;
      const readers = memberIds.filter((m) => m !== userId(post.author));
      bell(readers, at, "announcement.published", { channel: community.name, title: post.title }, post.daysAgo > 5 || random() < 0.4);
    }

    if (liquidatedAt) log(liquidatedAt, adminId, "community.liquidated", "community", id);
  }

  for (const channel of demoOrganizationChannels) {
    const organizationId = ctx.organizationId(channel.organization);
    for (const email of channel.followers) {
      const at = between(userReady(email), nowMs - 30 * DAY);
      rows.follows.push({ userId: userId(email), organizationId, createdAt: at });
      rows.activity.push({ occurredAt: at, actorId: userId(email), verb: "organization.followed", objectType: "organization", objectId: organizationId });
    }
    const shortName = demoOrganizations[channel.organization].shortName;
    for (const post of channel.announcements) {
      const announcementId = randomUUID();
      const at = workday(post.daysAgo);
      rows.announcements.push({ id: announcementId, organizationId, authorId: userId(post.author), title: post.title, body: post.body, publishedAt: at, createdAt: at });
      rows.activity.push({ occurredAt: at, actorId: userId(post.author), verb: "announcement.published", objectType: "announcement", objectId: announcementId });
      if (post.daysAgo > 14) continue;
      for (const email of channel.followers) {
        rows.notifications.push({
          userId: userId(email),
          kind: "announcement.published",
          params: { channel: shortName, title: post.title },
          link: `/organizations/${organizationId}`,
          readAt: random() < 0.5 ? new Date(at.getTime() + random() * DAY) : null,
          createdAt: at,
        });
      }
    }
  }
  return rows;
}

/** An order is signed a few working days before the platform records it. */
function orderDate(at: number, random: () => number): string {
  const day = new Date(at + MOSCOW - (1 + Math.floor(random() * 5)) * DAY);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

function isoDate(at: number): string {
  return new Date(at + MOSCOW).toISOString().slice(0, 10);
}

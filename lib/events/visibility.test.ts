import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { events, type Community, type Event } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { addMembership, createCommunityRow } from "@/test/community-factories";
import { createEventRow } from "@/test/event-factories";
import { createOrganization, createUser } from "@/test/factories";
import { eventAccess } from "./access";
import { eventsVisibleTo } from "./visibility";

// The SQL twin must agree with eventAccess(...).canRead for every viewer and every kind of community.

const withoutEvents = ["forum", "announcements", "plan", "materials"];
const viewers: Record<string, Actor | null> = { guest: null };
const eventsByName: Record<string, Event> = {};

beforeAll(async () => {
  const open = await createCommunityRow({ name: "Открытое" });
  const openOff = await createCommunityRow({ name: "Открытое без событий", services: withoutEvents });
  const closed = await createCommunityRow({ name: "Закрытое", visibility: "members" });
  const closedOff = await createCommunityRow({ name: "Закрытое без событий", visibility: "members", services: withoutEvents });
  const childOfClosed = await createCommunityRow({ name: "Подсообщество закрытого", parent: closed, visibility: "members" });
  const archivedOff = await createCommunityRow({ name: "Ликвидированное без событий", services: withoutEvents, liquidatedAt: new Date() });
  const archivedOn = await createCommunityRow({ name: "Ликвидированное", visibility: "members", liquidatedAt: new Date() });
  const communities: Record<string, Community> = { open, openOff, closed, closedOff, childOfClosed, archivedOff, archivedOn };

  const plain = await createUser();
  const member = await createUser();
  const moderator = await createUser();
  const leader = await createUser();
  const childMember = await createUser();
  const school = await createOrganization();
  const staff = await createUser({ organizationId: school.id });
  const admin = await createUser({ roles: ["administrator"] });
  const methodist = await createUser({ roles: ["methodist"] });
  const formerMember = await createUser();
  for (const c of [closed, closedOff, openOff, archivedOff, archivedOn]) await addMembership(c.id, { userId: member.id });
  for (const c of [closed, closedOff, openOff, archivedOff, archivedOn]) await addMembership(c.id, { userId: moderator.id }, { role: "moderator" });
  await addMembership(closed.id, { userId: leader.id }, { role: "leader" });
  await addMembership(childOfClosed.id, { userId: childMember.id });
  await addMembership(closed.id, { organizationId: school.id });
  await addMembership(closed.id, { userId: formerMember.id }, { status: "left" });
  for (const [name, u] of Object.entries({ plain, member, moderator, leader, childMember, staff, admin, methodist, formerMember })) viewers[name] = u.actor;

  eventsByName.platform = await createEventRow({ title: "platform" });
  for (const [name, c] of Object.entries(communities)) eventsByName[name] = await createEventRow({ title: name, communityId: c.id });
  eventsByName.cancelled = await createEventRow({ title: "cancelled", communityId: closed.id, status: "cancelled" });
});

async function sqlSays(viewer: Actor | null, event: Event): Promise<boolean> {
  const rows = await (await getDb())
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.id, event.id), eventsVisibleTo(viewer?.id ?? null)));
  return rows.length === 1;
}

describe("eventsVisibleTo agrees with eventAccess.canRead", () => {
  test("for every viewer and every event", async () => {
    const table: string[] = [];
    const disagreements: string[] = [];
    for (const [viewerName, viewer] of Object.entries(viewers)) {
      for (const [eventName, event] of Object.entries(eventsByName)) {
        const expected = (await eventAccess(viewer, event)).canRead;
        const actual = await sqlSays(viewer, event);
        if (expected !== actual) disagreements.push(`${viewerName} × ${eventName}: access ${expected}, sql ${actual}`);
        if (actual) table.push(`${viewerName}:${eventName}`);
      }
    }
    expect(disagreements).toEqual([]);
    // The table is not trivial: some readers and some refusals of each kind.
    expect(table).toContain("guest:platform");
    expect(table).toContain("guest:open");
    expect(table).not.toContain("guest:closed");
    expect(table).not.toContain("plain:openOff");
    expect(table).toContain("moderator:openOff");
    expect(table).toContain("admin:closedOff");
    expect(table).not.toContain("methodist:closedOff");
    expect(table).toContain("methodist:closed");
    expect(table).not.toContain("member:closedOff");
    expect(table).toContain("leader:childOfClosed");
    expect(table).toContain("childMember:closed");
    expect(table).toContain("staff:closed");
    expect(table).not.toContain("formerMember:closed");
    expect(table).not.toContain("moderator:archivedOff");
    expect(table).toContain("member:archivedOn");
  });
});

import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { eventRegistrations } from "@/db/schema";
import { createCommunityRow } from "@/test/community-factories";
import { communityWithRoles, outcome, type RoleWorld } from "@/test/community-roles";
import { createUser } from "@/test/factories";
import { createMaterialRow } from "@/test/material-factories";
import { cancelEvent, createEvent } from "./mutations";
import { formValues, getEventPage, schedulingChoices, upcomingInCommunity } from "./queries";
import type { EventInput } from "./schemas";

let world: RoleWorld;
beforeAll(async () => {
  world = await communityWithRoles();
});

const input = (overrides: Partial<EventInput> = {}): EventInput => ({
  title: "Мастер-класс «Геометрия в GeoGebra»",
  form: "master_class",
  format: "online",
  communityId: world.community.id,
  description: "",
  allDay: false,
  startDate: "2027-03-01",
  startTime: "14:00",
  endDate: "2027-03-01",
  endTime: "15:30",
  timeZone: "Asia/Kamchatka",
  place: "",
  meetingUrl: "https://telemost.yandex.ru/j/1",
  linkForRegistered: true,
  capacity: "",
  deadlineDate: "2027-02-28",
  deadlineTime: "18:00",
  audience: "open",
  subjects: [],
  hours: "1.5",
  speakers: [],
  materialIds: [],
  recurrence: { frequency: "none", interval: 1, count: 1 },
  ...overrides,
});

async function make(overrides: Partial<EventInput> = {}) {
  const made = await createEvent({ actor: world.users.leader.actor, input: input(overrides) });
  if (!made.ok) throw new Error(JSON.stringify(made));
  return made.data.id;
}

describe("the event page", () => {
  test("the meeting link: organizers always, others once registered (when the organizer hides it)", async () => {
    const id = await make();
    const teacher = await createUser();
    expect((await getEventPage({ viewer: world.users.moderatorHere.actor, id })).showMeetingLink).toBe(true);
    expect((await getEventPage({ viewer: teacher.actor, id })).showMeetingLink).toBe(false);
    expect((await getEventPage({ viewer: null, id })).showMeetingLink).toBe(false);
    await (await getDb()).insert(eventRegistrations).values({ eventId: id, userId: teacher.id, status: "waitlisted" });
    const waiting = await getEventPage({ viewer: teacher.actor, id });
    expect([waiting.showMeetingLink, waiting.registration?.status]).toEqual([false, "waitlisted"]);
    const open = await make({ linkForRegistered: false });
    expect((await getEventPage({ viewer: null, id: open })).showMeetingLink).toBe(true);
  });

  test("attached materials: only those the viewer may read; the edit form keeps all", async () => {
    const closed = await createCommunityRow({ visibility: "members" });
    const open = await createMaterialRow(world.users.member, { title: "Открытый материал" });
    const hidden = await createMaterialRow(world.users.member, { title: "Материал закрытого сообщества", communityId: closed.id });
    // The administrator may read both, and attaches them.
    const made = await createEvent({ actor: world.users.administrator.actor, input: input({ materialIds: [open.id, hidden.id] }) });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const page = await getEventPage({ viewer: world.users.member.actor, id: made.data.id });
    expect(page.materials.map((m) => m.title)).toEqual(["Открытый материал"]);
    expect(formValues(page).materialIds).toBe(`${open.id}\n${hidden.id}`);
  });

  test("the edit form gets back the wall time in the event's zone", async () => {
    const id = await make();
    const values = formValues(await getEventPage({ viewer: world.users.leader.actor, id }));
    expect(values).toMatchObject({ startDate: "2027-03-01", startTime: "14:00", endTime: "15:30", deadlineDate: "2027-02-28", deadlineTime: "18:00", timeZone: "Asia/Kamchatka", hours: "1.5" });
  });

  test("a members-only community's event is not found for outsiders; guests see the viewer zone default", async () => {
    const closed = await communityWithRoles({ visibility: "members" });
    const made = await createEvent({ actor: closed.users.leader.actor, input: input({ communityId: closed.community.id }) });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(await outcome(() => getEventPage({ viewer: world.users.member.actor, id: made.data.id }) as never)).toBe("notFound");
    expect((await getEventPage({ viewer: closed.users.member.actor, id: made.data.id })).event.id).toBe(made.data.id);
    expect((await getEventPage({ viewer: null, id: await make() })).viewerZone).toBe("Europe/Moscow");
  });
});

describe("lists", () => {
  test("upcoming: the next three not yet over, cancelled left out", async () => {
    const community = await createCommunityRow({ parent: world.community });
    const { addMembership } = await import("@/test/community-factories");
    const leader = await createUser();
    await addMembership(community.id, { userId: leader.id }, { role: "leader" });
    const ids: string[] = [];
    for (const day of ["2027-05-04", "2027-05-01", "2027-05-03", "2027-05-02"]) {
      const made = await createEvent({ actor: leader.actor, input: input({ communityId: community.id, title: `Событие ${day}`, startDate: day, endDate: day, deadlineDate: "", deadlineTime: "" }) });
      if (!made.ok) throw new Error(JSON.stringify(made));
      ids.push(made.data.id);
    }
    const at = new Date("2027-01-01T00:00:00Z");
    expect((await upcomingInCommunity(community.id, 3, at)).map((e) => e.title)).toEqual(["Событие 2027-05-01", "Событие 2027-05-02", "Событие 2027-05-03"]);
    expect((await cancelEvent({ actor: leader.actor, id: ids[3]!, input: { reason: "Перенос" } })).ok).toBe(true);
    expect((await upcomingInCommunity(community.id, 3, at)).map((e) => e.title)).toEqual(["Событие 2027-05-01", "Событие 2027-05-03", "Событие 2027-05-04"]);
    expect(await upcomingInCommunity(community.id, 3, new Date("2027-06-01T00:00:00Z"))).toEqual([]);
  });

  test("where one may schedule: organized communities with the service on; platform-wide for administrators", async () => {
    const off = await createCommunityRow({ services: ["materials"] });
    const { addMembership } = await import("@/test/community-factories");
    await addMembership(off.id, { userId: world.users.moderatorHere.id }, { role: "moderator" });
    const mine = await schedulingChoices(world.users.moderatorHere.actor);
    expect(mine.platform).toBe(false);
    expect(mine.communities.map((c) => c.id)).toContain(world.community.id);
    expect(mine.communities.map((c) => c.id)).not.toContain(off.id);
    expect((await schedulingChoices(world.users.member.actor)).communities).toEqual([]);
    const parentLeader = await schedulingChoices(world.users.leaderOfParent.actor);
    expect(parentLeader.communities.map((c) => c.id)).toEqual(expect.arrayContaining([world.parent.id, world.community.id]));
    expect((await schedulingChoices(world.users.administrator.actor)).platform).toBe(true);
  });
});

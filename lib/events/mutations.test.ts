import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { activityLog, eventMaterials, eventRegistrations, events, eventSeries, eventSpeakers, notifications } from "@/db/schema";
import { createCommunityRow } from "@/test/community-factories";
import { communityWithRoles, outcome, type RoleName, type RoleWorld } from "@/test/community-roles";
import { createUser, tableCounts } from "@/test/factories";
import { createMaterialRow } from "@/test/material-factories";
import { cancelEvent, createEvent, saveResults, updateEvent } from "./mutations";
import type { EventInput } from "./schemas";

let world: RoleWorld;
beforeAll(async () => {
  world = await communityWithRoles();
});

const webinar = (overrides: Partial<EventInput> = {}): EventInput => ({
  title: "Вебинар «Функциональная грамотность на уроке»",
  form: "webinar",
  format: "online",
  communityId: world.community.id,
  description: "## План\n\n1. Задания PISA",
  allDay: false,
  startDate: "2027-02-10",
  startTime: "15:00",
  endDate: "2027-02-10",
  endTime: "16:30",
  timeZone: "Asia/Yekaterinburg",
  place: "",
  meetingUrl: "https://vk.com/call/abc",
  linkForRegistered: true,
  capacity: "",
  deadlineDate: "",
  deadlineTime: "",
  audience: "open",
  subjects: ["mathematics"],
  hours: "2",
  speakers: [{ name: "Петрова Анна Сергеевна", about: "учитель математики" }],
  materialIds: [],
  recurrence: { frequency: "none", interval: 1, count: 1 },
  ...overrides,
});

async function eventRow(id: string) {
  const [row] = await (await getDb()).select().from(events).where(eq(events.id, id));
  return row!;
}

async function scheduled(overrides: Partial<EventInput> = {}) {
  const result = await createEvent({ actor: world.users.moderatorHere.actor, input: webinar(overrides) });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

describe("who schedules", () => {
  const expected: Record<RoleName, string> = {
    guest: "unauthenticated",
    nonMember: "invalid",
    member: "invalid",
    moderatorHere: "ok",
    moderatorElsewhere: "invalid",
    leader: "ok",
    leaderOfParent: "ok",
    administrator: "ok",
    methodist: "invalid",
  };
  test.each(Object.entries(expected))("%s in a community: %s", async (role, result) => {
    expect(await outcome(() => createEvent({ actor: world.actor(role as RoleName), input: webinar() }))).toBe(result);
  });

  test("a member is told only organizers schedule, on the community field", async () => {
    expect(await createEvent({ actor: world.users.member.actor, input: webinar() })).toEqual({ ok: false, error: "invalid", fieldErrors: { communityId: "notOrganizer" } });
  });

  test("platform-wide events: administrators only", async () => {
    expect(await createEvent({ actor: world.users.leader.actor, input: webinar({ communityId: "" }) })).toEqual({ ok: false, error: "invalid", fieldErrors: { communityId: "platformOnlyAdmins" } });
    const made = await createEvent({ actor: world.users.administrator.actor, input: webinar({ communityId: "" }) });
    expect(made.ok).toBe(true);
    if (made.ok) expect((await eventRow(made.data.id)).communityId).toBeNull();
  });

  test("a community with the events service off refuses, even its leader", async () => {
    const leader = await createUser();
    const off = await createCommunityRow({ services: ["materials"] });
    const { addMembership } = await import("@/test/community-factories");
    await addMembership(off.id, { userId: leader.id }, { role: "leader" });
    expect(await createEvent({ actor: leader.actor, input: webinar({ communityId: off.id }) })).toEqual({ ok: false, error: "invalid", fieldErrors: { communityId: "eventsOff" } });
  });
});

describe("creating", () => {
  test("stores UTC with the event's zone, speakers, materials and an activity entry with the community", async () => {
    const material = await createMaterialRow(world.users.member, { status: "published" });
    const id = await scheduled({ materialIds: `https://metodset.test/ru/materials/${material.id}`, speakers: [{ userId: world.users.leader.id, about: "ведущий" }, { name: "Гость Иван", about: "" }] });
    const row = await eventRow(id);
    expect(row.startsAt.toISOString()).toBe("2027-02-10T10:00:00.000Z");
    expect(row.endsAt.toISOString()).toBe("2027-02-10T11:30:00.000Z");
    expect(row.timeZone).toBe("Asia/Yekaterinburg");
    expect(row.hours).toBe("2.0");
    const db = await getDb();
    const speakers = await db.select().from(eventSpeakers).where(eq(eventSpeakers.eventId, id)).orderBy(eventSpeakers.position);
    expect(speakers.map((s) => [s.userId, s.name, s.about])).toEqual([
      [world.users.leader.id, "Руководитель", "ведущий"],
      [null, "Гость Иван", ""],
    ]);
    expect(await db.select().from(eventMaterials).where(eq(eventMaterials.eventId, id))).toHaveLength(1);
    const [logged] = await db.select().from(activityLog).where(and(eq(activityLog.objectId, id), eq(activityLog.verb, "event.created")));
    expect(logged?.communityId).toBe(world.community.id);
  });

  test("an all-day festival over three days", async () => {
    const id = await scheduled({ form: "festival", allDay: true, startDate: "2027-04-20", endDate: "2027-04-22", startTime: "", endTime: "", timeZone: "Asia/Omsk" });
    const row = await eventRow(id);
    expect([row.allDay, row.startsAt.toISOString(), row.endsAt.toISOString()]).toEqual([true, "2027-04-19T18:00:00.000Z", "2027-04-22T18:00:00.000Z"]);
  });

  test("a monthly council series: one row per occurrence, same wall time, one series row", async () => {
    const made = await createEvent({
      actor: world.users.leader.actor,
      input: webinar({ form: "pedagogical_council", startDate: "2027-01-31", endDate: "2027-01-31", startTime: "16:00", endTime: "17:00", timeZone: "Europe/Berlin", deadlineDate: "2027-01-30", deadlineTime: "12:00", recurrence: { frequency: "monthly", interval: 1, count: 4 } }),
    });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.data.ids).toHaveLength(4);
    const db = await getDb();
    const rows = await Promise.all(made.data.ids.map(eventRow));
    // Berlin changes to summer time on 28 March: the wall time stays 16:00, UTC moves by an hour.
    expect(rows.map((r) => r.startsAt.toISOString())).toEqual(["2027-01-31T15:00:00.000Z", "2027-02-28T15:00:00.000Z", "2027-03-31T14:00:00.000Z", "2027-04-30T14:00:00.000Z"]);
    expect(rows.map((r) => r.registrationDeadline!.toISOString())).toEqual(["2027-01-30T11:00:00.000Z", "2027-02-27T11:00:00.000Z", "2027-03-30T10:00:00.000Z", "2027-04-29T10:00:00.000Z"]);
    expect(new Set(rows.map((r) => r.seriesId)).size).toBe(1);
    const [series] = await db.select().from(eventSeries).where(eq(eventSeries.id, rows[0]!.seriesId!));
    expect([series?.frequency, series?.count]).toEqual(["monthly", 4]);
    expect(await db.select().from(eventSpeakers).where(eq(eventSpeakers.eventId, made.data.ids[3]!))).toHaveLength(1);
  });

  test("a weekly series every two weeks", async () => {
    const made = await createEvent({ actor: world.users.leader.actor, input: webinar({ recurrence: { frequency: "weekly", interval: 2, count: 3 } }) });
    expect(made.ok && (await Promise.all(made.data.ids.map(eventRow))).map((r) => r.startsAt.toISOString().slice(0, 10))).toEqual(["2027-02-10", "2027-02-24", "2027-03-10"]);
  });

  const bad: [string, Partial<EventInput>, Record<string, string>][] = [
    ["end before start", { endTime: "14:00" }, { endTime: "endBeforeStart" }],
    ["end equal to start", { endTime: "15:00" }, { endTime: "endBeforeStart" }],
    ["all-day ending before it starts", { allDay: true, endDate: "2027-02-09" }, { endDate: "endBeforeStart" }],
    ["a deadline after the start", { deadlineDate: "2027-02-10", deadlineTime: "15:30" }, { deadlineDate: "deadlineAfterStart" }],
    ["a javascript: link", { meetingUrl: "javascript:alert(1)" }, { meetingUrl: "notHttp" }],
    ["an ftp link", { meetingUrl: "ftp://files.example/x" }, { meetingUrl: "notHttp" }],
    ["an online event with neither link nor place", { meetingUrl: "" }, { meetingUrl: "placeOrLink" }],
    ["an in-person event without a place", { format: "in_person", meetingUrl: "" }, { place: "placeOrLink" }],
    ["a time the clocks skip", { timeZone: "Europe/Berlin", startDate: "2027-03-28", endDate: "2027-03-28", startTime: "02:30", endTime: "04:00" }, { startTime: "timeNotExists" }],
    ["a time that happens twice", { timeZone: "America/New_York", startDate: "2027-11-07", endDate: "2027-11-07", startTime: "01:30", endTime: "03:00" }, { startTime: "timeAmbiguous" }],
    ["an unknown zone", { timeZone: "Europe/Atlantis" }, { timeZone: "badZone" }],
    ["a capacity of zero", { capacity: 0 }, { capacity: "invalid" }],
    ["a series over 24", { recurrence: { frequency: "weekly", interval: 1, count: 25 } }, { "recurrence.count": "seriesTooLong" }],
    ["a title too short", { title: "Ве" }, { title: "required" }],
    ["an unknown form", { form: "rave" as never }, { form: "required" }],
    ["a description over 20,000 characters", { description: "а".repeat(20_001) }, { description: "tooLong" }],
    ["an unknown speaker", { speakers: [{ userId: "00000000-0000-4000-8000-000000000000", about: "" }] }, { speakers: "speakerUnknown" }],
    ["a guest speaker without a name", { speakers: [{ name: " ", about: "учитель" }] }, { "speakers.0.name": "required" }],
    ["an unknown material", { materialIds: ["00000000-0000-4000-8000-000000000000"] }, { materialIds: "materialUnknown" }],
    ["not a material address", { materialIds: "https://example.com/x" }, { materialIds: "materialUnknown" }],
  ];
  test.each(bad)("%s: refused, nothing written", async (_, overrides, fieldErrors) => {
    const before = await tableCounts();
    expect(await createEvent({ actor: world.users.moderatorHere.actor, input: webinar(overrides) })).toEqual({ ok: false, error: "invalid", fieldErrors });
    expect(await tableCounts()).toEqual(before);
  });

  test("a series one of whose dates falls in a DST gap is refused whole", async () => {
    const before = await tableCounts();
    const result = await createEvent({
      actor: world.users.leader.actor,
      input: webinar({ timeZone: "Europe/Berlin", startDate: "2027-03-14", endDate: "2027-03-14", startTime: "02:30", endTime: "04:00", recurrence: { frequency: "weekly", interval: 1, count: 3 } }),
    });
    expect(result).toEqual({ ok: false, error: "invalid", fieldErrors: { startTime: "timeNotExists" } });
    expect(await tableCounts()).toEqual(before);
  });

  test("an unpublished material is not attached", async () => {
    const draft = await createMaterialRow(world.users.member, { status: "draft" });
    expect(await createEvent({ actor: world.users.leader.actor, input: webinar({ materialIds: [draft.id] }) })).toEqual({ ok: false, error: "invalid", fieldErrors: { materialIds: "materialUnknown" } });
  });
});

async function register(eventId: string, status: "registered" | "waitlisted" | "cancelled", count: number) {
  const db = await getDb();
  const people = await Promise.all(Array.from({ length: count }, () => createUser()));
  await db.insert(eventRegistrations).values(people.map((p) => ({ eventId, userId: p.id, status })));
  return people;
}

describe("changing", () => {
  test("the organizer changes the time and capacity; others are refused", async () => {
    const id = await scheduled();
    expect(await outcome(() => updateEvent({ actor: world.users.member.actor, id, input: webinar({ title: "Чужая правка" }) }))).toBe("forbidden");
    expect(await outcome(() => updateEvent({ actor: world.users.moderatorElsewhere.actor, id, input: webinar() }))).toBe("forbidden");
    expect(await updateEvent({ actor: world.users.leader.actor, id, input: webinar({ startTime: "16:00", endTime: "17:00", capacity: "30", speakers: [] }) })).toEqual({ ok: true, data: { id, promoted: [], following: 0 } });
    const row = await eventRow(id);
    expect([row.startsAt.toISOString(), row.capacity]).toEqual(["2027-02-10T11:00:00.000Z", 30]);
    expect(await (await getDb()).select().from(eventSpeakers).where(eq(eventSpeakers.eventId, id))).toHaveLength(0);
  });

  test("the community cannot be changed through the form", async () => {
    const id = await scheduled();
    expect((await updateEvent({ actor: world.users.moderatorHere.actor, id, input: webinar({ communityId: world.elsewhere.id }) })).ok).toBe(true);
    expect((await eventRow(id)).communityId).toBe(world.community.id);
  });

  test("a capacity below the registered count is refused; waitlisted and cancelled people do not count", async () => {
    const id = await scheduled({ capacity: 10 });
    await register(id, "registered", 3);
    await register(id, "waitlisted", 2);
    await register(id, "cancelled", 2);
    const before = await tableCounts();
    expect(await updateEvent({ actor: world.users.moderatorHere.actor, id, input: webinar({ capacity: 2, title: "Новое название" }) })).toEqual({ ok: false, error: "invalid", fieldErrors: { capacity: "capacityBelowRegistered" } });
    expect(await tableCounts()).toEqual(before);
    expect((await eventRow(id)).title).toBe(webinar().title);
    expect((await updateEvent({ actor: world.users.moderatorHere.actor, id, input: webinar({ capacity: 3 }) })).ok).toBe(true);
  });

  test("more places promote the waiting list in order", async () => {
    const id = await scheduled({ capacity: 1 });
    await register(id, "registered", 1);
    const [first] = await register(id, "waitlisted", 1);
    const [second] = await register(id, "waitlisted", 1);
    const result = await updateEvent({ actor: world.users.moderatorHere.actor, id, input: webinar({ capacity: 2 }), baseUrl: "https://metodset.test" });
    expect(result).toEqual({ ok: true, data: { id, promoted: [first!.id], following: 0 } });
    const rows = await (await getDb()).select().from(eventRegistrations).where(eq(eventRegistrations.eventId, id));
    expect(rows.find((r) => r.userId === second!.id)?.status).toBe("waitlisted");
  });

  test("bad input on edit is refused with the same keys", async () => {
    const id = await scheduled();
    expect(await updateEvent({ actor: world.users.moderatorHere.actor, id, input: webinar({ endDate: "2027-02-09" }) })).toEqual({ ok: false, error: "invalid", fieldErrors: { endTime: "endBeforeStart" } });
  });
});

describe("changing a series", () => {
  /** A weekly series of four in Moscow, the third one cancelled; its ids in date order. */
  async function series() {
    const made = await createEvent({
      actor: world.users.moderatorHere.actor,
      input: webinar({ timeZone: "Europe/Moscow", startDate: "2027-03-01", endDate: "2027-03-01", deadlineDate: "2027-02-28", deadlineTime: "18:00", recurrence: { frequency: "weekly", interval: 1, count: 4 } }),
    });
    if (!made.ok) throw new Error(JSON.stringify(made));
    const ids = made.data.ids;
    await (await getDb()).update(events).set({ status: "cancelled", cancelReason: "Каникулы" }).where(eq(events.id, ids[3]!));
    return ids;
  }
  const changes = { title: "Семинар по смысловому чтению", description: "Новый план", startTime: "10:00", endTime: "12:00", place: "ИМЦ, ауд. 12", meetingUrl: "https://vk.com/call/new", capacity: "25", audience: "members" as const };

  test("«this and the following»: the later scheduled events take the changes, each on its own date, in one go", async () => {
    const ids = await series();
    const result = await updateEvent({ actor: world.users.moderatorHere.actor, id: ids[1]!, input: { ...webinar({ ...changes, timeZone: "Europe/Moscow", startDate: "2027-03-08", endDate: "2027-03-08", deadlineDate: "2027-03-07", deadlineTime: "18:00" }), scope: "following" } });
    expect(result).toEqual({ ok: true, data: { id: ids[1], promoted: [], following: 1 } });
    const rows = await Promise.all(ids.map(eventRow));
    expect(rows.map((r) => r.title)).toEqual([webinar().title, changes.title, changes.title, webinar().title]);
    // The first keeps its time, the changed ones move to 10:00 Moscow on their own dates; the cancelled one is left alone.
    expect(rows.map((r) => r.startsAt.toISOString())).toEqual(["2027-03-01T12:00:00.000Z", "2027-03-08T07:00:00.000Z", "2027-03-15T07:00:00.000Z", "2027-03-22T12:00:00.000Z"]);
    expect(rows[2]!.endsAt.toISOString()).toBe("2027-03-15T09:00:00.000Z");
    expect(rows[2]!.registrationDeadline?.toISOString()).toBe("2027-03-14T15:00:00.000Z");
    expect([rows[2]!.description, rows[2]!.place, rows[2]!.meetingUrl, rows[2]!.capacity, rows[2]!.audience]).toEqual([changes.description, changes.place, changes.meetingUrl, 25, "members"]);
    const logged = await (await getDb()).select().from(activityLog).where(and(eq(activityLog.verb, "event.updated"), eq(activityLog.objectId, ids[2]!)));
    expect(logged).toHaveLength(1);
  });

  test("«only this event» (the default) leaves the rest of the series", async () => {
    const ids = await series();
    expect((await updateEvent({ actor: world.users.moderatorHere.actor, id: ids[1]!, input: webinar({ ...changes, timeZone: "Europe/Moscow", startDate: "2027-03-08", endDate: "2027-03-08" }) })).ok).toBe(true);
    expect((await eventRow(ids[2]!)).title).toBe(webinar().title);
  });

  test("a capacity below one later event's registrations refuses the whole change; a bad scope is refused", async () => {
    const ids = await series();
    await register(ids[2]!, "registered", 3);
    const before = await tableCounts();
    const input = { ...webinar({ ...changes, capacity: "2", timeZone: "Europe/Moscow", startDate: "2027-03-08", endDate: "2027-03-08" }), scope: "following" };
    expect(await updateEvent({ actor: world.users.moderatorHere.actor, id: ids[1]!, input })).toEqual({ ok: false, error: "invalid", fieldErrors: { capacity: "capacityBelowRegistered" } });
    expect(await tableCounts()).toEqual(before);
    expect((await eventRow(ids[1]!)).title).toBe(webinar().title);
    expect(await updateEvent({ actor: world.users.moderatorHere.actor, id: ids[1]!, input: { ...input, capacity: "", scope: "all" } })).toEqual({ ok: false, error: "invalid", fieldErrors: { scope: "invalid" } });
  });
});

describe("cancelling", () => {
  test("with a reason: status, registered and waitlisted people notified, the cancelled ones not", async () => {
    const id = await scheduled();
    const [registered] = await register(id, "registered", 1);
    const [waiting] = await register(id, "waitlisted", 1);
    const [gone] = await register(id, "cancelled", 1);
    expect(await outcome(() => cancelEvent({ actor: world.users.member.actor, id, input: { reason: "Болезнь ведущего" } }))).toBe("forbidden");
    expect(await cancelEvent({ actor: world.users.moderatorHere.actor, id, input: { reason: "  " } })).toEqual({ ok: false, error: "invalid", fieldErrors: { reason: "required" } });
    expect(await cancelEvent({ actor: world.users.moderatorHere.actor, id, input: { reason: "Болезнь ведущего" } })).toEqual({ ok: true, data: undefined });
    const row = await eventRow(id);
    expect([row.status, row.cancelReason]).toEqual(["cancelled", "Болезнь ведущего"]);
    const db = await getDb();
    const told = await db.select().from(notifications).where(eq(notifications.link, `/events/${id}`));
    expect(told.map((n) => n.userId).sort()).toEqual([registered!.id, waiting!.id].sort());
    expect(told.some((n) => n.userId === gone!.id)).toBe(false);
    expect(told[0]).toMatchObject({ kind: "event.cancelled", params: { title: webinar().title, reason: "Болезнь ведущего" }, communityId: world.community.id });
    expect(await cancelEvent({ actor: world.users.moderatorHere.actor, id, input: { reason: "Ещё раз" } })).toEqual({ ok: false, error: "alreadyCancelled" });
    expect(await updateEvent({ actor: world.users.moderatorHere.actor, id, input: webinar() })).toEqual({ ok: false, error: "alreadyCancelled" });
  });
});

describe("results", () => {
  test("only after the start, by organizers, with an http(s) recording link", async () => {
    const id = await scheduled();
    const input = { recordingUrl: "https://rutube.ru/video/abc/", results: "Участвовали 120 педагогов." };
    expect(await saveResults({ actor: world.users.moderatorHere.actor, id, input, now: new Date("2027-02-10T09:59:00Z") })).toEqual({ ok: false, error: "notStarted" });
    expect(await outcome(() => saveResults({ actor: world.users.member.actor, id, input, now: new Date("2027-02-11T00:00:00Z") }))).toBe("forbidden");
    expect(await saveResults({ actor: world.users.moderatorHere.actor, id, input: { ...input, recordingUrl: "data:text/html,x" }, now: new Date("2027-02-11T00:00:00Z") })).toEqual({ ok: false, error: "invalid", fieldErrors: { recordingUrl: "notHttp" } });
    expect((await eventRow(id)).recordingUrl).toBeNull();
    expect((await saveResults({ actor: world.users.moderatorHere.actor, id, input, now: new Date("2027-02-10T10:00:00Z") })).ok).toBe(true);
    const row = await eventRow(id);
    expect([row.recordingUrl, row.results]).toEqual([input.recordingUrl, input.results]);
  });

  test("an event of a members-only community is not found for an outsider", async () => {
    const closed = await communityWithRoles({ visibility: "members" });
    const made = await createEvent({ actor: closed.users.leader.actor, input: webinar({ communityId: closed.community.id }) });
    expect(made.ok).toBe(true);
    if (made.ok) expect(await outcome(() => saveResults({ actor: world.users.nonMember.actor, id: made.data.id, input: { recordingUrl: "", results: "" } }))).toBe("notFound");
  });
});

describe("messages", () => {
  test("every error key scheduling returns has a text in both languages", async () => {
    const produced = ["endBeforeStart", "deadlineAfterStart", "notHttp", "capacityBelowRegistered", "timeNotExists", "timeAmbiguous", "badZone", "eventsOff", "notOrganizer", "platformOnlyAdmins", "speakerUnknown", "materialUnknown", "alreadyCancelled", "notStarted", "seriesTooLong", "placeOrLink"];
    for (const locale of ["ru", "en"]) {
      const own = Object.keys((await import(`@/messages/${locale}/events.json`)).default.errors as object);
      expect(produced.filter((key) => !own.includes(key)), locale).toEqual([]);
    }
  });
});

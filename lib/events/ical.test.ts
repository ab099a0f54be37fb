import ICAL from "ical.js";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { calendarFeedTokens, eventSpeakers, type Community } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { addMembership, createCommunityRow } from "@/test/community-factories";
import { addRegistration, createEventRow } from "@/test/event-factories";
import { createUser, type TestUser } from "@/test/factories";
import { communityIcs, eventIcs, privateFeedIcs, rotateFeedToken, feedTokenStatus } from "./ical";

const labels = { meetingLink: "Ссылка на подключение", eventPage: "Страница события" };
const base = { labels, baseUrl: "https://metodset.example", locale: "ru" };
const now = new Date("2026-12-01T00:00:00Z");

type Parsed = { uid: string; summary: string; description: string; location: string | null; status: string; start: ICAL.Time; end: ICAL.Time; stamp: unknown };

function parse(text: string): Parsed[] {
  // Every line ends with CRLF and none is longer than 75 octets (RFC 5545 §3.1).
  expect(text.endsWith("\r\n")).toBe(true);
  for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  expect(calendar.getFirstPropertyValue("prodid")).toBeTruthy();
  return calendar.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description ?? "",
      location: e.location ?? null,
      status: String(v.getFirstPropertyValue("status")),
      start: e.startDate,
      end: e.endDate,
      stamp: v.getFirstPropertyValue("dtstamp"),
    };
  });
}

let open: Community;
let child: Community;
let closedChild: Community;
let participant: TestUser;
let other: TestUser;

beforeAll(async () => {
  open = await createCommunityRow({ name: "Открытое сообщество" });
  child = await createCommunityRow({ name: "Открытая секция", parent: open });
  closedChild = await createCommunityRow({ name: "Закрытая секция", parent: open, visibility: "members" });
  participant = await createUser({ fullName: "Кузнецова Ольга Петровна" });
  other = await createUser({ fullName: "Семёнов Игорь Павлович" });
});

describe("one event's file", () => {
  test("parses back: UID, DTSTAMP, UTC times, escaped text, confirmed; the link only for the registered", async () => {
    const event = await createEventRow({
      title: "Вебинар; «дроби», часть 2\\3",
      description: "Первая строка,\nвторая строка; **важно**",
      communityId: open.id,
      place: "МБОУ СОШ № 7, ауд. 12",
      startsAt: new Date("2026-12-10T07:00:00Z"),
      endsAt: new Date("2026-12-10T08:30:00Z"),
      timeZone: "Asia/Yekaterinburg",
      meetingUrl: "https://meet.example.test/secret-room",
    });
    await addRegistration(event.id, participant.id, "registered");
    const guest = await eventIcs({ viewer: null, eventId: event.id, ...base });
    const [e] = parse(guest.content);
    expect(e!.uid).toBe(`${event.id}@metodset`);
    expect(e!.summary).toBe("Вебинар; «дроби», часть 2\\3");
    expect(e!.description).toContain("Первая строка,\nвторая строка; важно");
    expect(e!.description).toContain(`https://metodset.example/ru/events/${event.id}`);
    expect(e!.location).toBe("МБОУ СОШ № 7, ауд. 12");
    expect(e!.status).toBe("CONFIRMED");
    expect(e!.stamp).toBeTruthy();
    expect(e!.start.toJSDate().toISOString()).toBe("2026-12-10T07:00:00.000Z");
    expect(e!.end.toJSDate().toISOString()).toBe("2026-12-10T08:30:00.000Z");
    expect(e!.start.zone?.tzid).toBe("UTC");
    expect(guest.content).not.toContain("secret-room");
    expect(guest.content).not.toContain("Кузнецова");
    const mine = await eventIcs({ viewer: participant.actor, eventId: event.id, ...base });
    expect(parse(mine.content)[0]!.description).toContain("https://meet.example.test/secret-room");
    expect(mine.content).not.toContain("Кузнецова");
    const outsider = await eventIcs({ viewer: other.actor, eventId: event.id, ...base });
    expect(outsider.content).not.toContain("secret-room");
  });

  test("an all-day, multi-day event is a DATE range in its own zone; a cancelled one is CANCELLED", async () => {
    // 10–12 December in Kamchatka (UTC+12): the UTC dates would be a day early.
    const event = await createEventRow({
      title: "Фестиваль",
      communityId: open.id,
      allDay: true,
      timeZone: "Asia/Kamchatka",
      startsAt: new Date("2026-12-09T12:00:00Z"),
      endsAt: new Date("2026-12-12T12:00:00Z"),
      status: "cancelled",
    });
    const file = await eventIcs({ viewer: null, eventId: event.id, ...base });
    expect(file.content).toContain("DTSTART;VALUE=DATE:20261210");
    const [e] = parse(file.content);
    expect(e!.start.isDate).toBe(true);
    expect(e!.start.toString()).toBe("2026-12-10");
    expect(e!.end.toString()).toBe("2026-12-13");
    expect(e!.status).toBe("CANCELLED");
  });

  test("readable only as the event page is", async () => {
    const closed = await createCommunityRow({ visibility: "members" });
    const event = await createEventRow({ communityId: closed.id });
    await expect(eventIcs({ viewer: null, eventId: event.id, ...base })).rejects.toBeInstanceOf(DomainError);
    await expect(eventIcs({ viewer: other.actor, eventId: event.id, ...base })).rejects.toBeInstanceOf(DomainError);
    await addMembership(closed.id, { userId: other.id });
    expect(parse((await eventIcs({ viewer: other.actor, eventId: event.id, ...base })).content)).toHaveLength(1);
  });
});

describe("a community's feed", () => {
  test("guest-readable events of the community and its sub-communities, no names, links only where shown to all", async () => {
    const mainEvent = await createEventRow({ title: "Семинар объединения", communityId: open.id, startsAt: new Date("2026-12-20T07:00:00Z"), linkForRegistered: false, meetingUrl: "https://meet.example.test/open-room" });
    await createEventRow({ title: "Практикум секции", communityId: child.id, startsAt: new Date("2026-12-21T07:00:00Z"), meetingUrl: "https://meet.example.test/hidden-room" });
    await createEventRow({ title: "Совет закрытой секции", communityId: closedChild.id, startsAt: new Date("2026-12-22T07:00:00Z") });
    await createEventRow({ title: "Давний семинар", communityId: open.id, startsAt: new Date("2025-01-10T07:00:00Z") });
    await addRegistration(mainEvent.id, participant.id, "registered");
    const feed = await communityIcs({ slug: open.slug, ...base, now });
    const summaries = parse(feed.content).map((e) => e.summary);
    expect(summaries).toEqual(expect.arrayContaining(["Семинар объединения", "Практикум секции"]));
    expect(summaries).not.toContain("Совет закрытой секции");
    expect(summaries).not.toContain("Давний семинар");
    expect(feed.content).toContain("open-room");
    expect(feed.content).not.toContain("hidden-room");
    expect(feed.content).not.toContain("Кузнецова");
    expect(feed.content).toContain("X-WR-CALNAME:Открытое сообщество");
  });

  test("no feed for a community a guest may not see", async () => {
    await expect(communityIcs({ slug: closedChild.slug, ...base, now })).rejects.toBeInstanceOf(DomainError);
    await expect(communityIcs({ slug: "missing-community", ...base, now })).rejects.toBeInstanceOf(DomainError);
  });
});

describe("the private feed", () => {
  const feedOf = (token: string) => privateFeedIcs({ token, labels: async () => ({ ...labels, calendarName: "Мои события" }), baseUrl: base.baseUrl, now });

  test("the user's own events with links where they may see them; rotation ends the old address; only a hash is kept", async () => {
    const me = await createUser({ fullName: "Орлова Анна Сергеевна" });
    const closed = await createCommunityRow({ visibility: "members" });
    const place = await createEventRow({ title: "С местом", communityId: open.id, startsAt: new Date("2026-12-15T07:00:00Z"), meetingUrl: "https://meet.example.test/room-a" });
    const waiting = await createEventRow({ title: "В ожидании", communityId: open.id, startsAt: new Date("2026-12-16T07:00:00Z"), meetingUrl: "https://meet.example.test/room-b" });
    const speaking = await createEventRow({ title: "Выступаю", communityId: open.id, startsAt: new Date("2026-12-17T07:00:00Z"), meetingUrl: "https://meet.example.test/room-c" });
    const lostAccess = await createEventRow({ title: "Без доступа", communityId: closed.id, startsAt: new Date("2026-12-18T07:00:00Z") });
    await createEventRow({ title: "Чужое", communityId: open.id, startsAt: new Date("2026-12-19T07:00:00Z") });
    await addRegistration(place.id, me.id, "registered");
    await addRegistration(place.id, other.id, "registered");
    await addRegistration(waiting.id, me.id, "waitlisted");
    await addRegistration(lostAccess.id, me.id, "registered");
    await (await getDb()).insert(eventSpeakers).values({ eventId: speaking.id, position: 0, userId: me.id, name: "Орлова Анна Сергеевна" });

    expect(await feedTokenStatus({ viewer: me.actor })).toBeNull();
    const { token } = await rotateFeedToken({ viewer: me.actor });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [stored] = await (await getDb()).select().from(calendarFeedTokens).where(eq(calendarFeedTokens.userId, me.id));
    expect(stored!.tokenHash).not.toContain(token);
    expect(await feedTokenStatus({ viewer: me.actor })).toMatchObject({ createdAt: expect.any(Date) });

    const feed = await feedOf(token);
    const events = parse(feed.content);
    expect(events.map((e) => e.summary)).toEqual(["С местом", "В ожидании", "Выступаю"]);
    expect(events[0]!.description).toContain("room-a");
    expect(events[1]!.description).not.toContain("room-b");
    // A speaker who has not registered sees the link as the event's page shows it: not at all.
    expect(events[2]!.description).not.toContain("room-c");
    expect(feed.content).not.toContain("Семёнов");

    // An organizer of the community gets the link of an event there they have no place at.
    const organizer = await createUser();
    await addMembership(open.id, { userId: organizer.id }, { role: "moderator" });
    await addRegistration(waiting.id, organizer.id, "waitlisted");
    const organizerFeed = await feedOf((await rotateFeedToken({ viewer: organizer.actor })).token);
    expect(organizerFeed.content).toContain("room-b");

    const rotated = await rotateFeedToken({ viewer: me.actor });
    expect(rotated.token).not.toBe(token);
    await expect(feedOf(token)).rejects.toBeInstanceOf(DomainError);
    expect(parse((await feedOf(rotated.token)).content)).toHaveLength(3);
  });

  test("forged, malformed and guests' tokens are refused", async () => {
    await expect(feedOf("x".repeat(43))).rejects.toBeInstanceOf(DomainError);
    await expect(feedOf("../../etc/passwd")).rejects.toBeInstanceOf(DomainError);
    await expect(rotateFeedToken({ viewer: null })).rejects.toBeInstanceOf(DomainError);
  });
});

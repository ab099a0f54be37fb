import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { eventSpeakers, type Community } from "@/db/schema";
import { addMembership, createCommunityRow } from "@/test/community-factories";
import { addRegistration, createEventRow } from "@/test/event-factories";
import { createUser, type TestUser } from "@/test/factories";
import { DomainError } from "@/lib/errors";
import { calendarCommunities, coveredDays, listCalendar, type CalendarViewer } from "./calendar";

const at = (iso: string) => new Date(iso);
const now = at("2026-12-15T09:00:00Z");
const as = (user: TestUser | null, timeZone?: string): CalendarViewer => (user ? { ...user.actor, timeZone } : null);

async function titles(viewer: CalendarViewer, query: Record<string, string>) {
  return (await listCalendar({ viewer, query, now })).entries.map((e) => e.title);
}

let parent: Community;
let child: Community;
let sibling: Community;
let closed: Community;
let member: TestUser;
let someone: TestUser;

beforeAll(async () => {
  parent = await createCommunityRow({ name: "Методическое объединение" });
  child = await createCommunityRow({ name: "Секция", parent });
  sibling = await createCommunityRow({ name: "Соседнее" });
  closed = await createCommunityRow({ name: "Закрытое", visibility: "members" });
  member = await createUser();
  someone = await createUser();
  await addMembership(closed.id, { userId: member.id });
});

describe("ranges in the viewer's zone", () => {
  test("an event near midnight falls on the viewer's own day, across Russia's zones", async () => {
    const c = await createCommunityRow();
    // 21:30 UTC on 1 December: 00:30 on 2 December in Moscow, 23:30 on 1 December in Kaliningrad, 09:30 on 2 December in Kamchatka.
    await createEventRow({ title: "полночь", communityId: c.id, startsAt: at("2026-12-01T21:30:00Z"), endsAt: at("2026-12-01T21:50:00Z") });
    const dayOf = async (timeZone: string) => (await listCalendar({ viewer: as(someone, timeZone), query: { community: c.slug, date: "2026-12-01" }, now })).entries[0]?.days;
    expect(await dayOf("Europe/Moscow")).toEqual(["2026-12-02"]);
    expect(await dayOf("Europe/Kaliningrad")).toEqual(["2026-12-01"]);
    expect(await dayOf("Asia/Kamchatka")).toEqual(["2026-12-02"]);
    // Guests see Moscow time.
    expect((await listCalendar({ viewer: null, query: { community: c.slug, date: "2026-12-01" }, now })).timeZone).toBe("Europe/Moscow");
  });

  test("the month's edges are the viewer's midnights: an event on the previous evening in one zone is outside", async () => {
    const c = await createCommunityRow();
    // 21:30 UTC on 30 November: 00:30 on 1 December in Moscow, still 23:30 on 30 November in Kaliningrad.
    await createEventRow({ title: "на границе", communityId: c.id, startsAt: at("2026-11-30T21:30:00Z"), endsAt: at("2026-11-30T21:45:00Z") });
    const moscow = await listCalendar({ viewer: as(someone, "Europe/Moscow"), query: { community: c.slug, date: "2026-12-10" }, now });
    const kaliningrad = await listCalendar({ viewer: as(someone, "Europe/Kaliningrad"), query: { community: c.slug, date: "2026-12-10" }, now });
    expect(moscow.entries.map((e) => e.title)).toEqual(["на границе"]);
    expect(kaliningrad.entries).toEqual([]);
    // The month grid starts on Monday 30 November: there it shows on the grid's first, out-of-month day.
    expect(kaliningrad.days[0]).toMatchObject({ date: "2026-11-30", inPeriod: false });
    expect(kaliningrad.days[0]!.entries.map((e) => e.title)).toEqual(["на границе"]);
  });

  test("a week across a daylight-saving change abroad", async () => {
    const c = await createCommunityRow();
    // 8 March 2026: New York moves from UTC-5 to UTC-4 at 02:00. 03:30 UTC on 9 March is 23:30 on 8 March there.
    await createEventRow({ title: "после перевода", communityId: c.id, startsAt: at("2026-03-09T03:30:00Z"), endsAt: at("2026-03-09T03:45:00Z") });
    const week = await listCalendar({ viewer: as(someone, "America/New_York"), query: { community: c.slug, view: "week", date: "2026-03-08" }, now });
    expect(week.from).toBe("2026-03-02");
    expect(week.to).toBe("2026-03-08");
    expect(week.days).toHaveLength(7);
    expect(week.days.at(-1)!.entries.map((e) => e.title)).toEqual(["после перевода"]);
    expect(week.previous).toBe("2026-03-01");
    expect(week.next).toBe("2026-03-15");
  });

  test("a multi-day event appears on each of its days; one ending at midnight does not spill over", async () => {
    const c = await createCommunityRow();
    await createEventRow({ title: "форум", communityId: c.id, startsAt: at("2026-12-10T07:00:00Z"), endsAt: at("2026-12-12T09:00:00Z") });
    await createEventRow({ title: "до полуночи", communityId: c.id, startsAt: at("2026-12-10T19:00:00Z"), endsAt: at("2026-12-10T21:00:00Z") });
    const week = await listCalendar({ viewer: as(someone, "Europe/Moscow"), query: { community: c.slug, view: "week", date: "2026-12-09" }, now });
    const byDay = Object.fromEntries(week.days.map((d) => [d.date, d.entries.map((e) => e.title)]));
    expect(byDay["2026-12-09"]).toEqual([]);
    expect(byDay["2026-12-10"]).toEqual(["форум", "до полуночи"]);
    expect(byDay["2026-12-11"]).toEqual(["форум"]);
    expect(byDay["2026-12-12"]).toEqual(["форум"]);
    expect(byDay["2026-12-13"]).toEqual([]);
    // The list shows each event once.
    expect(week.entries.map((e) => e.title)).toEqual(["форум", "до полуночи"]);
  });

  test("an all-day event keeps its own dates wherever it is looked at", () => {
    // 10–11 December in Kamchatka (UTC+12): from 12:00 UTC on 9 December to 12:00 UTC on 11 December.
    const event = { startsAt: at("2026-12-09T12:00:00Z"), endsAt: at("2026-12-11T12:00:00Z"), timeZone: "Asia/Kamchatka", allDay: true };
    expect(coveredDays(event, "Europe/Kaliningrad")).toEqual(["2026-12-10", "2026-12-11"]);
    expect(coveredDays({ ...event, allDay: false }, "Europe/Kaliningrad")).toEqual(["2026-12-09", "2026-12-10", "2026-12-11"]);
  });
});

describe("filters and visibility", () => {
  beforeAll(async () => {
    await createEventRow({ title: "семинар родителя", communityId: parent.id, form: "seminar", format: "in_person", subjects: ["mathematics"], startsAt: at("2027-02-03T08:00:00Z") });
    await createEventRow({ title: "вебинар секции", communityId: child.id, form: "webinar", format: "online", subjects: ["physics"], startsAt: at("2027-02-04T08:00:00Z") });
    await createEventRow({ title: "конкурс соседей", communityId: sibling.id, form: "contest", format: "hybrid", subjects: ["mathematics"], startsAt: at("2027-02-05T08:00:00Z") });
    await createEventRow({ title: "закрытый совет", communityId: closed.id, form: "pedagogical_council", startsAt: at("2027-02-06T08:00:00Z") });
    await createEventRow({ title: "отменённый", communityId: sibling.id, status: "cancelled", cancelReason: "болезнь", startsAt: at("2027-02-07T08:00:00Z") });
  });
  const feb = { date: "2027-02-01" };

  test("community includes its sub-communities and nothing else", async () => {
    expect(await titles(null, { ...feb, community: parent.slug })).toEqual(["семинар родителя", "вебинар секции"]);
    expect(await titles(null, { ...feb, community: child.slug })).toEqual(["вебинар секции"]);
  });

  test("form, format and subject", async () => {
    const february = (q: Record<string, string>) => titles(null, { ...feb, ...q });
    expect(await february({ form: "contest" })).toEqual(["конкурс соседей"]);
    expect(await february({ format: "online" })).toEqual(expect.arrayContaining(["вебинар секции"]));
    expect(await february({ format: "in_person" })).toEqual(["семинар родителя"]);
    expect(await february({ subject: "mathematics" })).toEqual(["семинар родителя", "конкурс соседей"]);
    expect(await february({ subject: "mathematics", format: "hybrid" })).toEqual(["конкурс соседей"]);
  });

  test("members-only events reach members only; a hidden community as a filter is not found", async () => {
    expect(await titles(null, feb)).not.toContain("закрытый совет");
    expect(await titles(as(someone), feb)).not.toContain("закрытый совет");
    expect(await titles(as(member), feb)).toContain("закрытый совет");
    await expect(listCalendar({ viewer: null, query: { community: closed.slug }, now })).rejects.toBeInstanceOf(DomainError);
    await expect(listCalendar({ viewer: null, query: { community: "no-such-community" }, now })).rejects.toBeInstanceOf(DomainError);
  });

  test("cancelled events stay, marked", async () => {
    const page = await listCalendar({ viewer: null, query: feb, now });
    expect(page.entries.find((e) => e.title === "отменённый")?.cancelled).toBe(true);
    expect(page.entries.find((e) => e.title === "конкурс соседей")?.cancelled).toBe(false);
  });

  test("bad values in the address are dropped, not fatal", async () => {
    const page = await listCalendar({ viewer: null, query: { view: "year", date: "2027-13-45", form: "party", mine: "maybe" }, now });
    expect(page.view).toBe("month");
    expect(page.anchor).toBe("2026-12-15");
    expect(page.query.form).toBeUndefined();
  });

  test("mine: places, the waiting list, events one created or speaks at; not cancelled registrations, not for guests", async () => {
    const me = await createUser();
    const c = await createCommunityRow();
    const registered = await createEventRow({ title: "мой: место", communityId: c.id, startsAt: at("2027-03-02T08:00:00Z") });
    const waiting = await createEventRow({ title: "мой: ожидание", communityId: c.id, startsAt: at("2027-03-03T08:00:00Z") });
    const gaveUp = await createEventRow({ title: "не мой: отказался", communityId: c.id, startsAt: at("2027-03-04T08:00:00Z") });
    await createEventRow({ title: "мой: создал", communityId: c.id, createdById: me.id, startsAt: at("2027-03-05T08:00:00Z") });
    const speaking = await createEventRow({ title: "мой: выступаю", communityId: c.id, startsAt: at("2027-03-06T08:00:00Z") });
    await createEventRow({ title: "не мой: чужой", communityId: c.id, startsAt: at("2027-03-07T08:00:00Z") });
    await addRegistration(registered.id, me.id, "registered");
    await addRegistration(waiting.id, me.id, "waitlisted");
    await addRegistration(gaveUp.id, me.id, "cancelled");
    await addRegistration(gaveUp.id, someone.id, "registered");
    await (await getDb()).insert(eventSpeakers).values({ eventId: speaking.id, position: 0, userId: me.id, name: "Докладчик" });
    const march = { date: "2027-03-01", view: "list", mine: "1" };
    expect(await titles(as(me), march)).toEqual(["мой: место", "мой: ожидание", "мой: создал", "мой: выступаю"]);
    expect(await titles(as(someone), march)).toEqual(["не мой: отказался"]);
    expect(await titles(null, march)).toEqual([]);
    expect(await titles(null, { date: "2027-03-01" })).toHaveLength(6);
  });
});

describe("the community filter's choices", () => {
  test("communities the viewer sees with events on, each sub-community under its parent", async () => {
    const slugs = async (viewer: CalendarViewer) => (await calendarCommunities({ viewer })).map((c) => `${c.depth}:${c.slug}`);
    const off = await createCommunityRow({ services: ["forum"] });
    const guest = await slugs(null);
    expect(guest.indexOf(`1:${child.slug}`)).toBe(guest.indexOf(`0:${parent.slug}`) + 1);
    expect(guest).not.toContain(`0:${closed.slug}`);
    expect(guest).not.toContain(`0:${off.slug}`);
    expect(await slugs(as(member))).toContain(`0:${closed.slug}`);
  });
});

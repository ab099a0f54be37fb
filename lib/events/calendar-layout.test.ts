import { describe, expect, test } from "vitest";
import type { CalendarEntry } from "./calendar";
import { capCell, groupByDay, phoneMonthEntries } from "./calendar-layout";

const entry = (id: string, days: string[]): CalendarEntry => ({
  id,
  title: id,
  form: "webinar",
  format: "online",
  startsAt: new Date(`${days[0]}T09:00:00Z`),
  endsAt: new Date(`${days.at(-1)}T10:00:00Z`),
  timeZone: "Europe/Moscow",
  allDay: false,
  cancelled: false,
  community: null,
  days,
});

describe("a month cell lists three events and counts the rest", () => {
  test.each([
    [0, 0, 0],
    [2, 2, 0],
    [3, 3, 0],
    [4, 3, 1],
    [14, 3, 11],
  ])("%i events: %i shown, «ещё %i»", (count, shown, more) => {
    const entries = Array.from({ length: count }, (_, i) => `e${i}`);
    const cell = capCell(entries);
    expect(cell.shown).toEqual(entries.slice(0, shown));
    expect(cell.more).toBe(more);
  });

  test("another limit", () => {
    expect(capCell(["a", "b", "c"], 1)).toEqual({ shown: ["a"], more: 2 });
  });
});

describe("the phone's month list", () => {
  const month = { from: "2026-11-01", to: "2026-11-30" };
  const entries = [
    entry("early", ["2026-11-02"]),
    entry("spanning", ["2026-11-09", "2026-11-10", "2026-11-11"]),
    entry("mid", ["2026-11-15"]),
    entry("late", ["2026-11-28"]),
  ];

  test("the current month starts from today: past events are left to the list view, an event still on today stays", () => {
    const phone = phoneMonthEntries({ ...month, entries, today: "2026-11-10" });
    expect(phone.shown.map((e) => e.id)).toEqual(["spanning", "mid", "late"]);
    expect(phone).toMatchObject({ from: "2026-11-10", total: 4 });
  });

  test("another month starts from its first day", () => {
    const phone = phoneMonthEntries({ ...month, entries, today: "2026-12-03" });
    expect(phone.shown.map((e) => e.id)).toEqual(["early", "spanning", "mid", "late"]);
    expect(phone.from).toBe("2026-11-01");
  });

  test("a current month with nothing left lists its first events rather than none", () => {
    const phone = phoneMonthEntries({ ...month, entries, today: "2026-11-29" });
    expect(phone.shown.map((e) => e.id)).toEqual(["early", "spanning", "mid", "late"]);
    expect(phone.from).toBe("2026-11-01");
  });

  test("a busy month is cut at the limit; the total is the month's", () => {
    const busy = Array.from({ length: 420 }, (_, i) => entry(`e${i}`, ["2026-11-15"]));
    const phone = phoneMonthEntries({ ...month, entries: busy, today: "2026-11-01" }, 10);
    expect(phone.shown).toHaveLength(10);
    expect(phone.total).toBe(420);
  });

  test("an empty month", () => {
    expect(phoneMonthEntries({ ...month, entries: [], today: "2026-11-10" })).toEqual({ shown: [], from: "2026-11-01", total: 0 });
  });
});

describe("the list's day groups", () => {
  test("each event once, under the first day it covers from the list's start, in order", () => {
    const entries = [entry("before", ["2026-10-31", "2026-11-01", "2026-11-02"]), entry("a", ["2026-11-01"]), entry("b", ["2026-11-03"]), entry("c", ["2026-11-03"])];
    expect(groupByDay(entries, "2026-11-01").map(([day, es]) => [day, es.map((e) => e.id)])).toEqual([
      ["2026-11-01", ["before", "a"]],
      ["2026-11-03", ["b", "c"]],
    ]);
    // From a later day an ongoing event shows under that day.
    expect(groupByDay(entries.slice(0, 1), "2026-11-02").map(([day]) => day)).toEqual(["2026-11-02"]);
  });
});

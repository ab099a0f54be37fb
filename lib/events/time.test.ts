import { describe, expect, test } from "vitest";
import { addMonths, allDaySpan, fromWallTime, localDays, offsetLabel, startOfLocalDay, toWallTime, zonesDiffer } from "./time";

const instant = (date: string, time: string, zone: string) => {
  const r = fromWallTime(date, time, zone);
  if (!r.ok) throw new Error(r.error);
  return r.instant.toISOString();
};

describe("wall time <-> UTC across Russia's zones", () => {
  // 15 January 2027, 10:00 local: the same wall time is a different UTC instant in each zone.
  test.each([
    ["Europe/Kaliningrad", "2027-01-15T08:00:00.000Z", "UTC+2"],
    ["Europe/Moscow", "2027-01-15T07:00:00.000Z", "UTC+3"],
    ["Europe/Samara", "2027-01-15T06:00:00.000Z", "UTC+4"],
    ["Asia/Yekaterinburg", "2027-01-15T05:00:00.000Z", "UTC+5"],
    ["Asia/Omsk", "2027-01-15T04:00:00.000Z", "UTC+6"],
    ["Asia/Krasnoyarsk", "2027-01-15T03:00:00.000Z", "UTC+7"],
    ["Asia/Irkutsk", "2027-01-15T02:00:00.000Z", "UTC+8"],
    ["Asia/Yakutsk", "2027-01-15T01:00:00.000Z", "UTC+9"],
    ["Asia/Vladivostok", "2027-01-15T00:00:00.000Z", "UTC+10"],
    ["Asia/Magadan", "2027-01-14T23:00:00.000Z", "UTC+11"],
    ["Asia/Kamchatka", "2027-01-14T22:00:00.000Z", "UTC+12"],
  ])("%s: 10:00 is %s (%s), and back", (zone, utc, label) => {
    expect(instant("2027-01-15", "10:00", zone)).toBe(utc);
    expect(toWallTime(new Date(utc), zone)).toEqual({ date: "2027-01-15", time: "10:00" });
    expect(offsetLabel(zone, new Date(utc))).toBe(label);
  });

  test("Russia has no DST: a July wall time keeps the winter offset", () => {
    expect(instant("2027-07-15", "10:00", "Asia/Yekaterinburg")).toBe("2027-07-15T05:00:00.000Z");
  });

  test("a webinar at 10:00 in Yekaterinburg is 08:00 in Moscow and 15:00 (not on the previous day) in Kamchatka", () => {
    const at = new Date(instant("2027-01-15", "10:00", "Asia/Yekaterinburg"));
    expect(toWallTime(at, "Europe/Moscow")).toEqual({ date: "2027-01-15", time: "08:00" });
    expect(toWallTime(at, "Asia/Kamchatka")).toEqual({ date: "2027-01-15", time: "17:00" });
    expect(toWallTime(at, "Europe/Kaliningrad")).toEqual({ date: "2027-01-15", time: "07:00" });
  });

  test("an evening in Kaliningrad is the next morning in Kamchatka", () => {
    const at = new Date(instant("2027-03-01", "20:00", "Europe/Kaliningrad"));
    expect(toWallTime(at, "Asia/Kamchatka")).toEqual({ date: "2027-03-02", time: "06:00" });
  });
});

describe("abroad, with daylight saving time", () => {
  test.each([
    // zone, date, time, UTC: ordinary days either side of the transitions.
    ["Europe/Berlin", "2027-01-10", "12:00", "2027-01-10T11:00:00.000Z"],
    ["Europe/Berlin", "2027-07-10", "12:00", "2027-07-10T10:00:00.000Z"],
    ["Europe/Berlin", "2027-03-28", "03:00", "2027-03-28T01:00:00.000Z"], // just after spring forward
    ["Europe/Berlin", "2027-03-28", "01:59", "2027-03-28T00:59:00.000Z"], // just before
    ["Europe/Berlin", "2027-10-31", "03:00", "2027-10-31T02:00:00.000Z"], // just after fall back
    ["America/New_York", "2027-01-10", "09:00", "2027-01-10T14:00:00.000Z"],
    ["America/New_York", "2027-07-10", "09:00", "2027-07-10T13:00:00.000Z"],
    ["America/New_York", "2027-03-14", "03:00", "2027-03-14T07:00:00.000Z"],
    ["America/New_York", "2027-11-07", "00:30", "2027-11-07T04:30:00.000Z"],
    ["Australia/Adelaide", "2027-01-10", "09:00", "2027-01-09T22:30:00.000Z"],
  ])("%s %s %s is %s", (zone, date, time, utc) => {
    expect(instant(date, time, zone)).toBe(utc);
    expect(toWallTime(new Date(utc), zone)).toEqual({ date, time });
  });

  test.each([
    ["Europe/Berlin", "2027-03-28", "02:30"],
    ["America/New_York", "2027-03-14", "02:30"],
  ])("%s %s %s does not exist (clocks go forward): refused", (zone, date, time) => {
    expect(fromWallTime(date, time, zone)).toEqual({ ok: false, error: "timeNotExists" });
  });

  test.each([
    ["Europe/Berlin", "2027-10-31", "02:30"],
    ["America/New_York", "2027-11-07", "01:30"],
  ])("%s %s %s happens twice (clocks go back): refused", (zone, date, time) => {
    expect(fromWallTime(date, time, zone)).toEqual({ ok: false, error: "timeAmbiguous" });
  });

  test("an unknown zone is refused", () => {
    expect(fromWallTime("2027-01-10", "10:00", "Mars/Olympus")).toEqual({ ok: false, error: "badZone" });
  });

  test("a Moscow event seen from New York in summer and in winter", () => {
    expect(toWallTime(new Date(instant("2027-07-01", "18:00", "Europe/Moscow")), "America/New_York")).toEqual({ date: "2027-07-01", time: "11:00" });
    expect(toWallTime(new Date(instant("2027-12-01", "18:00", "Europe/Moscow")), "America/New_York")).toEqual({ date: "2027-12-01", time: "10:00" });
  });
});

describe("all-day and multi-day", () => {
  test("a three-day festival in Omsk covers 00:00 of the first day to 00:00 after the last", () => {
    const span = allDaySpan("2027-04-20", "2027-04-22", "Asia/Omsk");
    expect(span).toEqual({ ok: true, startsAt: new Date("2027-04-19T18:00:00.000Z"), endsAt: new Date("2027-04-22T18:00:00.000Z") });
    if (!span.ok) return;
    expect(localDays(span.startsAt, span.endsAt, "Asia/Omsk", true)).toEqual({ first: "2027-04-20", last: "2027-04-22" });
    // In Kaliningrad the same span starts the evening before.
    expect(localDays(span.startsAt, span.endsAt, "Europe/Kaliningrad", true).first).toBe("2027-04-19");
  });

  test("an all-day event over a DST change lasts 23 hours that day", () => {
    const span = allDaySpan("2027-03-28", "2027-03-28", "Europe/Berlin");
    expect(span.ok && (span.endsAt.getTime() - span.startsAt.getTime()) / 3_600_000).toBe(23);
  });

  test("a midnight that does not exist starts the day at the end of the gap", () => {
    // Santiago: clocks went from 24:00 to 01:00 on 2022-09-11.
    expect(startOfLocalDay("2022-09-11", "America/Santiago")).toEqual({ ok: true, instant: new Date("2022-09-11T04:00:00.000Z") });
  });

  test("an event ending at midnight belongs to its own day", () => {
    const start = new Date(instant("2027-05-10", "18:00", "Europe/Moscow"));
    const end = new Date(instant("2027-05-11", "00:00", "Europe/Moscow"));
    expect(localDays(start, end, "Europe/Moscow", false)).toEqual({ first: "2027-05-10", last: "2027-05-10" });
  });
});

describe("recurrence dates and zone comparison", () => {
  test("monthly keeps the day, clamped to the month's end", () => {
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2027-01-31", 2)).toBe("2027-03-31");
    expect(addMonths("2027-11-15", 3)).toBe("2028-02-15");
  });

  test("zones differ by their clocks at the instant, not by their names", () => {
    const winter = new Date("2027-01-15T10:00:00Z");
    expect(zonesDiffer("Europe/Moscow", "Europe/Moscow", winter)).toBe(false);
    expect(zonesDiffer("Europe/Moscow", "Europe/Simferopol", winter)).toBe(false);
    expect(zonesDiffer("Europe/Moscow", "Asia/Yekaterinburg", winter)).toBe(true);
    // Istanbul and Moscow share UTC+3 all year; Berlin matches Kaliningrad only in summer.
    expect(zonesDiffer("Europe/Istanbul", "Europe/Moscow", winter)).toBe(false);
    expect(zonesDiffer("Europe/Berlin", "Europe/Kaliningrad", winter)).toBe(true);
    expect(zonesDiffer("Europe/Berlin", "Europe/Kaliningrad", new Date("2027-07-15T10:00:00Z"))).toBe(false);
  });
});

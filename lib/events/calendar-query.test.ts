import { describe, expect, test } from "vitest";
import { calendarHref, calendarQuerySchema } from "./calendar-query";

describe("calendar addresses", () => {
  const query = calendarQuerySchema.parse({ date: "2026-11-15", form: "webinar", mine: "1" });

  test("a link keeps the filters, changes what it names and leaves defaults out", () => {
    expect(calendarHref(query, { view: "list", date: "2026-11-20" })).toBe("/calendar?view=list&date=2026-11-20&form=webinar&mine=1");
    expect(calendarHref(query, { view: "month", mine: false })).toBe("/calendar?date=2026-11-15&form=webinar");
    expect(calendarHref({ view: "month" })).toBe("/calendar");
  });

  test("an address that does not parse opens the calendar as if the value were absent", () => {
    expect(calendarHref(calendarQuerySchema.parse({ view: "year", date: "2026-13-01", form: "lecture", community: "Bad Slug" }))).toBe("/calendar");
  });
});

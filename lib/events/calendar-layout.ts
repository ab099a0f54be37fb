import type { CalendarEntry } from "./calendar";

// How the calendar's views lay out a period's events (lib/events/calendar.ts gives them): what a
// month cell lists, what the phone's month lists under the grid, and the list view's day groups.
// A busy month holds hundreds of events; each view shows a bounded part and links to the rest.

/** Events a month cell lists; the rest are «ещё N», a link to that day in the list view. */
export const cellLimit = 3;

/** Events the phone's month lists under the grid before a link to the month's list view. */
export const phoneListLimit = 10;

/** A calendar date ("YYYY-MM-DD") as a Date at its UTC noon: formatted with timeZone UTC it is that date everywhere. */
export const dateAtNoon = (date: string) => new Date(`${date}T12:00:00Z`);

/** The id of a day's group in the list view (the target of a month cell's «ещё N»). */
export const dayAnchor = (date: string) => `day-${date}`;

/** A month cell: the first `limit` events, and how many more the cell leaves out. */
export function capCell<T>(entries: readonly T[], limit = cellLimit): { shown: T[]; more: number } {
  return { shown: entries.slice(0, limit), more: Math.max(0, entries.length - limit) };
}

/**
 * The phone's month list: from today when the month holds it (the past is in the list view),
 * else from the month's first day; at most `limit`. A month whose events are all past lists its
 * first ones. `from` is the day the list starts on (for grouping).
 */
export function phoneMonthEntries(
  month: { entries: readonly CalendarEntry[]; from: string; to: string; today: string },
  limit = phoneListLimit,
): { shown: CalendarEntry[]; from: string; total: number } {
  const start = month.today >= month.from && month.today <= month.to ? month.today : month.from;
  const upcoming = month.entries.filter((e) => e.days.at(-1)! >= start);
  const [pool, from] = upcoming.length > 0 ? [upcoming, start] : [month.entries, month.from];
  return { shown: pool.slice(0, limit), from, total: month.entries.length };
}

/** Events grouped under the first day each covers from `from` on, each once, in the entries' order. */
export function groupByDay(entries: readonly CalendarEntry[], from: string): [string, CalendarEntry[]][] {
  const groups = new Map<string, CalendarEntry[]>();
  for (const e of entries) {
    const day = e.days.find((d) => d >= from) ?? e.days[0]!;
    groups.set(day, [...(groups.get(day) ?? []), e]);
  }
  return [...groups.entries()];
}

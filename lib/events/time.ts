import { isTimeZone, russianTimeZones } from "@/lib/reference/time-zones";

// An event's wall time in its own IANA zone <-> the UTC instant stored, with nothing but Intl
// (the runtime's tz database: the same one next-intl formats with), the calendar's date arithmetic
// on local dates, and the zones the forms offer. SPEC §4, issue 5 item 3.
//
// Choices, documented:
// - A wall time that does not exist in the zone (clocks go forward: 02:30 on 31 March in Berlin)
//   is refused ("timeNotExists"); one that happens twice (clocks go back: 02:30 on 27 October in
//   Berlin) is refused too ("timeAmbiguous"): an organizer picks an unambiguous time rather than
//   the platform guessing. All-day events start at the zone's first instant of the day, so a
//   midnight that does not exist moves to the end of the gap instead.
// - Monthly recurrence keeps the day of the month, clamped to the month's last day (31 Jan ->
//   28/29 Feb -> 31 Mar: each occurrence counts from the first date, not from the previous one).

export type LocalDate = string; // YYYY-MM-DD
export type LocalTime = string; // HH:mm
export type TimeError = "timeNotExists" | "timeAmbiguous" | "badZone";
export type TimeResult = { ok: true; instant: Date } | { ok: false; error: TimeError };

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The numbers of "2027-01-15" or "10:30", as a fixed-length tuple (the patterns were checked first). */
function numbers(value: string, separator: string): [number, number, number] {
  const [a = 0, b = 0, c = 0] = value.split(separator).map(Number);
  return [a, b, c];
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(zone: string) {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    formatters.set(zone, f);
  }
  return f;
}

/** Whether a string is a valid local date (a real day of the calendar). */
export function isLocalDate(value: string): boolean {
  if (!datePattern.test(value)) return false;
  const [y, m, day] = numbers(value, "-");
  const d = new Date(Date.UTC(y, m - 1, day));
  return d.getUTCFullYear() === y && d.getUTCMonth() === m - 1 && d.getUTCDate() === day;
}

export function isLocalTime(value: string): boolean {
  return timePattern.test(value);
}

export { isTimeZone };

const russian = new Set<string>(russianTimeZones);

/** Every zone the runtime knows besides Russia's (which the forms offer first, by city). */
export function otherTimeZones(): string[] {
  return Intl.supportedValuesOf("timeZone").filter((zone) => !russian.has(zone));
}

/** Milliseconds of the wall clock, read as if it were UTC. */
function wallMillis(date: LocalDate, time: LocalTime): number {
  const [y, mo, d] = numbers(date, "-");
  const [h, mi] = numbers(time, ":");
  return Date.UTC(y, mo - 1, d, h, mi);
}

// Offsets change a few times a year: per zone and UTC day, the offset when the day's two ends agree
// (formatToParts is slow, and a calendar month asks for a thousand offsets on some forty days).
const dayOffsets = new Map<string, number | null>();
const dayMs = 86_400_000;

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
export function zoneOffset(zone: string, instant: Date): number {
  const day = Math.floor(instant.getTime() / dayMs) * dayMs;
  const key = `${zone} ${day}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    const atStart = exactOffset(zone, new Date(day));
    offset = atStart === exactOffset(zone, new Date(day + dayMs)) ? atStart : null;
    if (dayOffsets.size >= 20_000) dayOffsets.clear();
    dayOffsets.set(key, offset);
  }
  return offset ?? exactOffset(zone, instant);
}

function exactOffset(zone: string, instant: Date): number {
  const parts: Record<string, number> = {};
  for (const p of partsFormatter(zone).formatToParts(instant)) parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The wall date and time of an instant in a zone. */
export function toWallTime(instant: Date, zone: string): { date: LocalDate; time: LocalTime } {
  const shifted = new Date(instant.getTime() + zoneOffset(zone, instant));
  const iso = shifted.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** All instants at which the zone's clock shows this wall time: none (a gap), one, or two (an overlap). */
function candidates(date: LocalDate, time: LocalTime, zone: string): number[] {
  const wall = wallMillis(date, time);
  const day = 86_400_000;
  const offsets = new Set([zoneOffset(zone, new Date(wall - day)), zoneOffset(zone, new Date(wall)), zoneOffset(zone, new Date(wall + day))]);
  const found = new Set<number>();
  for (const offset of offsets) {
    const instant = wall - offset;
    if (zoneOffset(zone, new Date(instant)) === offset) found.add(instant);
  }
  return [...found].sort((a, b) => a - b);
}

/** The UTC instant of a wall time in a zone; a missing or doubled wall time is an error (see above). */
export function fromWallTime(date: LocalDate, time: LocalTime, zone: string): TimeResult {
  if (!isTimeZone(zone)) return { ok: false, error: "badZone" };
  if (!isLocalDate(date) || !isLocalTime(time)) throw new RangeError(`fromWallTime: bad wall time ${date} ${time}`);
  const found = candidates(date, time, zone);
  if (found.length === 0) return { ok: false, error: "timeNotExists" };
  if (found.length > 1) return { ok: false, error: "timeAmbiguous" };
  return { ok: true, instant: new Date(found[0]!) };
}

/** The first instant of a local day in a zone (midnight, or the end of a gap that swallows it). */
export function startOfLocalDay(date: LocalDate, zone: string): TimeResult {
  if (!isTimeZone(zone)) return { ok: false, error: "badZone" };
  if (!isLocalDate(date)) throw new RangeError(`startOfLocalDay: bad date ${date}`);
  const found = candidates(date, "00:00", zone);
  if (found[0] !== undefined) return { ok: true, instant: new Date(found[0]) };
  // Midnight is in a gap: the day starts when the clock jumps, i.e. with the offset before it.
  const wall = wallMillis(date, "00:00");
  return { ok: true, instant: new Date(wall - zoneOffset(zone, new Date(wall - 86_400_000))) };
}

/** An all-day span from the first day's start to the end of the last day (the next day's start). */
export function allDaySpan(firstDay: LocalDate, lastDay: LocalDate, zone: string): { ok: true; startsAt: Date; endsAt: Date } | { ok: false; error: TimeError } {
  const start = startOfLocalDay(firstDay, zone);
  if (!start.ok) return start;
  const end = startOfLocalDay(addDays(lastDay, 1), zone);
  if (!end.ok) return end;
  return { ok: true, startsAt: start.instant, endsAt: end.instant };
}

/** The days an event covers in a zone, first and last (an all-day event's end is the next day's 00:00). */
export function localDays(startsAt: Date, endsAt: Date, zone: string, allDay: boolean): { first: LocalDate; last: LocalDate } {
  const first = toWallTime(startsAt, zone).date;
  const end = toWallTime(new Date(endsAt.getTime() - (allDay ? 1 : 0)), zone);
  // An event ending at 00:00 belongs to the day before.
  const last = !allDay && end.time === "00:00" && end.date > first ? addDays(end.date, -1) : end.date;
  return { first, last };
}

/** The first instant of a local day in a checked zone (never refused: a bad zone is a bug). */
export function dayStart(date: LocalDate, zone: string): Date {
  const start = startOfLocalDay(date, zone);
  if (!start.ok) throw new RangeError(`dayStart: bad zone ${zone}`);
  return start.instant;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = numbers(date, "-");
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The same day `months` later, clamped to that month's last day. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = numbers(date, "-");
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** Whole days from one local date to another (negative when `to` is earlier). */
export function daysFrom(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Every date from `from` to `to`, both included. */
export function daysBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Monday of the week the date is in (ISO weeks, as Russian calendars print them). */
export function startOfWeek(date: LocalDate): LocalDate {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

export function startOfMonth(date: LocalDate): LocalDate {
  return `${date.slice(0, 7)}-01`;
}

/** Whether the viewer sees a different clock than the event's zone at that instant (same offset = same clock). */
export function zonesDiffer(viewerZone: string, eventZone: string, at: Date): boolean {
  if (viewerZone === eventZone) return false;
  return zoneOffset(viewerZone, at) !== zoneOffset(eventZone, at);
}

/** "UTC+5", "UTC−3:30": a zone's offset at an instant, for showing beside a zone's name. */
export function offsetLabel(zone: string, at: Date): string {
  const minutes = Math.round(zoneOffset(zone, at) / 60_000);
  if (minutes === 0) return "UTC";
  const sign = minutes > 0 ? "+" : "−";
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, "0")}` : ""}`;
}

/** A zone's name: Russia's by city (`cityName`, from the messages), others by their IANA id and UTC offset. */
export function zoneLabel(zone: string, at: Date, cityName: string | undefined): string {
  return cityName ?? `${zone.replaceAll("_", " ")}, ${offsetLabel(zone, at)}`;
}

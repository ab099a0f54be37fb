import { z } from "zod";
import { eventForms, eventFormats } from "@/lib/reference/events";
import { subjects } from "@/lib/reference/subjects";

// The calendar's URL parameters (?view=month&date=2026-12-01&community=…&form=…&subject=…&format=…&mine=1),
// shared by the page's GET form and lib/events/calendar.ts. A value that does not parse is dropped
// (the calendar opens as if it were absent) rather than refused: these are addresses people share.

export const calendarViews = ["month", "week", "list"] as const;
export type CalendarView = (typeof calendarViews)[number];

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : Array.isArray(v) ? v[0] : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional()).catch(undefined);

export const calendarQuerySchema = z.object({
  view: z.preprocess(blankToUndefined, z.enum(calendarViews).default("month")).catch("month"),
  date: optional(z.iso.date().refine((d) => d >= "1900-01-01" && d <= "2999-12-31")),
  community: optional(z.string().trim().min(1).max(100).regex(/^[a-z0-9-]+$/)),
  form: optional(z.enum(eventForms)),
  subject: optional(z.enum(subjects)),
  format: optional(z.enum(eventFormats)),
  mine: z.preprocess(blankToUndefined, z.enum(["1", "true", "on"]).optional()).catch(undefined).transform(Boolean),
});

export type CalendarQuery = z.output<typeof calendarQuerySchema>;

/** The query as URL parameters (for links that change one of them); defaults are left out. */
export function calendarSearchParams(query: Partial<CalendarQuery>): Record<string, string> {
  const out: Record<string, string> = {};
  if (query.view && query.view !== "month") out.view = query.view;
  if (query.date) out.date = query.date;
  if (query.community) out.community = query.community;
  if (query.form) out.form = query.form;
  if (query.subject) out.subject = query.subject;
  if (query.format) out.format = query.format;
  if (query.mine) out.mine = "1";
  return out;
}

/** The calendar's address (without the locale, for the i18n Link) with some parameters changed. */
export function calendarHref(query: Partial<CalendarQuery>, change: Partial<CalendarQuery> = {}): string {
  const s = new URLSearchParams(calendarSearchParams({ ...query, ...change })).toString();
  return s ? `/calendar?${s}` : "/calendar";
}

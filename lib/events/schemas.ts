import { z } from "zod";
import { eventAudiences, eventForms, eventFormats } from "@/lib/reference/events";
import { subjects } from "@/lib/reference/subjects";
import { allDaySpan, fromWallTime, isLocalDate, isLocalTime, isTimeZone } from "./time";

// Shared by the event forms (zodResolver) and the server. Messages are keys under `events.errors`,
// falling back to the common `errors` namespace. Times come as the event's wall time + its zone;
// the schema turns them into UTC instants (lib/events/time.ts) and checks their order.

const text = (max: number, min = 0) =>
  z
    .string("invalid")
    .transform((s) => s.trim())
    .pipe(z.string().min(min, "required").max(max, "tooLong"));

/** Empty text as null: optional fields of the form arrive as "". */
const blankAsNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/** An http(s) address, or nothing. */
export const httpUrl = z.preprocess(
  blankAsNull,
  z
    .string("invalid")
    .trim()
    .max(2_000, "tooLong")
    .refine((s) => {
      try {
        const url = new URL(s);
        return (url.protocol === "http:" || url.protocol === "https:") && Boolean(url.hostname);
      } catch {
        return false;
      }
    }, "notHttp")
    .nullable(),
);

const localDate = z.string("required").refine(isLocalDate, "invalid");
const localTime = z.preprocess(blankAsNull, z.string("invalid").refine(isLocalTime, "invalid").nullable());

/** A speaker: a registered user (by id; their name comes from the account), or a named guest; "about" says who they are or what they speak about. */
const speaker = z
  .object(
    {
      userId: z.preprocess(blankAsNull, z.uuid("invalid").nullable()).default(null),
      name: text(200).default(""),
      about: text(500).default(""),
    },
    "invalid",
  )
  .superRefine((s, ctx) => {
    if (!s.userId && s.name.length < 2) ctx.addIssue({ code: "custom", path: ["name"], message: "required" });
  });

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** Bank materials by id; the form sends ids or links to /materials/<id>, one per line. */
const materialIds = z
  .union([z.string().transform((s) => s.split(/[\s,]+/).filter(Boolean)), z.array(z.string("invalid"))], "invalid")
  .transform((list, ctx) => {
    const ids: string[] = [];
    for (const item of list) {
      const id = uuidPattern.exec(item)?.[0]?.toLowerCase();
      if (!id) ctx.addIssue({ code: "custom", message: "materialUnknown" });
      else if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  })
  .pipe(z.array(z.string()).max(30, "tooMany"));

const recurrence = z
  .object({
    frequency: z.enum(["none", "weekly", "monthly"], "invalid"),
    interval: z.coerce.number("invalid").int("invalid").min(1, "invalid").max(12, "invalid"),
    count: z.coerce.number("invalid").int("invalid").min(1, "invalid").max(24, "seriesTooLong"),
  })
  .default({ frequency: "none", interval: 1, count: 1 });

const fields = z.object({
  title: text(300, 3),
  form: z.enum(eventForms, "required"),
  format: z.enum(eventFormats, "required"),
  /** A community's id, or null for a platform-wide event (administrators). */
  communityId: z.preprocess(blankAsNull, z.uuid("invalid").nullable()),
  description: text(20_000),
  allDay: z.boolean("invalid").default(false),
  startDate: localDate,
  startTime: localTime,
  endDate: localDate,
  endTime: localTime,
  timeZone: z.string("required").refine(isTimeZone, "badZone"),
  place: text(500),
  meetingUrl: httpUrl,
  linkForRegistered: z.boolean("invalid").default(true),
  capacity: z.preprocess(blankAsNull, z.coerce.number("invalid").int("invalid").min(1, "invalid").max(100_000, "invalid").nullable()),
  deadlineDate: z.preprocess(blankAsNull, localDate.nullable()).default(null),
  deadlineTime: localTime.default(null),
  audience: z.enum(eventAudiences, "required"),
  subjects: z
    .array(z.enum(subjects, "invalid"), "invalid")
    .default([])
    .transform((list) => [...new Set(list)]),
  hours: z.preprocess(blankAsNull, z.coerce.number("invalid").min(0.5, "invalid").max(999, "invalid").multipleOf(0.5, "invalid").nullable()).default(null),
  speakers: z.array(speaker, "invalid").max(30, "tooMany").default([]),
  materialIds: materialIds.default([]),
  recurrence,
});

/** The instants of a wall-time span, or the issue to show on the form's fields. */
type Span = { startsAt: Date; endsAt: Date };

export function spanOf(v: { allDay: boolean; startDate: string; startTime: string | null; endDate: string; endTime: string | null; timeZone: string }, ctx: z.RefinementCtx): Span | null {
  if (v.allDay) {
    if (v.endDate < v.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "endBeforeStart" });
      return null;
    }
    const span = allDaySpan(v.startDate, v.endDate, v.timeZone);
    if (!span.ok) {
      ctx.addIssue({ code: "custom", path: ["timeZone"], message: span.error });
      return null;
    }
    return span;
  }
  if (!v.startTime) ctx.addIssue({ code: "custom", path: ["startTime"], message: "required" });
  if (!v.endTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: "required" });
  if (!v.startTime || !v.endTime) return null;
  const start = fromWallTime(v.startDate, v.startTime, v.timeZone);
  const end = fromWallTime(v.endDate, v.endTime, v.timeZone);
  if (!start.ok) ctx.addIssue({ code: "custom", path: ["startTime"], message: start.error });
  if (!end.ok) ctx.addIssue({ code: "custom", path: ["endTime"], message: end.error });
  if (!start.ok || !end.ok) return null;
  if (end.instant <= start.instant) {
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "endBeforeStart" });
    return null;
  }
  return { startsAt: start.instant, endsAt: end.instant };
}

function withTimes<T extends z.infer<typeof fields>>(v: T, ctx: z.RefinementCtx) {
  const span = spanOf(v, ctx);
  let registrationDeadline: Date | null = null;
  if (v.deadlineDate) {
    const deadline = fromWallTime(v.deadlineDate, v.deadlineTime ?? "23:59", v.timeZone);
    if (!deadline.ok) ctx.addIssue({ code: "custom", path: ["deadlineTime"], message: deadline.error });
    else if (span && deadline.instant > span.startsAt) ctx.addIssue({ code: "custom", path: ["deadlineDate"], message: "deadlineAfterStart" });
    else registrationDeadline = deadline.instant;
  } else if (v.deadlineTime) ctx.addIssue({ code: "custom", path: ["deadlineDate"], message: "required" });
  if (v.format !== "online" && !v.place && !v.meetingUrl) ctx.addIssue({ code: "custom", path: ["place"], message: "placeOrLink" });
  if (v.format === "online" && !v.meetingUrl && !v.place) ctx.addIssue({ code: "custom", path: ["meetingUrl"], message: "placeOrLink" });
  if (!span) return z.NEVER;
  return { ...v, startsAt: span.startsAt, endsAt: span.endsAt, registrationDeadline };
}

/** A new event (or series): the fields plus the instants they name. */
export const eventSchema = fields.transform(withTimes);

export type EventInput = z.input<typeof eventSchema>;
export type EventFields = z.output<typeof eventSchema>;

/** What the form's pickers (speakers, materials) send: part of a name or a title. */
export const pickerQuerySchema = z.object({ q: text(100, 2) });

/** Editing an event of a series: only it, or it and every later scheduled event of the series. */
export const editScopes = ["this", "following"] as const;
export type EditScope = (typeof editScopes)[number];
export const editScopeSchema = z.enum(editScopes, "invalid").default("this");

/** Cancelling: a reason the registered people are told. */
export const cancelSchema = z.object({ reason: text(1_000, 3) });

/** Revoking a certificate issued in error: which one, and a short reason its holder is told. */
export const revokeReasonMax = 500;
export const revokeCertificateSchema = z.object({ certificateId: z.uuid("invalid"), reason: text(revokeReasonMax, 3) });

/** After the event: a recording link and results in Markdown. */
export const resultsSchema = z.object({ recordingUrl: httpUrl, results: text(20_000) });

import { z } from "zod";
import { httpUrl } from "@/lib/events/schemas";
import { isLocalDate, isLocalTime } from "@/lib/events/time";

// Shared by the contest forms (zodResolver) and the server. Messages are keys under
// `contests.errors`, falling back to the common `errors` namespace.

const text = (max: number, min = 0) =>
  z
    .string("invalid")
    .transform((s) => s.trim())
    .pipe(z.string().min(min, "required").max(max, "tooLong"));

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** A material of the bank: its id or a link to its page; empty for none. */
const materialRef = z
  .string("invalid")
  .trim()
  .max(2_000, "tooLong")
  .transform((s, ctx) => {
    if (!s) return null;
    const id = uuidPattern.exec(s)?.[0]?.toLowerCase();
    if (!id) {
      ctx.addIssue({ code: "custom", message: "materialUnknown" });
      return z.NEVER;
    }
    return id;
  });

/** A contest entry: a title, a description (Markdown) and at least one of the description, a material and a link. */
export const entrySchema = z
  .object({
    title: text(300, 3),
    description: text(20_000),
    material: materialRef.default(""),
    url: httpUrl.default(null),
  })
  .superRefine((v, ctx) => {
    if (!v.description && !v.material && !v.url) ctx.addIssue({ code: "custom", path: ["description"], message: "entryEmpty" });
  });
export type EntryInput = z.input<typeof entrySchema>;

/** A juror's score of one entry: a whole number 0..10 and a comment. */
export const scoreSchema = z.object({
  // An empty field is no score, not 0.
  score: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number("scoreRange").int("scoreRange").min(0, "scoreRange").max(10, "scoreRange")),
  comment: text(2_000),
});
export type ScoreInput = z.input<typeof scoreSchema>;

/** Prize places for the whole table at once: entry id → 1, 2, 3 or none (ties allowed). */
export const placesSchema = z.object({
  places: z
    .array(z.object({ entryId: z.uuid("invalid"), place: z.union([z.literal(1), z.literal(2), z.literal(3), z.null()], "invalid") }), "invalid")
    .max(5_000, "invalid"),
});
export type PlacesInput = z.input<typeof placesSchema>;

/** Jurors to appoint, chosen in the people picker. */
export const jurorsSchema = z.object({ userIds: z.array(z.uuid("invalid"), "invalid").min(1, "noJurorChosen").max(50, "tooMany") });

/** The juror picker's query. */
export const jurorQuerySchema = z.object({ q: text(100, 2) });

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/** The entries deadline as the event's wall time; no date: entries until the event's end. */
export const deadlineSchema = z.object({
  date: z.preprocess(blank, z.string("invalid").refine(isLocalDate, "invalid").nullable()),
  time: z.preprocess(blank, z.string("invalid").refine(isLocalTime, "invalid").nullable()),
});
export type DeadlineInput = z.input<typeof deadlineSchema>;

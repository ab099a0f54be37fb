import { z } from "zod";
import { priorityThemes } from "@/lib/reference/communities";
import { educationLevels, materialKinds, materialLicences, reviewVerdicts } from "@/lib/reference/materials";
import { subjects } from "@/lib/reference/subjects";

// Shared by the material forms (zodResolver) and the server; messages are keys under
// `materials.errors`, falling back to the common `errors` namespace.

const text = (max: number, min = 0) =>
  z
    .string("invalid")
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(min, "required")
        .max(max, "tooLong"),
    );

/** Codes from a reference list, each once; `min` 1 makes the list required. */
const codes = <T extends readonly [string, ...string[]]>(values: T, min = 0) =>
  z
    .array(z.enum(values, "invalid"), "invalid")
    .min(min, "required")
    .transform((list) => [...new Set(list)]);

/** Free tags, as a list or as the form's comma-separated text: trimmed, lower-case, unique, at most 12 of up to 40 characters. */
const tags = z
  .union([z.string().transform((s) => s.split(",")), z.array(z.string("invalid"))], "invalid")
  .transform((list) => [...new Set(list.map((t) => t.trim().toLowerCase()).filter(Boolean))])
  .pipe(z.array(z.string().max(40, "tagTooLong")).max(12, "tooMany"));

/** A registered co-author (by id) or an outside author (by name). */
const author = z.union([z.object({ userId: z.uuid("invalid") }), z.object({ name: text(200, 1) })], "invalid");

export const materialSchema = z.object({
  kind: z.enum(materialKinds, "required"),
  title: text(300, 3),
  abstract: text(2_000, 10),
  body: text(100_000),
  subjects: codes(subjects, 1),
  levels: codes(educationLevels, 1),
  themes: codes(priorityThemes),
  tags,
  licence: z.enum(materialLicences, "required"),
  communityId: z.preprocess((v) => (v === "" ? null : v), z.uuid("invalid").nullable()),
  /** Co-authors besides the owner, in order; the form sends outside authors as "Name; Name". */
  coAuthors: z
    .union([z.string().transform((s) => s.split(";").flatMap((name) => (name.trim() ? [{ name: name.trim() }] : []))), z.array(author, "invalid")], "invalid")
    .pipe(z.array(author).max(20, "tooMany")),
  /** Registered co-authors kept by the form (it edits outside authors as text). */
  coAuthorIds: z.array(z.uuid("invalid"), "invalid").max(20, "tooMany").default([]),
  blindReview: z.boolean("invalid"),
});

export type MaterialInput = z.input<typeof materialSchema>;
export type MaterialFields = z.output<typeof materialSchema>;

/** Part of a registered co-author's name, as the picker sends it. */
export const coAuthorQuerySchema = z.object({ q: text(100, 2) });
export const coAuthorQueryMin = 2;

export const submitSchema = z.object({ note: text(2_000) });

export const reviewSchema = z.object({
  scores: z.array(z.object({ criterionId: z.uuid("invalid"), score: z.number("invalid").int("invalid").min(0, "scoreRange").max(3, "scoreRange"), comment: text(2_000) }), "invalid"),
  verdict: z.enum(reviewVerdicts, "required"),
  summary: text(5_000, 1),
});

export type ReviewInput = z.input<typeof reviewSchema>;

export const moderationSchema = z.object({ action: z.enum(["unpublish", "remove"], "invalid"), reason: text(1_000, 3) });

export const ratingSchema = z.object({ score: z.number("invalid").int("invalid").min(1, "ratingRange").max(5, "ratingRange") });

/** How a colleague used a material: in which class or group, in what setting, with what result. */
export const experienceSchema = z.object({ grade: text(100, 1), context: text(2_000, 10), result: text(2_000, 10) });

export type ExperienceInput = z.input<typeof experienceSchema>;

export const collectionSchema = z.object({ title: text(200, 3), description: text(2_000), public: z.boolean("invalid") });

export type CollectionInput = z.input<typeof collectionSchema>;

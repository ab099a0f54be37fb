import { z } from "zod";
import { communityKinds, communityServices, communityTypes, communityVisibilities, joinPolicies, priorityThemes } from "@/lib/reference/communities";
import { subjects } from "@/lib/reference/subjects";

// Shared by the community forms (zodResolver) and the server; messages are keys under
// `communities.errors`, falling back to the common `errors` namespace.

/** Trimmed, with runs of spaces collapsed. */
const tidy = (min: number, max: number, requiredKey = "required") =>
  z
    .string("required")
    .transform((s) => s.trim().replace(/\s+/g, " "))
    .pipe(
      z
        .string()
        .min(min > 0 ? 1 : 0, requiredKey)
        .min(min, "tooShort")
        .max(max, "tooLong"),
    );

/** Multi-line text: trimmed at the ends, line breaks kept. */
const longText = (min: number, max: number) =>
  z
    .string("required")
    .transform((s) => s.replace(/\r\n/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(min > 0 ? 1 : 0, "required")
        .min(min, "tooShort")
        .max(max, "tooLong"),
    );

/** "" is a select's placeholder; anything outside the list is someone editing the request. */
const choice = <T extends readonly [string, ...string[]]>(values: T, unknownKey: string) => z.string("required").min(1, "required").pipe(z.enum(values, unknownKey));

/** A checkbox group: duplicates collapse, the order is the reference list's. */
const codes = <T extends readonly string[]>(values: T, unknownKey: string) =>
  z
    .array(z.unknown(), unknownKey)
    .max(values.length * 2, unknownKey)
    .refine((list): list is T[number][] => list.every((v) => typeof v === "string" && values.includes(v)), unknownKey)
    .transform((list) => values.filter((v) => list.includes(v)) as T[number][]);

/** The latest calendar day anywhere on Earth (UTC+14): an order signed "today" in any zone passes. */
export function latestToday(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
function realDate(s: string): boolean {
  if (!isoDate.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** An order ("приказ") number and date; the date is never in the future. */
export const orderNumber = tidy(1, 50, "orderNumberRequired");
export const orderDate = z
  .string("orderDateRequired")
  .transform((s) => s.trim())
  .pipe(
    z
      .string()
      .min(1, "orderDateRequired")
      .refine(realDate, "dateInvalid")
      .refine((s) => s >= "1991-01-01", "dateInvalid")
      .refine((s) => s <= latestToday(), "dateInFuture"),
  );

/** The address in /communities/<slug>. */
export const slugSchema = z
  .string("required")
  .transform((s) => s.trim().toLowerCase())
  .pipe(
    z
      .string()
      .min(1, "required")
      .min(3, "slugTooShort")
      .max(60, "slugTooLong")
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slugFormat"),
  );

/** Sub-communities nest at most this deep (the root is level 1). */
export const maxDepth = 5;

/** What the leader edits; also the body of the creation form. */
export const communityFieldsSchema = z.object({
  name: tidy(3, 200),
  description: longText(0, 5000),
  goal: longText(3, 2000),
  tasks: longText(0, 5000),
  type: choice(communityTypes, "typeUnknown"),
  kind: choice(communityKinds, "kindUnknown"),
  subjects: codes(subjects, "subjectUnknown"),
  themes: codes(priorityThemes, "themeUnknown"),
  municipality: tidy(2, 200),
  visibility: choice(communityVisibilities, "visibilityUnknown"),
  joinPolicy: choice(joinPolicies, "joinPolicyUnknown"),
});
export type CommunityFieldsInput = z.input<typeof communityFieldsSchema>;
export type CommunityFields = z.output<typeof communityFieldsSchema>;

const optionalId = z
  .string()
  .optional()
  .transform((s) => s?.trim() || null)
  .pipe(z.string().uuid("parentMissing").nullable());

/** The administrator's creation "by order"; the address is fixed from then on. */
export const createCommunitySchema = communityFieldsSchema.extend({
  slug: slugSchema,
  parentId: optionalId,
  creationOrderNumber: orderNumber,
  creationOrderDate: orderDate,
});
export type CreateCommunityInput = z.input<typeof createCommunitySchema>;

export const communityIdSchema = z.string().uuid();

export const liquidateSchema = z.object({ orderNumber, orderDate });
export type LiquidateInput = z.input<typeof liquidateSchema>;

export const appointLeaderSchema = z.object({
  userId: z.string("leaderRequired").min(1, "leaderRequired").pipe(z.string().uuid("userUnavailable")),
  orderNumber,
  orderDate,
});
export type AppointLeaderInput = z.input<typeof appointLeaderSchema>;

export const moderatorSchema = z.object({ userId: z.string().uuid("notAMember") });
export type ModeratorInput = z.input<typeof moderatorSchema>;

export const servicesSchema = z.object({ services: codes(communityServices, "serviceUnknown") });
export type ServicesInput = z.input<typeof servicesSchema>;

export const cataloguePageSize = 20;
export const adminPageSize = 20;

const text = (max: number) =>
  z
    .string()
    .catch("")
    .transform((s) => s.trim().slice(0, max));
const page = z.coerce.number().int().min(1).max(10_000).catch(1);
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).or(z.literal("")).catch("");

/** The catalogue's URL parameters; anything malformed falls back to "no filter". */
export const catalogueQuerySchema = z.object({
  q: text(100),
  type: oneOf(communityTypes),
  kind: oneOf(communityKinds),
  subject: oneOf(subjects),
  theme: oneOf(priorityThemes),
  municipality: text(200),
  /** "1": liquidated communities (the archive) are listed too. */
  archived: z
    .string()
    .catch("")
    .transform((s) => s === "1"),
  page,
});
export type CatalogueQuery = z.output<typeof catalogueQuerySchema>;

export const adminStatusFilters = ["all", "live", "archived"] as const;
export const adminQuerySchema = z.object({ q: text(100), status: z.enum(adminStatusFilters).catch("all"), page });
export type AdminQuery = z.output<typeof adminQuerySchema>;

/** The moderators page's member search. */
export const memberSearchSchema = z.object({ q: text(100) });

import { z } from "zod";
import { organizationKinds } from "@/lib/reference/organization-kinds";

// Shared by the admin forms (zodResolver) and the server; messages are keys under
// `organizations.errors`, falling back to the common `errors` namespace.

/** Trimmed, with runs of spaces collapsed, so that "Школа  № 3 " and "Школа № 3" are one name. */
const tidy = (min: number, max: number) =>
  z
    .string()
    .transform((s) => s.trim().replace(/\s+/g, " "))
    .pipe(
      z
        .string()
        .min(min > 0 ? 1 : 0, "required")
        .min(min, "tooShort")
        .max(max, "tooLong"),
    );

export const organizationSchema = z.object({
  name: tidy(3, 300),
  shortName: tidy(0, 120),
  // "" is the select's placeholder; anything outside the list is someone editing the request.
  kind: z.string().min(1, "required").pipe(z.enum(organizationKinds, "kindUnknown")),
  municipality: tidy(2, 200),
});
export type OrganizationInput = z.input<typeof organizationSchema>;
export type OrganizationFields = z.output<typeof organizationSchema>;

export const organizationIdSchema = z.string().uuid();

export const mergeSchema = z
  .object({
    sourceId: z.string().uuid("organizationMissing"),
    targetId: z.string().min(1, "mergeTargetRequired").pipe(z.string().uuid("mergeTargetMissing")),
  })
  .refine((v) => v.sourceId !== v.targetId, { path: ["targetId"], message: "sameOrganization" });
export type MergeInput = z.input<typeof mergeSchema>;

export const directoryPageSize = 20;
export const adminPageSize = 20;

const text = (max: number) =>
  z
    .string()
    .catch("")
    .transform((s) => s.trim().slice(0, max));
const page = z.coerce.number().int().min(1).max(10_000).catch(1);

/** The public directory's URL parameters; anything malformed falls back to "no filter". */
export const directoryQuerySchema = z.object({
  q: text(100),
  kind: z.enum(organizationKinds).or(z.literal("")).catch(""),
  municipality: text(200),
  page,
});
export type DirectoryQuery = z.output<typeof directoryQuerySchema>;

export const adminStatusFilters = ["all", "pending", "approved", "merged"] as const;

export const adminQuerySchema = z.object({
  q: text(100),
  status: z.enum(adminStatusFilters).catch("all"),
  page,
});
export type AdminQuery = z.output<typeof adminQuerySchema>;

/** A Next.js `searchParams` object, whose values may be arrays, as single strings. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

import { z } from "zod";
import { planItemStatuses } from "@/lib/reference/communities";

// Shared by the plan form (zodResolver) and the server; messages are keys under `plan.errors`,
// falling back to the common `errors` namespace.

const trimmed = (max: number, required: boolean) =>
  z
    .string("invalid")
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(required ? 1 : 0, "required")
        .max(max, "tooLong"),
    );

/** A calendar date from <input type="date">: YYYY-MM-DD that exists. */
const day = z
  .string("invalid")
  .min(1, "required")
  .pipe(z.iso.date("dateInvalid"));

/** Only web addresses: a javascript: or data: link must never reach an href. */
const webLink = z
  .string("invalid")
  .transform((s) => s.trim())
  .pipe(
    z
      .string()
      .max(2000, "tooLong")
      .refine((s) => s === "" || isWebAddress(s), "linkInvalid"),
  )
  .transform((s) => (s === "" ? null : s));

export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const planItemSchema = z
  .object({
    title: trimmed(200, true),
    description: trimmed(5000, false),
    startsOn: day,
    endsOn: day,
    // "" is the select's "nobody" option.
    responsibleId: z
      .string("invalid")
      .refine((s) => s === "" || z.uuid().safeParse(s).success, "responsibleUnknown")
      .transform((s) => (s === "" ? null : s)),
    status: z.string("invalid").min(1, "required").pipe(z.enum(planItemStatuses, "invalid")),
    link: webLink,
  })
  .refine((v) => v.startsOn <= v.endsOn, { path: ["endsOn"], message: "endBeforeStart" });

export type PlanItemInput = z.input<typeof planItemSchema>;
export type PlanItemFields = z.output<typeof planItemSchema>;

export const emptyPlanItem: PlanItemInput = { title: "", description: "", startsOn: "", endsOn: "", responsibleId: "", status: "planned", link: "" };

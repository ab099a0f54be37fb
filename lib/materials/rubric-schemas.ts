import { z } from "zod";

// The rubric editor's form, shared by the browser (zodResolver) and lib/materials/rubric.ts;
// messages are keys under `admin.rubric.errors`, falling back to the common `errors`.

export const criterionNameMax = 200;

const name = z
  .string("invalid")
  .transform((s) => s.replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1, "required").max(criterionNameMax, "tooLong"));

export const criterionSchema = z.object({ nameRu: name, nameEn: name });
export type CriterionInput = z.input<typeof criterionSchema>;
export type CriterionNames = z.output<typeof criterionSchema>;

import { z } from "zod";
import { organizationKinds } from "@/lib/reference/organization-kinds";
import { subjects } from "@/lib/reference/subjects";

// Shared by the client forms (zodResolver) and the server; messages are keys under `errors`.

const email = z.string().trim().toLowerCase().min(1, "required").max(254, "tooLong").email("email");
export const password = z.string().min(8, "passwordTooShort").max(128, "passwordTooLong");
const fullName = z.string().trim().min(2, "required").max(200, "tooLong");
const position = z.string().trim().max(200, "tooLong");
const subjectList = z.array(z.enum(subjects, "invalid")).max(10, "tooMany");

export const registerSchema = z
  .object({
    fullName,
    email,
    password,
    position: position.min(1, "required"),
    subjects: subjectList,
    organizationId: z.string().uuid("organizationUnknown").or(z.literal("")),
    newOrganizationName: z.string().trim().max(300, "tooLong"),
    newOrganizationKind: z.enum(organizationKinds, "required").or(z.literal("")),
    newOrganizationMunicipality: z.string().trim().max(200, "tooLong"),
    acceptRules: z.literal(true, "consentRequired"),
    acceptPersonalData: z.literal(true, "consentRequired"),
    acceptProfileVisibility: z.boolean(),
    timeZone: z.string().max(64).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.organizationId) return;
    if (value.newOrganizationName.length < 3) ctx.addIssue({ code: "custom", path: ["newOrganizationName"], message: "organizationRequired" });
    if (!value.newOrganizationKind) ctx.addIssue({ code: "custom", path: ["newOrganizationKind"], message: "required" });
    if (value.newOrganizationMunicipality.length < 2) ctx.addIssue({ code: "custom", path: ["newOrganizationMunicipality"], message: "required" });
  });
export type RegisterInput = z.input<typeof registerSchema>;

export const signInSchema = z.object({ email, password: z.string().min(1, "required").max(128, "passwordTooLong") });
export type SignInInput = z.input<typeof signInSchema>;

export const forgotPasswordSchema = z.object({ email });
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

export const resetPasswordSchema = z.object({ token: z.string().min(10, "tokenInvalid").max(200, "tokenInvalid"), password });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const profileSchema = z.object({
  fullName,
  position,
  subjects: subjectList,
  organizationId: z.string().uuid("organizationUnknown").or(z.literal("")),
  phone: z
    .string()
    .trim()
    .max(32, "tooLong")
    .regex(/^[+\d\s()-]*$/, "phone"),
  about: z.string().trim().max(2000, "tooLong"),
  timeZone: z.string().min(1, "required").max(64, "tooLong"),
  locale: z.enum(["ru", "en"], "invalid"),
});
export type ProfileInput = z.input<typeof profileSchema>;

export const consentsSchema = z.object({
  acceptRules: z.literal(true, "consentRequired"),
  acceptPersonalData: z.literal(true, "consentRequired"),
  acceptProfileVisibility: z.boolean(),
});
export type ConsentsInput = z.input<typeof consentsSchema>;

export const deleteAccountSchema = z.object({ password: z.string().min(1, "required").max(128, "passwordTooLong") });

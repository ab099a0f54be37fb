import { z } from "zod";
import { platformRoles } from "@/lib/reference/roles";

// Shared by the administrators' forms (zodResolver) and the server; messages are keys under
// `adminUsers.errors`, falling back to the common `errors` namespace.

const userId = z.string().uuid("userMissing");

type PlatformRole = (typeof platformRoles)[number];
const isRole = (value: string): value is PlatformRole => (platformRoles as readonly string[]).includes(value);

/** Several roles saved together; duplicates collapse, anything outside the list is a forged request. */
export const setRolesSchema = z.object({
  userId,
  roles: z
    .array(z.unknown(), "roleUnknown")
    .max(platformRoles.length * 2, "roleUnknown")
    .refine((roles): roles is PlatformRole[] => roles.every((r) => typeof r === "string" && isRole(r)), "roleUnknown")
    .transform((roles) => platformRoles.filter((r) => roles.includes(r)))
    .refine((roles) => roles.length > 0, "rolesRequired"),
});
export type SetRolesInput = z.input<typeof setRolesSchema>;

export const blockReasonMax = 500;

export const blockSchema = z.object({
  userId,
  reason: z
    .string("required")
    .transform((s) => s.trim())
    .pipe(z.string().min(1, "reasonRequired").max(blockReasonMax, "reasonTooLong")),
});
export type BlockInput = z.input<typeof blockSchema>;

/** Unblocking and approving name only the account. */
export const userRefSchema = z.object({ userId });
export type UserRefInput = z.input<typeof userRefSchema>;

export const userIdSchema = z.string().uuid();

export const userStatusFilters = ["all", "active", "pending_approval", "blocked", "deleted", "unverified"] as const;
export type UserStatusFilter = (typeof userStatusFilters)[number];

export const usersPageSize = 20;

const text = (max: number) =>
  z
    .string()
    .catch("")
    .transform((s) => s.trim().slice(0, max));

/** The user list's URL parameters; anything malformed falls back to "no filter". */
export const userListQuerySchema = z.object({
  q: text(100),
  role: z.enum(platformRoles).or(z.literal("")).catch(""),
  status: z.enum(userStatusFilters).catch("all"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type UserListQuery = z.output<typeof userListQuerySchema>;

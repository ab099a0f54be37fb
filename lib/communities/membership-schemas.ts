import { z } from "zod";

// Shared by the membership forms (zodResolver) and the server; messages are keys under
// `membership.errors`, falling back to the common `errors` namespace.

export const requestMessageMax = 1000;
export const reasonMax = 1000;

const tidy = (max: number) =>
  z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().max(max, "tooLong"));

const id = (message: string) => z.string().uuid(message);

export const communityRefSchema = z.object({ communityId: id("communityMissing") });
export type CommunityRefInput = z.input<typeof communityRefSchema>;

/** A request to join with an optional message to the leader. */
export const requestSchema = z.object({ communityId: id("communityMissing"), message: tidy(requestMessageMax) });
export type RequestInput = z.input<typeof requestSchema>;

/** An organization acting through its representative. */
export const organizationRefSchema = z.object({ communityId: id("communityMissing"), organizationId: id("organizationMissing") });
export type OrganizationRefInput = z.input<typeof organizationRefSchema>;

export const organizationRequestSchema = organizationRefSchema.extend({ message: tidy(requestMessageMax) });
export type OrganizationRequestInput = z.input<typeof organizationRequestSchema>;

export const membershipRefSchema = z.object({ membershipId: id("requestMissing") });
export type MembershipRefInput = z.input<typeof membershipRefSchema>;

/** A rejection or a removal: the reason is told to the applicant, so it is required. */
export const decisionSchema = z.object({
  membershipId: id("requestMissing"),
  reason: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().min(1, "reasonRequired").max(reasonMax, "tooLong")),
});
export type DecisionInput = z.input<typeof decisionSchema>;

export const inviteSchema = z.object({ communityId: id("communityMissing"), userId: z.string().min(1, "inviteeRequired").pipe(id("inviteeMissing")) });
export type InviteInput = z.input<typeof inviteSchema>;

export const memberRoleFilters = ["all", "leader", "moderator", "member", "organization"] as const;
export type MemberRoleFilter = (typeof memberRoleFilters)[number];

export const membersPageSize = 20;

/** The member list's URL parameters; anything malformed falls back to "no filter". */
export const membersQuerySchema = z.object({
  role: z.enum(memberRoleFilters).catch("all"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type MembersQuery = z.output<typeof membersQuerySchema>;

import { z } from "zod";

// Shared by the admin form (zodResolver) and the server; messages are keys under `membership.errors`.
export const representativeSchema = z.object({
  organizationId: z.string().uuid("organizationMissing"),
  userId: z.string().min(1, "required").pipe(z.string().uuid("representativeNotStaff")),
});
export type RepresentativeInput = z.input<typeof representativeSchema>;

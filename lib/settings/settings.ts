import { z } from "zod";

// Platform settings with their defaults; stored as JSON by key.
export const settingsSchema = z.object({
  requireAccountApproval: z.boolean(),
});
export type PlatformSettings = z.infer<typeof settingsSchema>;

export const defaultSettings: PlatformSettings = { requireAccountApproval: false };

import { z } from "zod";

// Shared by the profile's form (zodResolver) and the server.

export const reminderKinds = ["day", "hour"] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** Which reminders a user gets: channels (e-mail, the bell) and moments (a day, an hour before). */
export const reminderSettingsSchema = z.object({
  email: z.boolean(),
  inApp: z.boolean(),
  dayBefore: z.boolean(),
  hourBefore: z.boolean(),
});
export type ReminderSettingsInput = z.infer<typeof reminderSettingsSchema>;

/** A user without a settings row gets every reminder. */
export const defaultReminderSettings: ReminderSettingsInput = { email: true, inApp: true, dayBefore: true, hourBefore: true };

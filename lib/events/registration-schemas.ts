import { z } from "zod";

// Shared by the organizer's forms (zodResolver) and the server parse.

/** Attendance is saved for the whole list at once: the ids of the people who came. */
export const attendanceSchema = z.object({
  present: z.array(z.uuid()).max(10_000),
});
export type AttendanceInput = z.input<typeof attendanceSchema>;

export const registrantMessageSchema = z.object({
  subject: z.string().trim().min(3, "subjectTooShort").max(200, "subjectTooLong"),
  body: z.string().trim().min(10, "bodyTooShort").max(5000, "bodyTooLong"),
  includeWaitlisted: z.boolean().default(false),
});
export type RegistrantMessageInput = z.input<typeof registrantMessageSchema>;

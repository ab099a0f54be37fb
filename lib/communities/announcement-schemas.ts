import { z } from "zod";

// Shared by the publish form (zodResolver) and the server; messages are keys under
// `announcements.errors`, falling back to the common `errors` namespace.

const text = (max: number) =>
  z
    .string("invalid")
    // Plain text with paragraphs: Windows line ends become \n, outer blank space goes.
    .transform((s) => s.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(1, "required").max(max, "tooLong"));

export const announcementSchema = z.object({
  title: text(200).pipe(z.string().refine((s) => !s.includes("\n"), "invalid")),
  body: text(10_000),
});

export type AnnouncementInput = z.input<typeof announcementSchema>;
export type AnnouncementFields = z.output<typeof announcementSchema>;

export const emptyAnnouncement: AnnouncementInput = { title: "", body: "" };

export const announcementsPageSize = 20;

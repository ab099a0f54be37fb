// Events' reference lists, as codes; names live in messages/<locale>/reference.json.

/** SPEC §4 [000 §3.4], [003 §1.6], [004]: every form of activity the regulations name. */
export const eventForms = [
  "seminar",
  "webinar",
  "videoconference",
  "teleconference",
  "conference",
  "virtual_conference",
  "master_class",
  "pedagogical_workshop",
  "practicum",
  "consultation_line",
  "experience_presentation",
  "pedagogical_council",
  "contest",
  "festival",
  "project",
  "action",
  "virtual_party",
  "poll",
  "chat_discussion",
] as const;
export type EventForm = (typeof eventForms)[number];

/** [001 §4.3]. */
export const eventFormats = ["online", "in_person", "hybrid"] as const;
export type EventFormat = (typeof eventFormats)[number];

/** Who may register: the community's members only, or anyone signed in. */
export const eventAudiences = ["members", "open"] as const;
export type EventAudience = (typeof eventAudiences)[number];

export const eventStatuses = ["scheduled", "cancelled"] as const;
export type EventStatus = (typeof eventStatuses)[number];

/** A place on the list, a place on the waiting list, or given up. */
export const registrationStatuses = ["registered", "waitlisted", "cancelled"] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/** What a certificate attests. */
export const certificateRoles = ["participant", "speaker", "winner"] as const;
export type CertificateRole = (typeof certificateRoles)[number];

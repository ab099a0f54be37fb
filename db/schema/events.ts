import { sql } from "drizzle-orm";
import { boolean, check, index, integer, numeric, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { certificateRoles, eventAudiences, eventForms, eventFormats, eventStatuses, registrationStatuses } from "@/lib/reference/events";
import { users } from "./accounts";
import { communities } from "./communities";
import { materials } from "./materials";

export const eventForm = pgEnum("event_form", eventForms);
export const eventFormat = pgEnum("event_format", eventFormats);
export const eventAudience = pgEnum("event_audience", eventAudiences);
export const eventStatus = pgEnum("event_status", eventStatuses);
export const registrationStatus = pgEnum("registration_status", registrationStatuses);
export const certificateRole = pgEnum("certificate_role", certificateRoles);

/** A recurring series (e.g. a monthly council): its events are ordinary rows that point here. */
export const eventSeries = pgTable("event_series", {
  id: uuid().primaryKey().defaultRandom(),
  communityId: uuid().references(() => communities.id, { onDelete: "cascade" }),
  // "weekly" or "monthly", every `interval` weeks or months, `count` occurrences.
  frequency: text().notNull(),
  interval: smallint().notNull().default(1),
  count: smallint().notNull(),
  createdById: uuid().references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** An event of a community's plan, or platform-wide (community null, by administrators). Times in UTC. */
export const events = pgTable(
  "events",
  {
    id: uuid().primaryKey().defaultRandom(),
    communityId: uuid().references(() => communities.id, { onDelete: "cascade" }),
    seriesId: uuid().references(() => eventSeries.id, { onDelete: "set null" }),
    form: eventForm().notNull(),
    format: eventFormat().notNull(),
    title: text().notNull(),
    // Markdown, rendered through lib/markdown (sanitized).
    description: text().notNull().default(""),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    // The event's own IANA zone: shown beside the viewer's when they differ.
    timeZone: text().notNull(),
    // All-day (and multi-day) events: start at 00:00 and end at 24:00 of the event's zone.
    allDay: boolean().notNull().default(false),
    place: text().notNull().default(""),
    meetingUrl: text(),
    // The meeting link is shown only to registered participants.
    linkForRegistered: boolean().notNull().default(true),
    capacity: integer(),
    registrationDeadline: timestamp({ withTimezone: true }),
    audience: eventAudience().notNull().default("open"),
    subjects: text().array().notNull().default(sql`'{}'::text[]`),
    // Academic hours, for certificates.
    hours: numeric({ precision: 4, scale: 1 }),
    status: eventStatus().notNull().default("scheduled"),
    cancelReason: text(),
    // After the event.
    recordingUrl: text(),
    results: text().notNull().default(""),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("events_starts_idx").on(t.startsAt),
    // The calendar's "overlaps the period" (lib/events/calendar.ts): both ends bounded, unlike starts_at alone.
    index("events_span_idx").using("gist", sql`tstzrange(${t.startsAt}, ${t.endsAt})`),
    index("events_community_idx").on(t.communityId, t.startsAt),
    index("events_series_idx").on(t.seriesId),
    check("events_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
    check("events_capacity_positive", sql`${t.capacity} is null or ${t.capacity} > 0`),
  ],
);

/** Speakers in order: registered users, or named guests. */
export const eventSpeakers = pgTable(
  "event_speakers",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    position: smallint().notNull(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    name: text().notNull(),
    // What they speak about, or who they are ("учитель математики МБОУ СОШ № 7").
    about: text().notNull().default(""),
  },
  (t) => [uniqueIndex("event_speakers_position_key").on(t.eventId, t.position), index("event_speakers_user_idx").on(t.userId)],
);

/** Materials of the bank attached to an event. */
export const eventMaterials = pgTable(
  "event_materials",
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    materialId: uuid()
      .notNull()
      .references(() => materials.id, { onDelete: "cascade" }),
    position: smallint().notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.materialId] })],
);

/** One row per person and event: registered, on the waiting list (in order of createdAt), or cancelled. */
export const eventRegistrations = pgTable(
  "event_registrations",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: registrationStatus().notNull(),
    // The waiting list's order: when they joined it (or registered again).
    queuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    attended: boolean().notNull().default(false),
    attendanceMarkedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("event_registrations_person_key").on(t.eventId, t.userId),
    index("event_registrations_event_idx").on(t.eventId, t.status, t.queuedAt),
    index("event_registrations_user_idx").on(t.userId, t.status),
  ],
);

/** A participation certificate: its number is public and verifiable; the names are kept as issued. */
export const certificates = pgTable(
  "certificates",
  {
    id: uuid().primaryKey().defaultRandom(),
    number: text().notNull(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "restrict" }),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    role: certificateRole().notNull(),
    fullName: text().notNull(),
    eventTitle: text().notNull(),
    hours: numeric({ precision: 4, scale: 1 }),
    // A contest's prize place, for winners.
    place: smallint(),
    issuedById: uuid().references(() => users.id, { onDelete: "set null" }),
    issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("certificates_number_key").on(t.number), uniqueIndex("certificates_person_key").on(t.eventId, t.userId, t.role), index("certificates_user_idx").on(t.userId)],
);

/** A private calendar feed address per user (only the token's hash is kept); rotating replaces it. */
export const calendarFeedTokens = pgTable("calendar_feed_tokens", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text().notNull().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Each user's reminder choices; absent row = the defaults (e-mail and bell, a day and an hour before). */
export const reminderSettings = pgTable("reminder_settings", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  email: boolean().notNull().default(true),
  inApp: boolean().notNull().default(true),
  dayBefore: boolean().notNull().default(true),
  hourBefore: boolean().notNull().default(true),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Event = typeof events.$inferSelect;
export type EventRegistration = typeof eventRegistrations.$inferSelect;
export type Certificate = typeof certificates.$inferSelect;

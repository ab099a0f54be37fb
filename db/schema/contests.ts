import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { events } from "./events";
import { materials } from "./materials";

// Contests (SPEC §4, issue 5 item 6): participants' entries, a jury that scores them, prize places
// published once by the organizers.

/** Per contest: until when entries are taken (null: the event's end) and when results went public. */
export const contestSettings = pgTable("contest_settings", {
  eventId: uuid()
    .primaryKey()
    .references(() => events.id, { onDelete: "cascade" }),
  entriesUntil: timestamp({ withTimezone: true }),
  resultsPublishedAt: timestamp({ withTimezone: true }),
  publishedById: uuid().references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A participant's entry: text (Markdown), a material of the bank and/or an external link; one active entry per person and contest. */
export const contestEntries = pgTable(
  "contest_entries",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text().notNull(),
    description: text().notNull().default(""),
    materialId: uuid().references(() => materials.id, { onDelete: "set null" }),
    url: text(),
    // A prize place set by the organizers (ties allowed); public once results are published.
    place: smallint(),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("contest_entries_active_key").on(t.eventId, t.userId).where(sql`${t.withdrawnAt} is null`),
    index("contest_entries_user_idx").on(t.userId),
    check("contest_entries_place", sql`${t.place} is null or ${t.place} between 1 and 3`),
  ],
);

/** The jury of a contest, appointed by its organizers. */
export const contestJurors = pgTable(
  "contest_jurors",
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    appointedById: uuid().references(() => users.id, { onDelete: "set null" }),
    appointedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] }), index("contest_jurors_user_idx").on(t.userId)],
);

/** One juror's score of one entry, 0..10, with a comment. */
export const contestScores = pgTable(
  "contest_scores",
  {
    id: uuid().primaryKey().defaultRandom(),
    entryId: uuid()
      .notNull()
      .references(() => contestEntries.id, { onDelete: "cascade" }),
    jurorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    score: smallint().notNull(),
    comment: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("contest_scores_juror_key").on(t.entryId, t.jurorId), check("contest_scores_range", sql`${t.score} between 0 and 10`)],
);

export type ContestEntry = typeof contestEntries.$inferSelect;
export type ContestSettings = typeof contestSettings.$inferSelect;

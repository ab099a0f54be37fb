import { jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const platformSettings = pgTable("platform_settings", {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

// Every outgoing mail is kept here; without SMTP this is the development outbox.
export const outbox = pgTable("outbox", {
  id: uuid().primaryKey().defaultRandom(),
  recipient: text().notNull(),
  subject: text().notNull(),
  body: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  deliveredAt: timestamp({ withTimezone: true }),
  error: text(),
});

export type OutboxMessage = typeof outbox.$inferSelect;

import { check, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { users } from "./accounts";
import { events } from "./events";

// Reminders before an event (issue 5 item 9): the settings live beside the events
// (reminder_settings); what was sent is here.

/** One row per person, event and kind: the key that makes a reminder go out once, whatever the number of workers. */
export const eventReminders = pgTable(
  "event_reminders",
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // "day" (within 24 hours of the start) or "hour" (within the last hour).
    kind: text().notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId, t.kind] }), index("event_reminders_user_idx").on(t.userId), check("event_reminders_kind", sql`${t.kind} in ('day', 'hour')`)],
);

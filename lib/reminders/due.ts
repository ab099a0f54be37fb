import "server-only";
import { and, eq, gt, lte, notExists, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { eventRegistrations, eventReminders, events, reminderSettings, users } from "@/db/schema";
import type { ReminderKind } from "./schemas";

const hour = 3_600_000;

/**
 * When each reminder is due, relative to the event's start: "day" from 24 hours to 1 hour before,
 * "hour" in the last hour. So a registration less than an hour before the start gets the hour's
 * reminder only, and a day's reminder that was not sent in time is dropped rather than sent late.
 */
export const reminderWindows: Record<ReminderKind, { from: number; until: number }> = {
  day: { from: 24 * hour, until: hour },
  hour: { from: hour, until: 0 },
};

export type ReminderJob = { eventId: string; userId: string; kind: ReminderKind };

export type DueReminder = ReminderJob & {
  title: string;
  startsAt: Date;
  eventZone: string;
  communityId: string | null;
  email: string | null;
  locale: string;
  userZone: string;
  byEmail: boolean;
  inApp: boolean;
};

/**
 * Reminders due at `now` and not sent yet: registered participants (not waiting, not cancelled) who
 * are active users, of scheduled events, with the moment and at least one channel switched on in
 * their settings (no settings row: everything on). `only` narrows it to one job: the worker asks
 * again inside its transaction, so a cancellation or a changed setting since the sweep wins.
 */
export async function dueReminders(db: Executor, now: Date, only?: ReminderJob): Promise<DueReminder[]> {
  const kinds: ReminderKind[] = only ? [only.kind] : ["day", "hour"];
  const found = await Promise.all(kinds.map((kind) => dueOfKind(db, now, kind, only)));
  return found.flat();
}

async function dueOfKind(db: Executor, now: Date, kind: ReminderKind, only: ReminderJob | undefined): Promise<DueReminder[]> {
  const window = reminderWindows[kind];
  const byEmail = sql<boolean>`coalesce(${reminderSettings.email}, true)`;
  const inApp = sql<boolean>`coalesce(${reminderSettings.inApp}, true)`;
  const moment = kind === "day" ? reminderSettings.dayBefore : reminderSettings.hourBefore;
  return db
    .select({
      eventId: events.id,
      userId: users.id,
      kind: sql<ReminderKind>`${kind}::text`,
      title: events.title,
      startsAt: events.startsAt,
      eventZone: events.timeZone,
      communityId: events.communityId,
      email: users.email,
      locale: users.locale,
      userZone: users.timeZone,
      byEmail,
      inApp,
    })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .leftJoin(reminderSettings, eq(reminderSettings.userId, eventRegistrations.userId))
    .where(
      and(
        only ? and(eq(eventRegistrations.eventId, only.eventId), eq(eventRegistrations.userId, only.userId)) : undefined,
        eq(eventRegistrations.status, "registered"),
        eq(events.status, "scheduled"),
        eq(users.status, "active"),
        gt(events.startsAt, new Date(now.getTime() + window.until)),
        lte(events.startsAt, new Date(now.getTime() + window.from)),
        sql`coalesce(${moment}, true)`,
        sql`(${byEmail} or ${inApp})`,
        notExists(
          db
            .select({ one: sql`1` })
            .from(eventReminders)
            .where(and(eq(eventReminders.eventId, eventRegistrations.eventId), eq(eventReminders.userId, eventRegistrations.userId), eq(eventReminders.kind, kind))),
        ),
      ),
    );
}

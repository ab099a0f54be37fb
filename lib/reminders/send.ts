import "server-only";
import { getDb } from "@/db/client";
import { eventReminders } from "@/db/schema";
import { deliverQueuedMail, queueMail } from "@/lib/mail/send";
import { composeMail } from "@/lib/mail/templates";
import { notify } from "@/lib/notifications/notify";
import { dueReminders, type ReminderJob } from "./due";
import { reminderLocale, startTime, zoneName } from "./wording";

/** The site's address for links in mail written outside a request. */
function siteUrl(): string {
  return (process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

/**
 * Sends one reminder if it is still due: the bell and/or an e-mail, as the user's settings say.
 * The row in event_reminders is written in the same transaction, and its key (event, user, kind)
 * lets only one of several workers through; the others find it taken and send nothing.
 * Returns whether this call sent it.
 */
export async function sendReminder(job: ReminderJob, now = new Date()): Promise<boolean> {
  const db = await getDb();
  const sent = await db.transaction(async (tx) => {
    const [due] = await dueReminders(tx, now, job);
    if (!due) return false;
    const claimed = await tx.insert(eventReminders).values({ eventId: due.eventId, userId: due.userId, kind: due.kind }).onConflictDoNothing().returning({ kind: eventReminders.kind });
    if (claimed.length === 0) return false;
    const locale = reminderLocale(due.locale);
    const link = `/events/${due.eventId}`;
    if (due.inApp) {
      await notify(tx, [due.userId], { kind: "event.reminder", params: { title: due.title, time: startTime(locale, due.startsAt, due.userZone) }, link, communityId: due.communityId });
    }
    if (due.byEmail && due.email) {
      const template = due.kind === "day" ? "eventReminderDay" : "eventReminderHour";
      const values = {
        title: due.title,
        time: startTime(locale, due.startsAt, due.eventZone, { weekday: true }),
        zone: zoneName(locale, due.eventZone, due.startsAt),
        link: `${siteUrl()}/${locale}${link}`,
        settings: `${siteUrl()}/${locale}/profile`,
      };
      await queueMail(tx, composeMail(due.email, locale, template, values));
    }
    return true;
  });
  if (sent) deliverQueuedMail();
  return sent;
}

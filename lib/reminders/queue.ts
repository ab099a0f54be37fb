import "server-only";
import PgBoss from "pg-boss";
import { getDb, getSqlExecutor } from "@/db/client";
import { dueReminders, type ReminderJob } from "./due";
import { sendReminder } from "./send";

// The reminders' job queue: pg-boss 10 (the last major that runs on Node 20) over the app's own
// connection, so the same code serves the embedded PGlite and a PostgreSQL pool. Its jobs live in
// the database (schema `pgboss`): they survive restarts, and SKIP LOCKED hands each to one worker.

export const reminderQueue = "event-reminders";

/** Opens the queue; pg-boss creates or upgrades its schema under an advisory lock, so instances may start together. */
export async function openReminderQueue(): Promise<PgBoss> {
  const db = await getSqlExecutor();
  const open = async () => {
    const boss = new PgBoss({ db, schedule: false });
    boss.on("error", (error) => console.error("[reminders] queue:", error.message));
    try {
      await boss.start();
      // "short": one waiting job per key, so the sweeps of several instances queue a reminder once.
      await boss.createQueue(reminderQueue, { name: reminderQueue, policy: "short", retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 });
      return boss;
    } catch (error) {
      await boss.stop({ graceful: false, close: false }).catch(() => {});
      throw error;
    }
  };
  // Instances starting together on a fresh database race to create pg-boss's schema and the queue:
  // the loser's statement fails (a script is rolled back; the queue's creation may deadlock), and
  // its next try finds them in place.
  return open()
    .catch(open)
    .catch(open);
}

/** One sweep: a job for every reminder due now and not sent yet. Returns how many were due. */
export async function sweepReminders(boss: PgBoss, now = new Date()): Promise<number> {
  const due = await dueReminders(await getDb(), now);
  if (due.length === 0) return 0;
  await boss.insert(due.map(({ eventId, userId, kind }) => ({ name: reminderQueue, data: { eventId, userId, kind } satisfies ReminderJob, singletonKey: `reminder:${eventId}:${userId}:${kind}` })));
  return due.length;
}

/** Takes jobs as they come; a failed one is retried with backoff (sending is idempotent). */
export async function workReminders(boss: PgBoss, pollingIntervalSeconds = 2): Promise<void> {
  await boss.work<ReminderJob>(reminderQueue, { pollingIntervalSeconds }, async ([job]) => {
    if (job) await sendReminder(job.data);
  });
}

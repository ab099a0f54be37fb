import "server-only";
import type PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { openReminderQueue, sweepReminders, workReminders } from "./queue";

/**
 * Runs the reminders in this server process (lib/startup.ts): a worker, and a sweep at start and
 * every REMINDER_SWEEP_SECONDS. Every instance may run both: the queue and event_reminders keep a
 * reminder to one delivery. REMINDERS=0 leaves them to other instances. The queue opens on the first
 * sweep, and again on the next one if the database was unreachable: the site serves meanwhile.
 * Returns how to stop.
 */
export function startReminders(): () => Promise<void> {
  const { REMINDERS, REMINDER_SWEEP_SECONDS } = env();
  if (REMINDERS === "0") return async () => {};
  let opening: Promise<PgBoss> | undefined;
  const queue = () =>
    (opening ??= openReminderQueue()
      .then(async (boss) => {
        await workReminders(boss);
        return boss;
      })
      .catch((error: unknown) => {
        opening = undefined;
        throw error;
      }));
  const sweep = () => {
    queue()
      .then((boss) => sweepReminders(boss))
      .catch((error: unknown) => console.error("[reminders] sweep failed:", (error as Error).message));
  };
  sweep();
  const timer = setInterval(sweep, REMINDER_SWEEP_SECONDS * 1000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    const boss = await opening?.catch(() => undefined);
    await boss?.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
  };
}

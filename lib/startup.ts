import { closeDb } from "@/db/client";
import { ensureDemoSeeded } from "@/db/seed/ensure-seeded";
import { parseEnv } from "@/lib/env";
import { startReminders } from "@/lib/reminders/start";

// Refuse to start on a bad environment (e.g. no AUTH_SECRET in production), then migrate and,
// for an empty demo database, seed it before the first request.
parseEnv(process.env);
await ensureDemoSeeded();
// Event reminders: a job queue in the database, swept every minute (REMINDERS=0 turns it off here).
const stopReminders = startReminders();

// Graceful shutdown: close the pool or flush the embedded database (SECURITY.md 22).
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    stopReminders()
      .finally(closeDb)
      .finally(() => process.exit(0));
  });
}

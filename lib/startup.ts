import { closeDb } from "@/db/client";
import { ensureDemoSeeded } from "@/db/seed/ensure-seeded";
import { parseEnv } from "@/lib/env";

// Refuse to start on a bad environment (e.g. no AUTH_SECRET in production), then migrate and,
// for an empty demo database, seed it before the first request.
parseEnv(process.env);
await ensureDemoSeeded();

// Graceful shutdown: close the pool or flush the embedded database (SECURITY.md 22).
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    closeDb().finally(() => process.exit(0));
  });
}

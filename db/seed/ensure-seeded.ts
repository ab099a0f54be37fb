import { databaseKind, getDb } from "@/db/client";
import { demoLogins, demoPassword } from "./demo-data";
import { seedDemoIfEmpty } from "./seed-demo";

/**
 * Fills an empty database with the demo at start-up. SEED_DEMO=1 always seeds an empty database,
 * SEED_DEMO=0 never does; unset, only the embedded database is seeded (a PostgreSQL server is
 * assumed to be a real installation). Returns whether it seeded.
 */
export async function ensureDemoSeeded(): Promise<boolean> {
  const flag = process.env.SEED_DEMO || undefined;
  const wanted = flag === "1" || (flag === undefined && databaseKind() === "embedded");
  // `next build` never opens the embedded database (see db/client.ts).
  if (!wanted || process.env.NEXT_PHASE === "phase-production-build") return false;

  const db = await getDb();
  const started = performance.now();
  const seeded = await seedDemoIfEmpty(db);
  if (seeded) {
    const ms = Math.round(performance.now() - started);
    const logins = Object.values(demoLogins).join(", ");
    console.log(`[seed] Empty database filled with demo data in ${ms} ms; sign in as ${logins} with password ${demoPassword}`);
  }
  return seeded;
}

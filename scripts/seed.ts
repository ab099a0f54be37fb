import { closeDb, databaseKind, embeddedDataDir, getDb } from "@/db/client";
import { demoLogins, demoPassword } from "@/db/seed/demo-data";
import { seedDemoIfEmpty } from "@/db/seed/seed-demo";

// npm run db:seed: fills the configured database (DATABASE_URL, else DATA_DIR) with the demo, if it has no users.

const target = databaseKind() === "server" ? "the PostgreSQL database in DATABASE_URL" : `the embedded database in ${embeddedDataDir()}`;

try {
  const db = await getDb();
  const started = performance.now();
  if (await seedDemoIfEmpty(db)) {
    console.log(`Seeded demo data into ${target} in ${Math.round(performance.now() - started)} ms.`);
    for (const [role, email] of Object.entries(demoLogins)) console.log(`  ${role.padEnd(14)} ${email}`);
    console.log(`  password       ${demoPassword}`);
  } else {
    console.log(`${target[0]!.toUpperCase()}${target.slice(1)} already has users: nothing seeded (npm run demo:reset starts over).`);
  }
} catch (error) {
  console.error(`Seeding failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await closeDb();
}

import { sql } from "drizzle-orm";
import { closeDb, databaseKind, embeddedDataDir, getDb } from "@/db/client";
import { demoLogins, demoPassword } from "@/db/seed/demo-data";
import { seedDemo } from "@/db/seed/seed-demo";

// npm run demo:reset: empties every table and seeds the demo again, in one transaction.
// The embedded database must not be open elsewhere (db/client.ts refuses while the app holds it);
// a PostgreSQL server needs `--yes`, since this deletes everything in it.

const server = databaseKind() === "server";
const target = server ? "the PostgreSQL database in DATABASE_URL" : `the embedded database in ${embeddedDataDir()}`;

if (server && !process.argv.includes("--yes")) {
  console.error(`This deletes every row in ${target}. Run again with --yes to confirm (npm run demo:reset -- --yes).`);
  process.exit(1);
}

try {
  const db = await getDb();
  const started = performance.now();
  await db.transaction(async (tx) => {
    // Both drivers (PGlite, node-postgres) answer raw queries as { rows }.
    const result = (await tx.execute(
      sql`select format('%I.%I', schemaname, tablename) as name from pg_tables where schemaname = current_schema() order by tablename`,
    )) as unknown as { rows: { name: string }[] };
    const tables = result.rows.map((row) => row.name);
    // TRUNCATE bypasses audit_log's append-only trigger, which guards against UPDATE and DELETE only.
    if (tables.length > 0) await tx.execute(sql.raw(`truncate table ${tables.join(", ")} restart identity cascade`));
    await seedDemo(tx);
  });
  console.log(`Reset ${target} to the demo in ${Math.round(performance.now() - started)} ms.`);
  for (const [role, email] of Object.entries(demoLogins)) console.log(`  ${role.padEnd(14)} ${email}`);
  console.log(`  password       ${demoPassword}`);
} catch (error) {
  console.error(`Reset failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await closeDb();
}

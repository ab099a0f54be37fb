import fs from "node:fs";
import path from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { Pool } from "pg";
import * as schema from "./schema";

// The one module that knows whether the embedded PGlite or a PostgreSQL server runs.

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** A database or an open transaction: domain writes accept either. */
export type Executor = Database | Transaction;

/**
 * Raw statements for a library that brings its own SQL (the reminder queue, pg-boss): text with $1…
 * parameters, or a script of several statements without any.
 */
export type SqlExecutor = { executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> };

type Connection = { db: Database; kind: "embedded" | "server"; executor: SqlExecutor; close: () => Promise<void> };

/** The extensions the migrations create (the server has them from postgresql-contrib). */
export const embeddedExtensions = { pg_trgm };

const migrationsFolder = path.join(process.cwd(), "db", "migrations");
const holder = globalThis as unknown as { __metodsetDb?: Promise<Connection> };

export function databaseKind(): "embedded" | "server" {
  return process.env.DATABASE_URL ? "server" : "embedded";
}

export function embeddedDataDir(): string {
  return process.env.DATA_DIR ?? ".data";
}

/** The migrated database, opened once per process on first use. */
export function getDb(): Promise<Database> {
  return connection().then((c) => c.db);
}

/** The same connection (pool or embedded database) as getDb(), for raw statements. */
export function getSqlExecutor(): Promise<SqlExecutor> {
  return connection().then((c) => c.executor);
}

export async function closeDb(): Promise<void> {
  const pending = holder.__metodsetDb;
  holder.__metodsetDb = undefined;
  if (pending) await (await pending).close();
}

function connection(): Promise<Connection> {
  if (!holder.__metodsetDb) {
    holder.__metodsetDb = (process.env.DATABASE_URL ? openServer(process.env.DATABASE_URL) : openEmbedded()).catch((error) => {
      holder.__metodsetDb = undefined; // the next request tries again instead of hanging on a dead promise
      throw error;
    });
  }
  return holder.__metodsetDb;
}

async function openServer(url: string): Promise<Connection> {
  const pool = new Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 15_000,
    query_timeout: 20_000,
  });
  // An idle client dying (a server restart) must not crash the process.
  pool.on("error", (error) => console.error("[db] idle client error:", error.message));
  const db = drizzlePg(pool, { schema, casing: "snake_case" }) as unknown as Database;
  const client = await pool.connect();
  try {
    // Several app instances may start at once: one migrates, the others wait.
    await client.query("select pg_advisory_lock(724201)");
    await migratePg(drizzlePg(client, { casing: "snake_case" }), { migrationsFolder });
    await client.query("select pg_advisory_unlock(724201)");
  } finally {
    client.release();
  }
  return { db, kind: "server", executor: { executeSql: (text, values) => (values?.length ? pool.query(text, values) : runScript(pool, text)) }, close: () => pool.end() };
}

/** A script of statements on one pooled connection, rolled back if it fails inside its own BEGIN. */
async function runScript(pool: Pool, text: string): Promise<{ rows: unknown[] }> {
  const client = await pool.connect();
  try {
    return await client.query(text);
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

async function openEmbedded(): Promise<Connection> {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    // Build workers run in parallel; opening one data folder from each would corrupt it.
    throw new Error("The embedded database is not opened during `next build`: render this route dynamically.");
  }
  const dir = embeddedDataDir();
  const inMemory = dir.startsWith("memory://");
  let release = () => {};
  if (!inMemory) {
    fs.mkdirSync(dir, { recursive: true });
    release = lockDataDir(dir);
  }
  // PGLITE_SNAPSHOT (tests): a dumped, migrated data folder to start an in-memory database from.
  const snapshot = inMemory && process.env.PGLITE_SNAPSHOT;
  const options: PGliteOptions = { extensions: embeddedExtensions };
  const client = snapshot
    ? new PGlite({ ...options, loadDataDir: new Blob([fs.readFileSync(snapshot)]) })
    : new PGlite({ ...options, dataDir: inMemory ? undefined : path.join(dir, "pglite") });
  const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Database;
  await migratePglite(drizzlePglite(client, { casing: "snake_case" }), { migrationsFolder });
  return {
    db,
    kind: "embedded",
    executor: {
      // PGlite runs a multi-statement script only through exec(), and parameters only through query().
      executeSql: async (text, values) => {
        if (values?.length) return client.query(text, values);
        try {
          return (await client.exec(text)).at(-1) ?? { rows: [] };
        } catch (error) {
          await client.exec("rollback"); // a script that failed inside its BEGIN must not leave the one connection aborted
          throw error;
        }
      },
    },
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** PGlite allows one process per folder: a second one gets a clear error instead of a corrupt database. */
function lockDataDir(dir: string): () => void {
  const lockFile = path.join(dir, "pglite.lock");
  try {
    const holderPid = Number(fs.readFileSync(lockFile, "utf8"));
    if (holderPid && holderPid !== process.pid && processAlive(holderPid)) {
      throw new Error(`The embedded database in ${dir} is in use by process ${holderPid}. Stop it or set DATA_DIR.`);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => fs.rmSync(lockFile, { force: true });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

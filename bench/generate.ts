import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { consentVersions } from "@/lib/accounts/consent-documents";
import { hashPassword } from "@/lib/auth/password";
import { benchSize, generationSql, type BenchSize } from "./generate-sql";

// npm run bench builds its data with this; alone: `npx tsx bench/generate.ts [--scale 1] [--seed 1]
// [--database metodset_bench] [--pglite .bench-data/pglite] [--reuse]`. Creates (drops first) a
// database on the server of BENCH_SERVER_URL (default postgres://postgres@127.0.0.1:5432/postgres),
// migrates it with the app's migrations and fills it; or fills a fresh PGlite folder.

/** Every generated account signs in with this password (user1@bench.test is an administrator). */
export const benchPassword = "Bench-Metodset-2026!";
export const defaultServerUrl = process.env.BENCH_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export type BenchTarget = { kind: "server"; database: string; serverUrl?: string } | { kind: "embedded"; dir: string };
export type Generated = { target: BenchTarget; url: string | null; size: BenchSize; seed: number; ms: number; reused: boolean; rows: Record<string, number> };

/** The URL of the bench database on the server (for DATABASE_URL). */
export function databaseUrl(database: string, serverUrl = defaultServerUrl): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** The options every bench data generator takes beside its own size. */
export type GeneratorOptions = {
  database?: string;
  seed?: number;
  /** The communities and users of `generate` at this fraction of their full size. */
  scale?: number;
  /** Keep a database that was built with the same options. */
  reuse?: boolean;
  log?: (line: string) => void;
};

/** The stamp of a finished bench database on the server (its comment), or null. */
export async function currentStamp(database: string, serverUrl = defaultServerUrl): Promise<string | null> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ stamp: string | null }>("select shobj_description(oid, 'pg_database') as stamp from pg_database where datname = $1", [database]);
    return rows[0]?.stamp ?? null;
  } finally {
    await admin.end();
  }
}

const counted = ["organizations", "users", "communities", "community_memberships", "follows", "community_plan_items", "announcements", "activity_log"];

/** Builds the bench database; with `reuse`, keeps one already built with the same seed and scale. */
export async function generate({ target, scale = 1, seed = 1, reuse = false }: { target: BenchTarget; scale?: number; seed?: number; reuse?: boolean }): Promise<Generated> {
  const size = benchSize(scale);
  const stamp = `metodset bench seed=${seed} communities=${size.communities} users=${size.users} posts=${size.posts}`;
  const started = performance.now();
  const run = target.kind === "server" ? await openServer(target, stamp, reuse) : await openEmbedded(target, stamp, reuse);
  try {
    if (!run.reused) {
      const statements = generationSql(size, seed, await hashPassword(benchPassword), (d) => consentVersions[d]);
      for (const statement of statements) {
        const t = performance.now();
        await run.exec(statement);
        if (process.env.BENCH_VERBOSE) console.log(`${Math.round(performance.now() - t)} ms  ${statement.replace(/\s+/g, " ").slice(0, 90)}`);
      }
      const t = performance.now();
      await run.exec("vacuum analyze");
      if (process.env.BENCH_VERBOSE) console.log(`${Math.round(performance.now() - t)} ms  vacuum analyze`);
      await run.stamp(stamp);
    }
    const rows: Record<string, number> = {};
    for (const table of counted) rows[table] = Number((await run.query(`select count(*)::int as n from ${table}`))[0]!.n);
    return { target, url: target.kind === "server" ? databaseUrl(target.database, target.serverUrl) : null, size, seed, ms: Math.round(performance.now() - started), reused: run.reused, rows };
  } finally {
    await run.close();
  }
}

type Session = {
  reused: boolean;
  exec: (sql: string) => Promise<void>;
  query: (sql: string) => Promise<Record<string, unknown>[]>;
  /** Marks the finished data, so that `reuse` can tell it from a half-built one. */
  stamp: (stamp: string) => Promise<void>;
  close: () => Promise<void>;
};

async function openServer(target: Extract<BenchTarget, { kind: "server" }>, stamp: string, reuse: boolean): Promise<Session> {
  if (!/^[a-z_][a-z0-9_]*$/.test(target.database)) throw new Error(`bench: bad database name ${target.database}`);
  const admin = new pg.Client({ connectionString: target.serverUrl ?? defaultServerUrl });
  await admin.connect();
  let reused = false;
  try {
    const existing = await admin.query<{ stamp: string | null }>("select shobj_description(oid, 'pg_database') as stamp from pg_database where datname = $1", [target.database]);
    reused = reuse && existing.rows[0]?.stamp === stamp;
    if (!reused) {
      await admin.query(`drop database if exists "${target.database}" with (force)`);
      await admin.query(`create database "${target.database}"`);
    }
  } finally {
    await admin.end();
  }
  const client = new pg.Client({ connectionString: databaseUrl(target.database, target.serverUrl) });
  await client.connect();
  if (!reused) {
    await migratePg(drizzlePg(client), { migrationsFolder });
    await client.query("set synchronous_commit = off");
  }
  return {
    reused,
    exec: async (sql) => void (await client.query(sql)),
    query: async (sql) => (await client.query(sql)).rows,
    stamp: async (stamp) => void (await client.query(`comment on database "${target.database}" is '${stamp}'`)),
    close: () => client.end(),
  };
}

async function openEmbedded(target: Extract<BenchTarget, { kind: "embedded" }>, stamp: string, reuse: boolean): Promise<Session> {
  const stampFile = path.join(target.dir, "bench-stamp");
  const reused = reuse && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp;
  if (!reused) fs.rmSync(target.dir, { recursive: true, force: true });
  fs.mkdirSync(target.dir, { recursive: true });
  const client = new PGlite(target.dir);
  if (!reused) await migratePglite(drizzlePglite(client), { migrationsFolder });
  return {
    reused,
    exec: async (sql) => void (await client.exec(sql)),
    query: async (sql) => (await client.query<Record<string, unknown>>(sql)).rows,
    stamp: async (stamp) => fs.writeFileSync(stampFile, stamp),
    close: () => client.close(),
  };
}

export function describeGenerated(g: Generated): string {
  const where = g.target.kind === "server" ? `PostgreSQL database ${g.target.database}` : `PGlite in ${g.target.dir}`;
  return `${g.reused ? "reused" : `generated in ${(g.ms / 1000).toFixed(1)} s`}: ${where} (seed ${g.seed}): ${describeRows(g.rows)}`;
}

/** Row counts per table, e.g. "users 20,000, events 10,000". */
export function describeRows(rows: Record<string, number>): string {
  return Object.entries(rows)
    .map(([table, n]) => `${table} ${n.toLocaleString("en-US")}`)
    .join(", ");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({
    options: { scale: { type: "string", default: "1" }, seed: { type: "string", default: "1" }, database: { type: "string", default: "metodset_bench" }, pglite: { type: "string" }, reuse: { type: "boolean", default: false } },
  });
  const target: BenchTarget = values.pglite ? { kind: "embedded", dir: values.pglite } : { kind: "server", database: values.database };
  const generated = await generate({ target, scale: Number(values.scale), seed: Number(values.seed), reuse: values.reuse });
  console.log(describeGenerated(generated));
}

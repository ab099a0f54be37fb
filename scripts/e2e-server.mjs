// Serves the production build for Playwright on a fresh demo database: a new embedded data
// folder, or a recreated database on the server named by TEST_DATABASE_URL.
import { spawn } from "node:child_process";
import fs from "node:fs";
import pg from "pg";

const port = process.argv[2] ?? "3100";
if (!/^\d+$/.test(port)) throw new Error(`e2e-server: bad port ${port}`);
const database = port === "3100" ? "metodset_e2e" : `metodset_e2e_${port}`;
// Reminders are swept every 5 s instead of every minute, so a browser test sees one arrive.
const env = { ...process.env, NODE_ENV: "production", SEED_DEMO: "1", AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnop", PORT: port, REMINDER_SWEEP_SECONDS: "5" };
delete env.DATABASE_URL;

if (process.env.TEST_DATABASE_URL) {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${database}`;
  env.DATABASE_URL = url.toString();
} else {
  // One folder per port: two runs at once (e.g. two engineers on one checkout) must not wipe each other's database.
  env.DATA_DIR = `.e2e-data/${port}`;
  fs.rmSync(env.DATA_DIR, { recursive: true, force: true });
}

const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));

import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import pg from "pg";

// Runs before every test file, in that file's process, before any test imports db/client.
//
// Default: an in-memory PGlite started from the migrated snapshot of test/global-setup.ts; gone
// when the process ends.
// TEST_DATABASE_URL=postgres://user@host:port/db: a fresh database `metodset_test_<random>` is
// copied on that server from the migrated template of test/global-setup.ts for this file,
// DATABASE_URL points at it, and it is dropped afterwards.

// No real mail, ever, from a test run.
delete process.env.SMTP_URL;

const serverUrl = process.env.TEST_DATABASE_URL;
let dropDatabase: (() => Promise<void>) | undefined;

if (serverUrl) {
  const name = `metodset_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  await admin.connect();
  try {
    const template = inject("serverTemplate");
    await admin.query(`create database "${name}"${template ? ` template "${template}"` : ""}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  delete process.env.DATA_DIR;
  dropDatabase = async () => {
    const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
    await client.connect();
    try {
      await client.query(`drop database if exists "${name}" with (force)`);
    } finally {
      await client.end();
    }
  };
} else {
  // Never let a developer's DATABASE_URL or data folder be touched by tests.
  delete process.env.DATABASE_URL;
  process.env.DATA_DIR = "memory://";
  const snapshot = inject("pgliteSnapshot");
  if (snapshot) process.env.PGLITE_SNAPSHOT = snapshot;
}

afterAll(async () => {
  // Imported lazily so that a file which never touches the database does not open one.
  const { closeDb } = await import("@/db/client");
  await closeDb();
  await dropDatabase?.();
});

import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Unit and domain tests. Every test file runs in its own process against a fresh database:
// an in-memory PGlite by default, or a throw-away database on TEST_DATABASE_URL (see test/setup.ts).
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, "test/empty.ts") },
    ],
  },
  test: {
    environment: "node",
    root,
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", "e2e/**", ".next/**", ".data/**", ".e2e-data/**"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup.ts"],
    pool: "forks",
    isolate: true,
    // argon2id (19 MiB, 2 passes) takes 50-100 ms a hash; a PostgreSQL database is created and migrated per file.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});

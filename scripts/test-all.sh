#!/usr/bin/env bash
# The whole test suite: static checks, domain tests against a real database, a production build,
# and browser tests against it. With TEST_DATABASE_URL set, everything runs on that PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== lint and types"
npx eslint . --max-warnings 0
npx tsc --noEmit

echo "== domain tests (${TEST_DATABASE_URL:+PostgreSQL}${TEST_DATABASE_URL:-embedded PGlite})"
npx vitest run

echo "== production build"
npx next build

echo "== browser tests"
npx playwright test

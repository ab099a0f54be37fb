#!/usr/bin/env bash
# The whole test suite: static checks, one production build, then domain tests (Vitest) and
# browser tests (Playwright) on the embedded PGlite and again on a PostgreSQL server when one
# answers at TEST_DATABASE_URL (default: postgres@127.0.0.1:5432, as in CI).
# TEST_SERVER=0 skips the server run; TEST_SERVER=1 requires it.
set -euo pipefail
cd "$(dirname "$0")/.."
server_url="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
unset TEST_DATABASE_URL

echo "== lint and types"
npx eslint . --max-warnings 0
npx tsc --noEmit

echo "== production build"
npx next build

echo "===== embedded database (PGlite)"
npx vitest run
npx playwright test

if [ "${TEST_SERVER:-auto}" = "0" ]; then
  echo "===== PostgreSQL server run skipped (TEST_SERVER=0)"
elif node -e "const c=new (require('pg').Client)({connectionString:process.argv[1],connectionTimeoutMillis:3000});c.connect().then(()=>c.end(),()=>process.exit(1))" "$server_url"; then
  echo "===== PostgreSQL server at ${server_url}"
  TEST_DATABASE_URL="$server_url" npx vitest run
  TEST_DATABASE_URL="$server_url" npx playwright test
elif [ "${TEST_SERVER:-auto}" = "1" ]; then
  echo "no PostgreSQL server answers at ${server_url}" >&2
  exit 1
else
  echo "===== no PostgreSQL server at ${server_url}: server run skipped"
fi

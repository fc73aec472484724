#!/usr/bin/env bash
# The whole test suite, as the README's `npm test` and CI run it: lint, types, unit and
# integration tests on SQLite and PostgreSQL, the web build, and browser tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -d node_modules ] || npm ci
bash scripts/ensure-test-services.sh
echo "== lint";       npx biome ci .
echo "== typecheck";  npm run -s typecheck
echo "== unit and integration tests (SQLite and PostgreSQL)"
mkdir -p test-results
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
echo "== web build";  npm run -s build
echo "== end-to-end tests (Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/e2e.json npx playwright test --reporter=list,json
echo "== total"
node scripts/test-summary.mjs

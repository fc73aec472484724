import { defineConfig } from 'vitest/config';

// Unit and integration tests of every package. Postgres repository tests run when
// VIGIE_TEST_PG_URL is set; CI sets it and requires it (see scripts/test-all.sh).
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20000,
  },
});

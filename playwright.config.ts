import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Each run starts Vigie on its own port and a fresh data directory, so the demo workspace
// is in its initial state and nothing of a developer's ./data is touched.
const PORT = Number(process.env.VIGIE_E2E_PORT ?? 3199);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-e2e-'));

export default defineConfig({
  testDir: 'e2e',
  // a folder of its own: Playwright empties it, and test-results/ also holds the JSON reports
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'en-GB',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'node packages/server/bin/vigie.mjs serve',
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(PORT),
      VIGIE_DATA_DIR: dataDir,
      VIGIE_LOG_LEVEL: 'warn',
      VIGIE_SIGNIN_MAX_PER_MINUTE: '500',
      VIGIE_PUBLIC_URL: `http://localhost:${PORT}`,
    },
  },
});

// End-to-end tests in Chromium against the real, built sync server serving the web client.
import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from './tests/e2e/chromium';

// The config is loaded by the runner and again by each worker: pick the port and data folder
// once and hand them down through the environment.
process.env.SALESDESK_E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 20_000));
process.env.SALESDESK_E2E_DATA ??= mkdtempSync(join(tmpdir(), 'salesdesk-e2e-'));
const port = Number(process.env.SALESDESK_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  // Tests wait on states, never on sleeps; the longest walks (a dozen calls, two sign-ins) take
  // 30–45 s on a 2-core CI machine that also runs the server, so a test gets 90 s.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The JSON report keeps each test's duration (where a long run's time goes).
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node out/server/main.js --port ${port} --data-dir ${process.env.SALESDESK_E2E_DATA} --static-dir out/renderer`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // Each run on a fresh embedded database, even where DATABASE_URL points at a shared server.
    env: { LOG_LEVEL: 'warn', DATABASE_URL: '' },
    gracefulShutdown: { signal: 'SIGINT', timeout: 10_000 },
  },
});

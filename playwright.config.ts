import { defineConfig } from '@playwright/test';

/**
 * Two tiers run the same scenarios: "chromium" (Debian's Chromium + the real main-process handlers,
 * always) and "electron" (the real app, skipped with its reason where no Electron binary exists).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['./tests/e2e/support/summary-reporter.ts']],
  projects: [{ name: 'chromium' }, { name: 'electron' }],
});

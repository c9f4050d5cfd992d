import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { APP_ORIGIN } from '../../../shared/contract/sender';
import { launchChromium, openChromiumApp, TEST_ORIGIN, type ChromiumApp } from './chromium-app';
import { electronBinaryMissingReason, openElectronApp, type ElectronApp } from './electron-app';

/**
 * One driver for both tiers: "chromium" runs the built renderer in Debian's Chromium against the real
 * main-process handlers; "electron" runs the real app where an Electron binary exists.
 */
export interface AppDriver {
  readonly page: Page;
  readonly dataDir: string;
  readonly tier: 'chromium' | 'electron';
  /** Quits and starts again on the same data folder, waiting for the app's readiness signal. */
  restart(): Promise<void>;
  /** URLs requested outside the app's own origin (must stay empty). */
  foreignRequests(): string[];
}

export async function waitForReady(page: Page): Promise<void> {
  await page.waitForSelector('body[data-planner-ready]', { state: 'attached' });
}

let sharedBrowser: Browser | null = null;

export const test = base.extend<{ app: AppDriver; dataDir: string }>({
  // Playwright fixtures must destructure their (here unused) dependencies.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'planner-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  app: async ({ dataDir }, use, testInfo) => {
    const tier = testInfo.project.name === 'electron' ? 'electron' : 'chromium';
    if (tier === 'electron') {
      const reason = electronBinaryMissingReason();
      testInfo.skip(reason !== null, reason ?? '');
    }
    const origin = tier === 'electron' ? APP_ORIGIN : TEST_ORIGIN;
    const seen: string[] = [];
    let current: ChromiumApp | ElectronApp;
    const open = async () => {
      if (tier === 'electron') return openElectronApp(dataDir);
      sharedBrowser ??= await launchChromium();
      return openChromiumApp(sharedBrowser, dataDir);
    };
    current = await open();
    await waitForReady(current.page);
    const driver: AppDriver = {
      get page() {
        return current.page;
      },
      dataDir,
      tier,
      restart: async () => {
        seen.push(...current.requests);
        await current.close();
        current = await open();
        await waitForReady(current.page);
      },
      foreignRequests: () => [...seen, ...current.requests].filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:')),
    };
    await use(driver);
    expect(driver.foreignRequests(), 'no request may leave the app').toEqual([]);
    await current.close();
  },
});

export { expect };

import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test as base, expect, type Browser, type Locator, type Page } from '@playwright/test';
import type { AppNotification } from '../../../electron/services/notifications/notifier';
import { APP_ORIGIN } from '../../../shared/contract/sender';
import { launchChromium, openChromiumApp, TEST_ORIGIN, type ChromiumApp } from './chromium-app';
import { electronBinaryMissingReason, openElectronApp, stubElectronDialogs, type ElectronApp } from './electron-app';

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
  /** The next system "open files" dialog returns these paths (as if the person picked them). */
  chooseFilesOnNextOpen(paths: string[]): Promise<void>;
  /** Folder where the system "save" dialog puts exports (PDF, CSV) in tests. */
  readonly exportDir: string;
  /** Full paths of the files exported so far, oldest first. */
  exportedFiles(): Promise<string[]>;
  /** Paths the app handed to the system's default viewer (Chromium tier: the shell's test double). */
  openedPaths(): string[];
  /** Notifications the app asked the system to show (Chromium tier: the notifier's test double). */
  shownNotifications(): AppNotification[];
  /** The person clicks the notification at `index`: main brings the window up and pushes its target. */
  clickNotification(index: number): Promise<void>;
  /** The person drags these files from the file manager and drops them on `target` (Chromium tier). */
  dropFiles(target: Locator, paths: string[]): Promise<void>;
  /** The person picks a menu item: main pushes its command to the page (Chromium tier). */
  chooseMenuCommand(command: string): Promise<void>;
  /** Interface languages the page reported for the native menu, oldest first (Chromium tier). */
  menuLanguages(): string[];
  /** Themes the renderer handed to Electron's nativeTheme, oldest first (Chromium tier: the test double). */
  themeSources(): string[];
  /**
   * Holds the next call of `operation` in main until `release()` (Chromium tier), to see what the page shows
   * while work such as an export is still running, without a sleep. `isHeld()` says the call has arrived.
   */
  holdNext(operation: string): { release(): void; isHeld(): boolean };
}

export async function waitForReady(page: Page): Promise<void> {
  await page.waitForSelector('body[data-planner-ready]', { state: 'attached' });
}

let sharedBrowser: Browser | null = null;

export const test = base.extend<{ app: AppDriver; dataDir: string; clockTime: string | null }>({
  /** Set with test.use({ clockTime: '2027-01-11T10:00:00' }) to fix the app's "today". */
  clockTime: [null, { option: true }],
  // Playwright fixtures must destructure their (here unused) dependencies.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'planner-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  app: async ({ dataDir, clockTime }, use, testInfo) => {
    const tier = testInfo.project.name === 'electron' ? 'electron' : 'chromium';
    if (tier === 'electron') {
      const reason = electronBinaryMissingReason();
      testInfo.skip(reason !== null, reason ?? '');
    }
    const origin = tier === 'electron' ? APP_ORIGIN : TEST_ORIGIN;
    const seen: string[] = [];
    let current: ChromiumApp | ElectronApp;
    const exportDir = `${dataDir}-exports`;
    await mkdir(exportDir, { recursive: true });
    const open = async () => {
      if (tier === 'electron') {
        const opened = await openElectronApp(dataDir, clockTime);
        await stubElectronDialogs(opened.app, exportDir, []);
        return opened;
      }
      sharedBrowser ??= await launchChromium();
      return openChromiumApp(sharedBrowser, dataDir, clockTime);
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
      foreignRequests: () =>
        [...seen, ...current.requests].filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')),
      chooseFilesOnNextOpen: async (paths) => {
        if ('backend' in current) current.backend.dialogs.nextFilesToOpen = [...paths];
        else await stubElectronDialogs(current.app, exportDir, paths);
      },
      shownNotifications: () => ('backend' in current ? [...current.backend.notifications] : []),
      openedPaths: () => ('backend' in current ? [...current.backend.openedPaths] : []),
      themeSources: () => ('backend' in current ? [...current.backend.themeSources] : []),
      clickNotification: async (index) => {
        if (!('backend' in current)) throw new Error('Notification clicks are simulated in the Chromium tier only.');
        const target = current.backend.notifications[index]?.target;
        if (!target) throw new Error(`No notification ${index}`);
        await current.page.evaluate((pushed) => (window as unknown as { __plannerPush(target: unknown): void }).__plannerPush(pushed), target);
      },
      dropFiles: async (target, paths) => {
        if (!('backend' in current)) throw new Error('Dropped files are simulated in the Chromium tier only.');
        current.backend.dialogs.droppedPaths.push(...paths);
        // A drag from the file manager: File objects by name (the preload would read their paths), then drop.
        const transfer = await current.page.evaluateHandle((names: string[]) => {
          const data = new DataTransfer();
          for (const name of names) data.items.add(new File(['dropped'], name));
          return data;
        }, paths.map((path) => basename(path)));
        await target.dispatchEvent('dragenter', { dataTransfer: transfer });
        await target.dispatchEvent('dragover', { dataTransfer: transfer });
        await target.dispatchEvent('drop', { dataTransfer: transfer });
      },
      chooseMenuCommand: async (command) => {
        if (!('backend' in current)) throw new Error('Menu clicks are simulated in the Chromium tier only.');
        await current.page.evaluate((pushed) => (window as unknown as { __plannerMenuPush(command: string): void }).__plannerMenuPush(pushed), command);
      },
      menuLanguages: () => ('backend' in current ? [...current.backend.menuLanguages] : []),
      holdNext: (operation) => {
        if (!('backend' in current)) throw new Error('Holding a call is simulated in the Chromium tier only.');
        const backend = current.backend;
        const original = backend.dispatch;
        let release = () => {};
        const gate = new Promise<void>((resolve) => (release = resolve));
        let isHeld = false;
        // The page's binding looks up backend.dispatch on every call, so swapping it catches the next one.
        backend.dispatch = async (sender, name, payload) => {
          if (name !== operation) return original(sender, name, payload);
          backend.dispatch = original;
          isHeld = true;
          await gate;
          return original(sender, name, payload);
        };
        return { release: () => release(), isHeld: () => isHeld };
      },
      exportDir,
      exportedFiles: async () => {
        const files = await Promise.all(
          (await readdir(exportDir))
            // Durable writes go through hidden temp files first; only finished exports count.
            .filter((name) => !name.startsWith('.'))
            .map(async (name) => ({ path: join(exportDir, name), time: (await stat(join(exportDir, name))).mtimeMs })),
        );
        return files.sort((a, b) => a.time - b.time).map((file) => file.path);
      },
    };
    await use(driver);
    expect(driver.foreignRequests(), 'no request may leave the app').toEqual([]);
    await current.close();
    await rm(exportDir, { recursive: true, force: true });
    // The harness's stand-ins for the system temp folder and this computer's app folder.
    for (const beside of ['-viewer', '-machine']) await rm(`${dataDir}${beside}`, { recursive: true, force: true });
  },
});

export { expect };

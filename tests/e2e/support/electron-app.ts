import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';

const ELECTRON_DIR = resolve('node_modules/electron');

/** The Electron binary is downloaded on first `npm start`; where that could not happen, this says why. */
export function electronBinaryMissingReason(): string | null {
  try {
    const relative = readFileSync(join(ELECTRON_DIR, 'path.txt'), 'utf8').trim();
    if (existsSync(join(ELECTRON_DIR, 'dist', relative))) return null;
  } catch {
    // fall through
  }
  return 'Electron binary not installed (its download host is unreachable here); the same scenarios ran in Chromium against the real main-process handlers.';
}

/** Replaces the system dialogs in the real main process, so a test can pick files and see where exports go. */
export async function stubElectronDialogs(app: ElectronApplication, exportDir: string, filesToOpen: string[]): Promise<void> {
  await app.evaluate(
    ({ dialog }, { exportDir, filesToOpen }) => {
      const pending = [...filesToOpen];
      const join = (dir: string, name: string) => `${dir}/${name}`;
      dialog.showSaveDialog = (async (...args: unknown[]) => {
        const options = args.find((arg) => typeof arg === 'object' && arg !== null && 'defaultPath' in arg) as { defaultPath?: string } | undefined;
        return { canceled: false, filePath: join(exportDir, options?.defaultPath ?? 'export') };
      }) as typeof dialog.showSaveDialog;
      dialog.showOpenDialog = (async () => ({ canceled: pending.length === 0, filePaths: pending.splice(0) })) as typeof dialog.showOpenDialog;
    },
    { exportDir, filesToOpen },
  );
}

export interface ElectronApp {
  app: ElectronApplication;
  page: Page;
  requests: string[];
  close(): Promise<void>;
}

export async function openElectronApp(dataDir: string, clockTime: string | null): Promise<ElectronApp> {
  const app = await electron.launch({ args: [resolve('out/main/index.js'), `--data-dir=${dataDir}`], env: { ...process.env, PLANNER_NO_DEVTOOLS: '1' } });
  const page = await app.firstWindow();
  if (clockTime) {
    await page.clock.install({ time: new Date(clockTime) });
    await page.reload();
  }
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return {
    app,
    page,
    requests,
    close: async () => {
      await app.close();
    },
  };
}

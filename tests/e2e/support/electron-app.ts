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

export interface ElectronApp {
  app: ElectronApplication;
  page: Page;
  requests: string[];
  close(): Promise<void>;
}

export async function openElectronApp(dataDir: string): Promise<ElectronApp> {
  const app = await electron.launch({ args: [resolve('out/main/index.js'), `--data-dir=${dataDir}`], env: { ...process.env, PLANNER_NO_DEVTOOLS: '1' } });
  const page = await app.firstWindow();
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

import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../../shared/contract/sender';
import { guardWindowClose } from './close-guard';
import { windowBackground } from './native-theme';
import { reloadAfterRendererCrash } from './renderer-crash';
import type { WindowMemory } from './window-state/remember-window';

export interface MainWindowOptions {
  preloadDir: string;
  flushStore: () => Promise<void>;
  isQuitting: () => boolean;
  /** Where the window was last time (electron/main/window-state); without one it opens at the default size. */
  memory?: WindowMemory;
}

export function createMainWindow({ preloadDir, flushStore, isQuitting, memory }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    ...memory?.initialBounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: windowBackground(),
    title: 'Relocation Planner',
    webPreferences: {
      preload: join(preloadDir, 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      // Developer tools only in development builds; PLANNER_NO_DEVTOOLS turns them off there too (tests).
      devTools: !app.isPackaged && !process.env.PLANNER_NO_DEVTOOLS,
    },
  });
  memory?.track(window);
  window.once('ready-to-show', () => window.show());
  guardWindowClose(window, { flushStore, isQuitting });
  reloadAfterRendererCrash(window);
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../../shared/contract/sender';

/** The renderer defines this to push out a debounced save before the window goes away. */
const FLUSH_SCRIPT = 'typeof window.plannerFlushPendingSaves === "function" ? window.plannerFlushPendingSaves() : null';
const FLUSH_TIMEOUT_MS = 3000;

export function createMainWindow(preloadDir: string, flushStore: () => Promise<void>): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
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
      devTools: !process.env.PLANNER_NO_DEVTOOLS,
    },
  });
  window.once('ready-to-show', () => window.show());

  // Closing waits (briefly) for the renderer's pending edits and the store's queued writes.
  let isFlushed = false;
  window.on('close', (event) => {
    if (isFlushed) return;
    event.preventDefault();
    const timeout = new Promise((resolve) => setTimeout(resolve, FLUSH_TIMEOUT_MS));
    void Promise.race([window.webContents.executeJavaScript(FLUSH_SCRIPT).catch(() => null), timeout])
      .then(() => flushStore())
      .finally(() => {
        isFlushed = true;
        window.close();
      });
  });

  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

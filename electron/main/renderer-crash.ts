import type { BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../../shared/contract/sender';

/** The page the app reloads after a crashed renderer; the flag makes it tell the person what happened. */
export const AFTER_CRASH_URL = `${APP_ORIGIN}/index.html?after=renderer-crash`;

/**
 * A renderer that crashed or was killed (render-process-gone) is loaded again rather than leaving a blank
 * window. Everything acknowledged as saved is on disk (main only answers "saved" after a durable write),
 * and the reloaded page reads it back and says that it was reloaded.
 */
export function reloadAfterRendererCrash(window: BrowserWindow): void {
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    void window.loadURL(AFTER_CRASH_URL);
  });
}

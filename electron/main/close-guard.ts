import { app, dialog, type BrowserWindow } from 'electron';
import type { FlushOutcome } from '../../shared/contract/flush';

/** The renderer defines this (renderer/store/boot.ts) to push out a debounced save before the window goes. */
const FLUSH_SCRIPT = 'typeof window.plannerFlushPendingSaves === "function" ? window.plannerFlushPendingSaves() : null';
const FLUSH_TIMEOUT_MS = 5000;

async function flushRenderer(window: BrowserWindow): Promise<FlushOutcome | null> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), FLUSH_TIMEOUT_MS));
  const flushed = window.webContents.executeJavaScript(FLUSH_SCRIPT).catch(() => null) as Promise<FlushOutcome | null>;
  return Promise.race([flushed, timeout]);
}

/**
 * Closing (or quitting) waits for the renderer's pending edit and the store's queued writes. If the
 * latest changes could not be saved, the person chooses: try again, or close and lose them. The texts
 * come from the renderer, in the person's language.
 */
export function guardWindowClose(window: BrowserWindow, options: { flushStore: () => Promise<void>; isQuitting: () => boolean }): void {
  let isAllowedToClose = false;
  let isSettling = false;

  const settle = async (): Promise<boolean> => {
    for (;;) {
      const outcome = await flushRenderer(window);
      await options.flushStore();
      // Text on screen that could not be saved (invalid, over a limit, a draft): ask, "Go back" first.
      const onScreen = outcome?.unsavedOnScreen;
      if (onScreen && onScreen.names.length > 0) {
        const answer = await dialog.showMessageBox(window, {
          type: 'warning',
          message: onScreen.message,
          detail: onScreen.detail,
          buttons: [onScreen.goBack, onScreen.closeAnyway],
          defaultId: 0,
          cancelId: 0,
        });
        if (answer.response === 0) return false;
      }
      if (!outcome || outcome.isSaved) return true;
      const choice = await dialog.showMessageBox(window, {
        type: 'warning',
        message: outcome.prompt.message,
        detail: outcome.prompt.detail,
        buttons: [outcome.prompt.retry, outcome.prompt.closeAnyway],
        defaultId: 0,
        cancelId: 0,
      });
      if (choice.response !== 0) return true;
    }
  };

  window.on('close', (event) => {
    if (isAllowedToClose) return;
    event.preventDefault();
    if (isSettling) return;
    isSettling = true;
    void settle().then((shouldClose) => {
      isSettling = false;
      if (!shouldClose) return;
      isAllowedToClose = true;
      // Preventing a close cancels a quit in progress (macOS Cmd+Q), so pick the quit up again.
      if (options.isQuitting()) app.quit();
      else window.close();
    });
  });
}

import { app, BrowserWindow } from 'electron';

/** Knows whether a quit is under way, so a window that delayed its close can resume the quit. */
export function trackQuitting(): () => boolean {
  let isQuitting = false;
  app.on('before-quit', () => {
    isQuitting = true;
  });
  return () => isQuitting;
}

/** One window: a second launch focuses it; on macOS the dock icon reopens it. */
export function keepOneWindow(openWindow: () => BrowserWindow): void {
  let mainWindow: BrowserWindow | null = null;
  const show = () => {
    if (!mainWindow || mainWindow.isDestroyed()) mainWindow = openWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };
  app.on('second-instance', show);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) show();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  show();
}

/** Writes still queued when the last window is gone (macOS keeps running) finish before the app exits. */
export function flushBeforeQuit(store: { hasPendingWrites(): boolean; flush(): Promise<void> }): void {
  app.on('before-quit', (event) => {
    if (!store.hasPendingWrites()) return;
    event.preventDefault();
    void store.flush().finally(() => app.quit());
  });
}

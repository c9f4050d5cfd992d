import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, session } from 'electron';
import { createHandlers } from '../services/handlers/create-handlers';
import { createDispatcher } from '../services/ipc/dispatcher';
import { openPlanStore } from '../services/storage/plan-store';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { resolveDataDirOverride } from './data-dir';
import { denyNavigationEverywhere, hardenSession } from './harden-session';
import { createMainWindow } from './main-window';
import { createPlatformServices } from './platform-services';
import { registerIpc } from './register-ipc';

// Wiring only: every rule lives in the modules imported above.
const here = fileURLToPath(new URL('.', import.meta.url));
const dataDirOverride = resolveDataDirOverride(process.argv, process.env, process.cwd());
if (dataDirOverride) app.setPath('userData', dataDirOverride);

registerAppScheme();
denyNavigationEverywhere();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    serveRenderer(join(here, '../renderer'));
    const store = await openPlanStore({ dataDir: app.getPath('userData') });
    let mainWindow: BrowserWindow | null = null;
    const handlers = createHandlers(store, createPlatformServices(() => mainWindow));
    registerIpc(createDispatcher(handlers, { log: (line) => console.warn(`[ipc] ${line}`) }));
    const openWindow = () => createMainWindow(join(here, '../preload'), () => store.flush());
    mainWindow = openWindow();

    app.on('second-instance', () => {
      if (!mainWindow || mainWindow.isDestroyed()) mainWindow = openWindow();
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow();
    });
    app.on('before-quit', (event) => {
      if (!store.hasPendingWrites()) return;
      event.preventDefault();
      void store.flush().finally(() => app.quit());
    });
    app.on('window-all-closed', () => {
      if (process.platform !== 'darwin') app.quit();
    });
  });
}

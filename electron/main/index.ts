import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, session, type BrowserWindow } from 'electron';
import { createHandlers } from '../services/handlers/create-handlers';
import { createDispatcher } from '../services/ipc/dispatcher';
import { openPlanSession, type PlanSession } from '../services/plans/plan-session';
import { flushBeforeQuit, keepOneWindow, trackQuitting } from './app-lifecycle';
import { installAppMenu } from './app-menu';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { resolveDataDirOverride } from './data-dir';
import { denyNavigationEverywhere, hardenSession } from './harden-session';
import { createElectronNotifier } from './electron-notifier';
import { createMainWindow } from './main-window';
import { createPlatformServices } from './platform-services';
import { registerIpc } from './register-ipc';
import { rememberWindow } from './window-state/remember-window';
import { failStartup } from './startup-failure';

// Wiring only: every rule lives in the modules imported above.
const here = fileURLToPath(new URL('.', import.meta.url));
const dataDirOverride = resolveDataDirOverride(process.argv, process.env, process.cwd());
if (dataDirOverride) app.setPath('userData', dataDirOverride);

registerAppScheme();
denyNavigationEverywhere();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const isQuitting = trackQuitting();
  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    const dataDir = app.getPath('userData');
    let openedStore: PlanSession | null = null;
    let currentWindow: BrowserWindow | null = null;
    const menu = installAppMenu(() => currentWindow, () => openedStore?.status.dataDir ?? dataDir);
    serveRenderer(join(here, '../renderer'));
    const store: PlanSession = await openPlanSession({ dataDir }).catch((error: unknown) => failStartup(dataDir, error));
    openedStore = store;
    const openWindow = () => createMainWindow({ preloadDir: join(here, '../preload'), flushStore: () => store.flush(), isQuitting, memory: rememberWindow(dataDir) });
    const platform = { ...createPlatformServices(() => currentWindow), applyInterfaceLanguage: menu.setLanguage };
    const handlers = createHandlers(store, platform, createElectronNotifier(() => currentWindow));
    registerIpc(createDispatcher(handlers, { log: (line) => console.warn(`[ipc] ${line}`) }));
    flushBeforeQuit(store);
    keepOneWindow(() => (currentWindow = openWindow()));
  });
}

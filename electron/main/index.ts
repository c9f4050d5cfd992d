import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, session, type BrowserWindow } from 'electron';
import { createHandlers } from '../services/handlers/create-handlers';
import { createDispatcher } from '../services/ipc/dispatcher';
import { openPlanSession, type PlanSession } from '../services/plans/plan-session';
import { createViewerCopies } from '../services/vault/viewer-copies';
import { createRememberedKeys } from '../services/keychain/remembered-keys';
import { createSafeStorageSealer } from './safe-storage-sealer';
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
// This computer's own app folder, before --data-dir moves userData: "remember on this computer" keeps its
// keychain-sealed keys here, so a data folder carried on a USB stick never carries them.
const machineDir = app.getPath('userData');
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
    const keychain = createRememberedKeys(join(machineDir, 'remembered-keys.json'), createSafeStorageSealer());
    const store: PlanSession = await openPlanSession({ dataDir, keychain, appVersion: app.getVersion() }).catch((error: unknown) => failStartup(dataDir, error));
    openedStore = store;
    const openWindow = () => createMainWindow({ preloadDir: join(here, '../preload'), flushStore: () => store.flush(), isQuitting, memory: rememberWindow(dataDir) });
    // Decrypted copies for the system viewer: left over from a crash removed now, this run's on quit.
    const viewerCopies = createViewerCopies();
    void viewerCopies.removeStale();
    app.on('will-quit', () => viewerCopies.removeAllSync());
    const platform = { ...createPlatformServices(() => currentWindow), applyInterfaceLanguage: menu.setLanguage };
    const handlers = createHandlers(store, platform, createElectronNotifier(() => currentWindow), { viewerCopies });
    registerIpc(createDispatcher(handlers, { log: (line) => console.warn(`[ipc] ${line}`) }));
    flushBeforeQuit(store);
    keepOneWindow(() => (currentWindow = openWindow()));
  });
}

import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../../../shared/contract/channel';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';

/**
 * The main-process entry (electron/main/index.ts) loaded against a recorded fake of `electron`: every call the
 * shell makes is logged in order, and events (ready, second instance, a crashed renderer) are forged.
 */
type Listener = (...args: unknown[]) => unknown;
interface FakeElectron {
  log: string[];
  windows: FakeWindow[];
  ipcHandlers: Map<string, Listener>;
  protocolHandlers: Map<string, (request: { url: string }) => Promise<Response>>;
  session: Record<string, Listener | undefined>;
  ready(): void;
  module: Record<string, unknown>;
  notifications: EventEmitter[];
}
type FakeWindow = EventEmitter & {
  options: Record<string, unknown>;
  loaded: string[];
  isMinimizedNow: boolean;
  destroyed: boolean;
  webContents: EventEmitter & { executeJavaScript: ReturnType<typeof vi.fn>; send: ReturnType<typeof vi.fn> };
  focus: ReturnType<typeof vi.fn>;
  restore: ReturnType<typeof vi.fn>;
  close: ReturnType<typeof vi.fn>;
};

const holder = vi.hoisted(() => ({ current: null as unknown as Record<string, unknown> }));
// The factory runs once; each export reads the current test's fake, so every test starts from a fresh one.
vi.mock('electron', () => {
  const names = ['app', 'BrowserWindow', 'protocol', 'session', 'Menu', 'ipcMain', 'webContents', 'dialog', 'shell', 'Notification', 'screen', 'safeStorage', 'nativeTheme'];
  const current = (name: string) => holder.current[name] as Record<PropertyKey, unknown> & (new (...args: unknown[]) => object);
  const forward = (name: string) =>
    new Proxy(function electronExport() {}, {
      get: (_target, key) => current(name)[key],
      construct: (_target, args) => new (current(name))(...args),
    });
  return Object.fromEntries(names.map((name) => [name, forward(name)]));
});

function createFakeElectron(options: { hasLock: boolean }): FakeElectron {
  const log: string[] = [];
  const windows: FakeWindow[] = [];
  const ipcHandlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (request: { url: string }) => Promise<Response>>();
  const session: Record<string, Listener | undefined> = {};
  const paths = new Map<string, string>();
  const notifications: EventEmitter[] = [];
  let resolveReady!: () => void;
  const whenReady = new Promise<void>((resolve) => (resolveReady = resolve));
  const record =
    <T,>(name: string, result?: (...args: unknown[]) => T) =>
    (...args: unknown[]) => {
      log.push(name);
      return result?.(...args);
    };

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setPath: record('app.setPath', (name, value) => paths.set(String(name), String(value))),
    getPath: (name: string) => paths.get(name) ?? '/nowhere',
    getLocale: () => 'en-US',
    getVersion: () => '1.2.3',
    requestSingleInstanceLock: record('app.requestSingleInstanceLock', () => options.hasLock),
    whenReady: record('app.whenReady', () => whenReady),
    quit: vi.fn(record('app.quit')),
    exit: vi.fn(record('app.exit')),
    // The menu names the app in About (electron/main/app-menu.ts).
    setAboutPanelOptions: vi.fn(),
  });
  const originalOn = app.on.bind(app);
  app.on = ((event: string, listener: Listener) => {
    log.push(`app.on(${event})`);
    return originalOn(event, listener);
  }) as typeof app.on;

  class BrowserWindow extends EventEmitter {
    static getAllWindows = () => windows.filter((window) => !window.destroyed);
    static getFocusedWindow = () => null;
    options: Record<string, unknown>;
    loaded: string[] = [];
    isMinimizedNow = false;
    destroyed = false;
    webContents = Object.assign(new EventEmitter(), { executeJavaScript: vi.fn(async () => null), send: vi.fn() });
    focus = vi.fn(record('window.focus'));
    restore = vi.fn(record('window.restore'));
    close = vi.fn();
    show = record('window.show');
    constructor(windowOptions: Record<string, unknown>) {
      super();
      log.push('new BrowserWindow');
      this.options = windowOptions;
      windows.push(this as unknown as FakeWindow);
    }
    isMinimized = () => this.isMinimizedNow;
    isDestroyed = () => this.destroyed;
    isMaximized = () => false;
    isFullScreen = () => false;
    maximize = vi.fn();
    getBounds = () => ({ x: 10, y: 10, width: 1280, height: 860 });
    getNormalBounds = () => ({ x: 10, y: 10, width: 1280, height: 860 });
    loadURL = async (url: string) => {
      log.push(`window.loadURL(${url})`);
      this.loaded.push(url);
    };
  }

  const module = {
    app,
    BrowserWindow,
    // One display; the window's place is remembered per display (electron/main/window-state/).
    screen: {
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
      getDisplayMatching: () => ({ id: 1 }),
    },
    // No keyring: "Remember on this computer" is refused (electron/main/safe-storage-sealer.ts).
    safeStorage: { isEncryptionAvailable: () => false, getSelectedStorageBackend: () => 'basic_text' },
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => log.push(`protocol.registerSchemesAsPrivileged(${JSON.stringify(schemes)})`),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => {
        log.push(`protocol.handle(${scheme})`);
        protocolHandlers.set(scheme, handler);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => {
          log.push('session.setPermissionRequestHandler');
          session.permissionRequest = handler;
        },
        setPermissionCheckHandler: (handler: Listener) => {
          log.push('session.setPermissionCheckHandler');
          session.permissionCheck = handler;
        },
        setDevicePermissionHandler: (handler: Listener) => {
          log.push('session.setDevicePermissionHandler');
          session.devicePermission = handler;
        },
        setSpellCheckerEnabled: (isEnabled: boolean) => log.push(`session.setSpellCheckerEnabled(${isEnabled})`),
        webRequest: {
          onBeforeRequest: (handler: Listener) => {
            log.push('session.webRequest.onBeforeRequest');
            session.beforeRequest = handler;
          },
        },
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => {
        log.push('Menu.setApplicationMenu');
        (module as Record<string, unknown>).installedMenu = menu;
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => {
        log.push(`ipcMain.handle(${channel})`);
        ipcHandlers.set(channel, handler);
      },
    },
    webContents: { getFocusedWebContents: () => null },
    dialog: {
      showErrorBox: vi.fn(record('dialog.showErrorBox')),
      showMessageBox: vi.fn(async () => ({ response: 0 })),
      showSaveDialog: vi.fn(async () => ({ canceled: true })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    },
    shell: { openPath: vi.fn(async () => '') },
    Notification: Object.assign(
      class extends EventEmitter {
        constructor(readonly options: unknown) {
          super();
          notifications.push(this);
        }
        show = record('notification.show');
      },
      { isSupported: () => true },
    ),
  };
  return { log, windows, ipcHandlers, protocolHandlers, session, ready: resolveReady, module, notifications };
}

let dataDir: string;
let fake: FakeElectron;
const savedEnv = { dir: process.env.RELOCATION_PLANNER_DATA_DIR, argv: process.argv };

async function loadEntry(options: { hasLock?: boolean; dataDir?: string } = {}) {
  fake = createFakeElectron({ hasLock: options.hasLock ?? true });
  holder.current = fake.module;
  process.env.RELOCATION_PLANNER_DATA_DIR = options.dataDir ?? dataDir;
  vi.resetModules();
  await import('../../../../electron/main/index');
  return fake;
}

/** Lets the ready handler run to its end (it opens the plan from real files, so it takes a few turns). */
async function readyAndSettled(expectedWindows = 1) {
  fake.ready();
  await vi.waitFor(() => expect(fake.windows.length).toBeGreaterThanOrEqual(expectedWindows), { timeout: 5000 });
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'main-entry-'));
  process.argv = ['electron', '.'];
});
afterEach(async () => {
  process.argv = savedEnv.argv;
  if (savedEnv.dir === undefined) delete process.env.RELOCATION_PLANNER_DATA_DIR;
  else process.env.RELOCATION_PLANNER_DATA_DIR = savedEnv.dir;
  await rm(dataDir, { recursive: true, force: true });
});

describe('the main-process entry', () => {
  it('runs the shell in order: data folder, scheme before ready, lock, then session, menu, protocol, IPC, one window', async () => {
    await loadEntry();
    // Before ready: only what must happen before it.
    expect(fake.log).toEqual([
      'app.setPath',
      'protocol.registerSchemesAsPrivileged([{"scheme":"app","privileges":{"standard":true,"secure":true,"supportFetchAPI":true,"codeCache":true}}])',
      'app.on(web-contents-created)',
      'app.requestSingleInstanceLock',
      'app.on(before-quit)',
      'app.whenReady',
    ]);
    await readyAndSettled();
    expect(fake.log.slice(6)).toEqual([
      'session.setPermissionRequestHandler',
      'session.setPermissionCheckHandler',
      'session.setDevicePermissionHandler',
      'session.setSpellCheckerEnabled(false)',
      'session.webRequest.onBeforeRequest',
      'Menu.setApplicationMenu',
      'protocol.handle(app)',
      // Decrypted viewer copies of encrypted attachments are removed on quit (issue 15).
      'app.on(will-quit)',
      `ipcMain.handle(${IPC_CHANNEL})`,
      'app.on(before-quit)',
      'app.on(second-instance)',
      'app.on(activate)',
      'app.on(window-all-closed)',
      'new BrowserWindow',
      'window.loadURL(app://planner/index.html)',
      'window.focus',
    ]);
  });

  it('opens the window with secure settings and the preload beside the main bundle', async () => {
    await loadEntry();
    await readyAndSettled();
    const [window] = fake.windows;
    expect(window!.options.show).toBe(false);
    expect(window!.options.webPreferences).toEqual({
      preload: expect.stringMatching(/[\\/]preload[\\/]index\.cjs$/),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      devTools: !process.env.PLANNER_NO_DEVTOOLS,
    });
    // Shown when ready, and the close guard and the crash reload are attached to it.
    window!.emit('ready-to-show');
    expect(fake.log).toContain('window.show');
    // The close guard, and the window memory that keeps its place (issue 14).
    expect(window!.listenerCount('close')).toBe(2);
    expect(window!.webContents.listenerCount('render-process-gone')).toBe(1);
  });

  it('a second launch without the lock quits at once and touches nothing', async () => {
    await loadEntry({ hasLock: false });
    expect(fake.log).toEqual([
      'app.setPath',
      expect.stringMatching(/^protocol\.registerSchemesAsPrivileged/),
      'app.on(web-contents-created)',
      'app.requestSingleInstanceLock',
      'app.quit',
    ]);
    fake.ready();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.windows).toHaveLength(0);
  });

  it('the IPC channel answers the app window from the data folder and refuses a subframe', async () => {
    const plan = createEmptyPlan();
    await writeFile(path.join(dataDir, 'plan.json'), `${JSON.stringify({ ...plan, profile: { ...plan.profile, displayName: 'Lin' } })}\n`);
    await loadEntry();
    await readyAndSettled();
    const handle = fake.ipcHandlers.get(IPC_CHANNEL)!;
    const mainFrame = { url: 'app://planner/index.html' };
    const fromWindow = { senderFrame: mainFrame, sender: { mainFrame } };
    const loaded = (await handle(fromWindow, 'loadPlan', {})) as { ok: boolean; value: { document: { profile: { displayName: string } } } };
    expect(loaded.ok).toBe(true);
    expect(loaded.value.document.profile.displayName).toBe('Lin');
    const fromSubframe = { senderFrame: { url: 'app://planner/index.html' }, sender: { mainFrame } };
    expect(await handle(fromSubframe, 'loadPlan', {})).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await handle({ senderFrame: null, sender: { mainFrame } }, 'loadPlan', {})).toMatchObject({ ok: false });
  });

  it('the session denies every permission and cancels every request that leaves the app', async () => {
    await loadEntry();
    await readyAndSettled();
    const answers: unknown[] = [];
    fake.session.permissionRequest!(null, 'media', (isGranted: boolean) => answers.push(isGranted));
    expect(answers).toEqual([false]);
    expect(fake.session.permissionCheck!()).toBe(false);
    expect(fake.session.devicePermission!()).toBe(false);
    const cancelled = (url: string) => {
      let answer: unknown;
      fake.session.beforeRequest!({ url }, (result: { cancel: boolean }) => (answer = result.cancel));
      return answer;
    };
    expect(cancelled('https://example.com/')).toBe(true);
    expect(cancelled('app://planner/index.html')).toBe(false);
    // The app protocol serves only its own host.
    const served = await fake.protocolHandlers.get('app')!({ url: 'app://elsewhere/index.html' });
    expect(served.status).toBe(404);
  });

  it('no web contents may navigate away, open windows or attach webviews', async () => {
    await loadEntry();
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    (fake.module.app as EventEmitter).emit('web-contents-created', {}, contents);
    const forge = (event: string, url?: string) => {
      const forged = { preventDefault: vi.fn() };
      contents.emit(event, forged, url);
      return forged.preventDefault.mock.calls.length > 0;
    };
    expect(forge('will-navigate', 'https://evil.example/')).toBe(true);
    expect(forge('will-navigate', 'app://planner/index.html')).toBe(false);
    expect(forge('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(forge('will-attach-webview')).toBe(true);
    expect(contents.setWindowOpenHandler.mock.calls[0]![0]()).toEqual({ action: 'deny' });
  });

  it('a crashed renderer is loaded again with the notice flag; a clean exit is left alone', async () => {
    await loadEntry();
    await readyAndSettled();
    const [window] = fake.windows;
    window!.webContents.emit('render-process-gone', {}, { reason: 'clean-exit' });
    expect(window!.loaded).toEqual(['app://planner/index.html']);
    window!.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(window!.loaded).toEqual(['app://planner/index.html', 'app://planner/index.html?after=renderer-crash']);
    window!.destroyed = true;
    window!.webContents.emit('render-process-gone', {}, { reason: 'oom' });
    expect(window!.loaded).toHaveLength(2);
  });

  it('one window: a second launch brings it back, activate reopens it, closing the last quits outside macOS', async () => {
    await loadEntry();
    await readyAndSettled();
    const app = fake.module.app as EventEmitter & { quit: ReturnType<typeof vi.fn> };
    const [first] = fake.windows;
    first!.isMinimizedNow = true;
    app.emit('second-instance');
    expect(first!.restore).toHaveBeenCalledTimes(1);
    expect(first!.focus).toHaveBeenCalledTimes(2);
    expect(fake.windows).toHaveLength(1);
    first!.destroyed = true;
    app.emit('activate');
    expect(fake.windows).toHaveLength(2);
    app.emit('activate');
    expect(fake.windows).toHaveLength(2);
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });

  it('the Edit menu sends undo and redo to the page; the app menu has no reload', async () => {
    await loadEntry();
    await readyAndSettled();
    const menu = fake.module.installedMenu as { template: { label?: string; role?: string; submenu?: { label?: string; accelerator?: string; role?: string }[] }[] };
    const edit = menu.template.find((item) => item.label === 'Edit')!;
    expect(edit.submenu!.slice(0, 2).map((item) => [item.label, item.accelerator])).toEqual([
      ['Undo', 'CmdOrCtrl+Z'],
      ['Redo', process.platform === 'darwin' ? 'Shift+Cmd+Z' : 'Ctrl+Y'],
    ]);
    const roles = JSON.stringify(menu.template);
    expect(roles).not.toContain('reload');
    expect(roles).toContain('toggleDevTools');
  });

  it('a data folder that cannot be made says so plainly and exits instead of hanging', async () => {
    const blocker = path.join(dataDir, 'a-file');
    await writeFile(blocker, 'not a folder');
    await loadEntry({ dataDir: path.join(blocker, 'data') });
    fake.ready();
    await vi.waitFor(() => expect(fake.log).toContain('app.exit'), { timeout: 5000 });
    expect(fake.log.slice(-2)).toEqual(['dialog.showErrorBox', 'app.exit']);
    const dialog = fake.module.dialog as { showErrorBox: ReturnType<typeof vi.fn> };
    expect(dialog.showErrorBox.mock.calls[0]![0]).toBe('Relocation Planner could not open your data');
    expect(String(dialog.showErrorBox.mock.calls[0]![1])).toContain(path.join(blocker, 'data'));
    expect(fake.windows).toHaveLength(0);
    expect(await readFile(blocker, 'utf8')).toBe('not a folder');
  });

  it('the system dialogs, shell and print engine are bound to the window (platform services)', async () => {
    await loadEntry();
    const { createPlatformServices } = await import('../../../../electron/main/platform-services');
    const dialog = fake.module.dialog as Record<string, ReturnType<typeof vi.fn>>;
    let window: unknown = null;
    const services = createPlatformServices(() => window as never);
    expect(services.appVersion).toBe('1.2.3');
    await expect(services.printToPdf()).rejects.toThrow('no window');
    dialog.showSaveDialog!.mockResolvedValueOnce({ canceled: false, filePath: '/out/a.csv' });
    expect(await services.chooseSavePath('a.csv', [])).toBe('/out/a.csv');
    expect(dialog.showSaveDialog!.mock.calls[0]).toEqual([{ defaultPath: 'a.csv', filters: [] }]);
    window = { webContents: { printToPDF: vi.fn(async (options: unknown) => options) } };
    expect(await services.chooseSavePath('b.csv', [])).toBeNull();
    expect(dialog.showSaveDialog!.mock.calls[1]![0]).toBe(window);
    dialog.showOpenDialog!.mockResolvedValueOnce({ canceled: false, filePaths: ['/in/1', '/in/2'] });
    expect(await services.chooseFilesToOpen()).toEqual(['/in/1', '/in/2']);
    dialog.showOpenDialog!.mockResolvedValueOnce({ canceled: false, filePaths: ['/in/plan.rplan'] });
    expect(await services.chooseFileToOpen!([])).toBe('/in/plan.rplan');
    expect(await services.chooseFileToOpen!([])).toBeNull();
    window = null;
    expect(await services.chooseFilesToOpen()).toEqual([]);
    expect(await services.chooseFileToOpen!([])).toBeNull();
    window = { webContents: { printToPDF: vi.fn(async (options: unknown) => options) } };
    expect(await services.printToPdf('Letter')).toEqual({ printBackground: true, preferCSSPageSize: true, pageSize: 'Letter' });
    expect(await services.openPath('/d')).toBe('');
  });

  it('a notification click brings the window back and tells the page what to open', async () => {
    await loadEntry();
    const { createElectronNotifier } = await import('../../../../electron/main/electron-notifier');
    const window = { isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn(), webContents: { send: vi.fn() } };
    const notifier = createElectronNotifier(() => window as never);
    expect(notifier.isSupported()).toBe(true);
    const target = { section: 'checklists' };
    notifier.show({ title: 'Due', body: 'Passport', target: target as never });
    expect(fake.log).toContain('notification.show');
    fake.notifications[0]!.emit('click');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith('planner:open-target', target);
    notifier.show({ title: 'Due', body: 'Visa', target: target as never });
    fake.notifications[1]!.emit('close');
    fake.notifications[1]!.emit('click');
    expect(window.webContents.send).toHaveBeenCalledTimes(2);
  });

  it('the app protocol serves the built renderer with the CSP header, and nothing outside it', async () => {
    await loadEntry();
    const { serveRenderer } = await import('../../../../electron/main/app-protocol');
    const { CONTENT_SECURITY_POLICY } = await import('../../../../electron/main/content-security-policy');
    const root = path.join(dataDir, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html>');
    await writeFile(path.join(root, 'assets', 'a.js'), 'export {}');
    await writeFile(path.join(dataDir, 'secret.txt'), 'outside');
    serveRenderer(root);
    const serve = fake.protocolHandlers.get('app')!;
    const page = await serve({ url: 'app://planner/' });
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<!doctype html>');
    expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect((await serve({ url: 'app://planner/assets/a.js' })).headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect((await serve({ url: 'app://planner/../secret.txt' })).status).toBe(404);
    expect((await serve({ url: 'app://planner/%2e%2e/secret.txt' })).status).toBe(404);
    expect((await serve({ url: 'app://planner/missing.js' })).status).toBe(404);
  });
});

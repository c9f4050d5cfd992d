import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { PAGE_OPERATION_NAMES } from '../../../shared/contract/operations';
import { startBackend, type Backend } from './backend';

/** Stands in for app://planner: a secure origin whose every request the test itself answers. */
export const TEST_ORIGIN = 'https://planner.app.test';
const RENDERER_ROOT = resolve(process.env.PLANNER_RENDERER_OUT ?? 'out/renderer');
const CHROMIUM_PATH = process.env.PLANNER_CHROMIUM ?? '/usr/bin/chromium';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--host-resolver-rules=MAP * ~NOTFOUND',
    ],
  });
}

export interface ChromiumApp {
  page: Page;
  context: BrowserContext;
  backend: Backend;
  /** Every URL the page asked for, to prove nothing left the app. */
  requests: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Folder served as the app's origin (the benchmark also serves its bare baseline pages this way). */
  rendererRoot?: string;
  /** Scripts run before any of the page's own, e.g. the benchmark's timing hooks. */
  initScripts?: string[];
  /** Page to open, with its query (default index.html). */
  entry?: string;
  /**
   * "fetch": the page posts each request as JSON to the app's own origin and the test answers it. Playwright's
   * binding walks a large value piece by piece on the page's main thread (seconds for a 1.3 MB plan), where
   * Electron's IPC clones it in milliseconds; the benchmark needs a transport that costs what IPC costs.
   */
  transport?: 'binding' | 'fetch' | 'worker';
}

export async function openChromiumApp(browser: Browser, dataDir: string, clockTime: string | null, options: OpenOptions = {}): Promise<ChromiumApp> {
  const root = options.rendererRoot ?? RENDERER_ROOT;
  const backend = await startBackend(dataDir, TEST_ORIGIN);
  // The worker transport is the harness's, not the app's: the page's CSP (worker-src 'none') is lifted for it.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: options.transport === 'worker' });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  // Anything not from the app's origin is refused, as Electron's session.webRequest does in the app.
  await context.route('**/*', (route) => route.abort('blockedbyclient'));
  await context.route(`${TEST_ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/+/, '') || 'index.html';
    const file = resolve(root, path);
    if (!file.startsWith(root)) return route.fulfill({ status: 404 });
    try {
      const body = await readFile(file);
      return route.fulfill({ status: 200, body, contentType: MIME[extname(file)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  // The same shape the preload exposes: named functions only, forwarded to the real dispatcher.
  const isFetch = options.transport === 'fetch' || options.transport === 'worker';
  if (isFetch) {
    await context.route(`${TEST_ORIGIN}/__planner/*`, async (route) => {
      const request = route.request();
      const operation = new URL(request.url()).pathname.slice('/__planner/'.length);
      // A request from the harness's own worker (transport "worker") has no frame: it speaks for the main page.
      let sender = { isMainFrame: true, url: `${TEST_ORIGIN}/${options.entry ?? 'index.html'}` };
      try {
        const frame = request.frame();
        sender = { isMainFrame: frame === frame.page().mainFrame(), url: frame.url() };
      } catch {
        // (no frame)
      }
      const result = await backend.dispatch(sender, operation, JSON.parse(request.postData() ?? 'null'));
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(result) });
    });
  } else {
    await context.exposeBinding('__plannerInvoke', (source, operation: unknown, payload: unknown) =>
      backend.dispatch({ isMainFrame: source.frame === source.page.mainFrame(), url: source.frame.url() }, operation, payload),
    );
  }
  await context.exposeBinding('__plannerDroppedPaths', (_source, names: string[]) => backend.takeDroppedPaths(names));
  await context.addInitScript(
    ({ operations, isFetch, isWorker }: { operations: string[]; isFetch: boolean; isWorker: boolean }) => {
      const target = window as unknown as Record<string, unknown>;
      const viaFetch = async (operation: string, request: unknown) =>
        (await fetch(`/__planner/${operation}`, { method: 'POST', body: JSON.stringify(request ?? null) })).json() as Promise<unknown>;
      // "worker": the page hands the request to a worker by structured clone, as ipcRenderer.invoke does, and
      // the worker does the JSON and the fetch off the page's thread (Electron's main process does that work).
      const viaWorker = (() => {
        if (!isWorker) return viaFetch;
        const code = `onmessage = async (event) => {
          const { id, operation, request } = event.data;
          const response = await fetch(${JSON.stringify(location.origin)} + '/__planner/' + operation, { method: 'POST', body: JSON.stringify(request ?? null) });
          postMessage({ id, result: await response.json() });
        };`;
        const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
        const waiting = new Map<number, (result: unknown) => void>();
        let nextId = 0;
        worker.onmessage = (event: MessageEvent<{ id: number; result: unknown }>) => {
          waiting.get(event.data.id)?.(event.data.result);
          waiting.delete(event.data.id);
        };
        return (operation: string, request: unknown) =>
          new Promise<unknown>((resolve) => {
            const id = nextId++;
            waiting.set(id, resolve);
            worker.postMessage({ id, operation, request });
          });
      })();
      const invoke = isFetch ? viaWorker : (target.__plannerInvoke as (operation: string, payload: unknown) => Promise<unknown>);
      const api = Object.fromEntries(operations.map((operation) => [operation, (request: unknown) => invoke(operation, request)]));
      Object.defineProperty(window, 'planner', { value: Object.freeze(api), enumerable: true });
      // The preload reads dropped files' paths with webUtils.getPathForFile; here the test process names the
      // paths it staged for the dropped files' names (AppDriver.dropFiles), and the rest is the real attach.
      const pathsOf = target.__plannerDroppedPaths as (names: string[]) => Promise<string[]>;
      const files = {
        attachDropped: async (dropped: readonly File[]) => {
          const paths = await pathsOf(dropped.map((file) => file.name));
          if (paths.length === 0) return { ok: true, value: { isChosen: false, attachments: [], failures: [] } };
          return invoke('attachDroppedFiles', { paths });
        },
      };
      Object.defineProperty(window, 'plannerFiles', { value: Object.freeze(files), enumerable: true });
    },
    { operations: [...PAGE_OPERATION_NAMES], isFetch, isWorker: options.transport === 'worker' },
  );
  await context.addInitScript(() => {
    // What main pushes (a clicked notification), as the preload's plannerEvents; the test calls __plannerPush.
    const listeners = new Set<(target: unknown) => void>();
    const menuListeners = new Set<(command: unknown) => void>();
    const events = {
      onOpenTarget: (listener: (target: unknown) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      onMenuCommand: (listener: (command: unknown) => void) => {
        menuListeners.add(listener);
        return () => menuListeners.delete(listener);
      },
    };
    Object.defineProperty(window, 'plannerEvents', { value: Object.freeze(events), enumerable: true });
    Object.defineProperty(window, '__plannerPush', { value: (target: unknown) => listeners.forEach((listener) => listener(target)) });
    // A menu click as main sends it (electron/main/app-menu.ts); the test calls __plannerMenuPush.
    Object.defineProperty(window, '__plannerMenuPush', { value: (command: unknown) => menuListeners.forEach((listener) => listener(command)) });
  });
  for (const script of options.initScripts ?? []) await context.addInitScript(script);
  // A fixed "today" for scenarios written against calendar dates; timers still run.
  if (clockTime) await context.clock.install({ time: new Date(clockTime) });
  const page = await context.newPage();
  // Chromium's own PDF engine stands in for Electron's printToPDF: same print stylesheet, same layout.
  backend.setPrintSource(async (pageSize) => {
    await page.emulateMedia({ media: 'print' });
    try {
      return await page.pdf({ format: pageSize, printBackground: true, preferCSSPageSize: true });
    } finally {
      await page.emulateMedia({ media: null });
    }
  });
  await page.goto(`${TEST_ORIGIN}/${options.entry ?? 'index.html'}`);
  return {
    page,
    context,
    backend,
    requests,
    close: async () => {
      // Like closing the window in the app: push out the pending debounced save, then the store's queue.
      await page.evaluate(() => window.plannerFlushPendingSaves?.()).catch(() => undefined);
      await backend.store.flush();
      await backend.viewerCopies.removeAll();
      await context.close();
    },
  };
}

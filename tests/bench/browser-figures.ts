import type { Browser, Page } from '@playwright/test';
import { openChromiumApp, TEST_ORIGIN, type ChromiumApp } from '../e2e/support/chromium-app';
import { PAGE_TIMING_SCRIPT } from './page-timing';

interface PageTiming {
  ready: number | null;
  screen: number | null;
  screenPainted: number | null;
  interactions: { type: string; ms: number }[];
  eventTiming: { name: string; ms: number }[];
  until: number | null;
  later: number | null;
  lastEvent?: number;
}

export interface OpenedPage {
  app: ChromiumApp;
  page: Page;
  /** Time from navigation to the ready signal, and to the paint after the first screen is in the DOM. */
  readyMs: number;
  drawnMs: number;
}

/** Opens `root` (the planner's build or a baseline page) on the plan in `dataDir`, as the e2e tests do. */
export async function openMeasured(browser: Browser, dataDir: string, root: string, entry = 'index.html'): Promise<OpenedPage> {
  const app = await openChromiumApp(browser, dataDir, null, { rendererRoot: root, initScripts: [PAGE_TIMING_SCRIPT], entry, transport: 'worker' });
  const { page } = app;
  // A screen that takes long to draw on a busy machine is a figure to report, not a failure.
  page.setDefaultTimeout(180_000);
  await page.waitForFunction(() => {
    const bench = (window as unknown as { __bench: PageTiming }).__bench;
    return bench.ready !== null && bench.screenPainted !== null;
  }, undefined, { timeout: 180_000 });
  const timing = await readTiming(page);
  return { app, page, readyMs: timing.ready!, drawnMs: Math.max(timing.screenPainted!, timing.ready!) };
}

export function readTiming(page: Page): Promise<PageTiming> {
  return page.evaluate(() => {
    const bench = (window as unknown as { __bench: PageTiming }).__bench;
    return JSON.parse(JSON.stringify(bench)) as PageTiming;
  });
}

/** The JavaScript heap in use after a full garbage collection (Chromium's own count), in MB. */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usage.usedSize / 1024 / 1024;
}

/** Rows a person sees on the current screen (table rows and list items): what the bare page draws as many of. */
export function rowsOnScreen(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('tr, li, [role="row"]').length);
}

/**
 * JS and CSS files of the app's own origin that the page asked for before its ready signal: what it needs
 * to show the first screen. Files fetched after it (code loaded in an idle moment once the screen is shown)
 * are not part of the first load.
 */
export async function scriptsAndStylesBeforeReady(page: Page): Promise<string[]> {
  const paths = await page.evaluate((origin) => {
    const ready = (window as unknown as { __bench: PageTiming }).__bench.ready ?? Number.POSITIVE_INFINITY;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.startsWith(origin) && entry.startTime <= ready)
      .map((entry) => new URL(entry.name).pathname);
  }, TEST_ORIGIN);
  return [...new Set(paths.filter((path) => /\.(js|css)$/.test(path)))];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function interactionCount(page: Page): Promise<number> {
  return (await readTiming(page)).interactions.length;
}

/** Durations (event to the paint after it) of the events `act` caused, of the given type. */
async function measureActs(page: Page, type: 'keydown' | 'click', times: number, act: (index: number) => Promise<void>, gapMs = 150): Promise<number[]> {
  const durations: number[] = [];
  for (let index = 0; index < times; index++) {
    const before = await interactionCount(page);
    await act(index);
    await page.waitForFunction((count) => (window as unknown as { __bench: PageTiming }).__bench.interactions.length > count, before);
    await pause(gapMs);
    const timing = await readTiming(page);
    durations.push(...timing.interactions.slice(before).filter((entry) => entry.type === type).map((entry) => entry.ms));
  }
  return durations;
}

/** Keystrokes in a focused field: a digit, then Backspace, so the value ends where it started. */
export async function measureKeystrokes(page: Page, selector: string, times = 8, gapMs = 150): Promise<number[]> {
  const field = page.locator(selector).first();
  await field.click();
  await page.keyboard.press('End');
  await pause(300);
  return measureActs(page, 'keydown', times, (index) => page.keyboard.press(index % 2 === 0 ? '7' : 'Backspace'), gapMs);
}

/**
 * From a keystroke in `field` to the paint after `watched`'s text changed: an edit's effect on the figures
 * it moves, including any pause the field waits for before saving. A digit, then Backspace, each timed.
 */
export async function measureEditShown(page: Page, field: string, watched: string, times = 2): Promise<number[]> {
  await page.locator(field).first().click();
  await page.keyboard.press('End');
  const durations: number[] = [];
  for (let index = 0; index < times; index++) {
    await page.evaluate((selector) => (window as unknown as { __bench: { armChange(s: string): void } }).__bench.armChange(selector), watched);
    await page.keyboard.press(index % 2 === 0 ? '7' : 'Backspace');
    await page.waitForFunction(() => (window as unknown as { __bench: PageTiming }).__bench.until !== null, undefined, { timeout: 120_000 });
    const timing = await readTiming(page);
    durations.push(timing.until! - timing.lastEvent!);
    await pause(500);
  }
  return durations;
}

export async function measureClicks(page: Page, times: number, target: (index: number) => Promise<void>): Promise<number[]> {
  return measureActs(page, 'click', times, target, 300);
}

/** From a click to the paint after `selector` is in the DOM (a screen that may load lazily). */
export async function measureOpen(page: Page, click: () => Promise<void>, selector: string): Promise<number> {
  return (await measureOpenInParts(page, click, selector, null)).open;
}

/** measureOpen, and the time until a part drawn after the screen (`later`) is on it too. */
export async function measureOpenInParts(page: Page, click: () => Promise<void>, selector: string, later: string | null): Promise<{ open: number; later: number | null }> {
  await page.evaluate(([wanted, part]) => (window as unknown as { __bench: { armUntil(s: string, later: string | null): void } }).__bench.armUntil(wanted!, part ?? null), [selector, later] as const);
  await click();
  await page.waitForFunction((part) => {
    const bench = (window as unknown as { __bench: PageTiming }).__bench;
    return bench.until !== null && (part === null || bench.later !== null);
  }, later, { timeout: 120_000 });
  const timing = await readTiming(page);
  return { open: timing.until! - timing.lastEvent!, later: timing.later === null ? null : timing.later - timing.lastEvent! };
}

/** The longest Event Timing entry the page reported (input to next paint, 16 ms and longer), for cross-checking. */
export async function longestEventTiming(page: Page): Promise<number> {
  const timing = await readTiming(page);
  return Math.max(0, ...timing.eventTiming.map((entry) => entry.ms));
}

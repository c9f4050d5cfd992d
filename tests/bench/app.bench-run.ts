import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, it } from 'vitest';
import { serializePlan } from '../../electron/services/storage/plan-file-adapter';
import { launchChromium } from '../e2e/support/chromium-app';
import { generateLargePlan, largePlanCounts } from '../fixtures/large-plan';
import {
  heapMb,
  longestEventTiming,
  measureClicks,
  measureEditShown,
  measureKeystrokes,
  measureOpen,
  measureOpenInParts,
  openMeasured,
  rowsOnScreen,
  scriptsAndStylesBeforeReady,
  type OpenedPage,
} from './browser-figures';
import { brotliOfFiles, buildPages, scriptsAndStyles, type BuiltPages } from './build';
import { figure, formatFigure, median, percentile, writeResults, type Figure } from './results';
import { measureLoads, measureSaves } from './storage-figures';

/**
 * `npm run bench` (issue 16): every figure is measured against a bare baseline in the same run, in
 * Debian's Chromium against the real main-process handlers (tests/e2e/support), on the generated large
 * plan (tests/fixtures/large-plan.ts). Prints one line per figure and writes bench-results.json.
 */
const READY_RUNS = 5;
const GROWTH_RUNS = 3;
let work: string;
let browser: Browser;
let pages: BuiltPages;
const rows: Figure[] = [];
// Written after every figure, so a run cut short (a screen that never draws) still leaves what it measured.
const log = (row: Figure) => {
  rows.push(row);
  console.log(formatFigure(row));
  void writeResults(resolve('bench-results.json'), rows);
};
const benchStart = performance.now();
const phase = (name: string) => console.log(`  [${((performance.now() - benchStart) / 1000).toFixed(0)} s] ${name}`);

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'planner-bench-'));
  pages = await buildPages(resolve('out/bench'));
  phase('built');
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

async function planFolder(scale: number): Promise<string> {
  const dir = join(work, `plan-${scale}`);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'plan.json'), serializePlan(generateLargePlan(scale)));
  return dir;
}

const rowsEntry = (count: number, mode: 'ready' | 'open' = 'ready') => `index.html?rows=${count}&mode=${mode}`;

async function closeAll(...opened: OpenedPage[]) {
  for (const one of opened) await one.app.close();
}

/** Ready and drawn times of the app and of the bare page with as many rows, interleaved run by run. */
async function readyFigures(dir: string, runs: number, label: string): Promise<{ app: OpenedPage; bare: OpenedPage; rowCount: number }> {
  const first = await openMeasured(browser, dir, pages.app);
  const rowCount = await rowsOnScreen(first.page);
  await first.app.close();
  const appReady: number[] = [];
  const appDrawn: number[] = [];
  const bareReady: number[] = [];
  let lastApp: OpenedPage | null = null;
  let lastBare: OpenedPage | null = null;
  for (let run = 0; run < runs; run++) {
    if (lastApp) await closeAll(lastApp);
    if (lastBare) await closeAll(lastBare);
    lastBare = await openMeasured(browser, dir, pages.rows, rowsEntry(rowCount));
    bareReady.push(lastBare.drawnMs);
    lastApp = await openMeasured(browser, dir, pages.app);
    appReady.push(lastApp.readyMs);
    appDrawn.push(lastApp.drawnMs);
  }
  log(figure(`time to ready${label}, vs a bare React page with the same ${rowCount} rows`, median(appReady), median(bareReady), 'ms', 1.3));
  log(figure(`time until the first screen is drawn${label}, vs the same bare page`, median(appDrawn), median(bareReady), 'ms', 1.3));
  return { app: lastApp!, bare: lastBare!, rowCount };
}

const slowest = (values: readonly number[]) => Math.max(...values);
// Note 0003: on a shared machine the fastest repeat is the one least disturbed by other work; printed next to the slowest the issue asks for.
const fastest = (values: readonly number[]) => Math.min(...values);

/** The bare page with `count` rows: slowest keystroke, tick and open, for the interaction baselines. */
async function bareInteractions(dir: string, count: number): Promise<{ keystroke: number; tick: number; open: number; fastestKeystroke: number; fastestTick: number }> {
  const bare = await openMeasured(browser, dir, pages.rows, rowsEntry(count, 'open'));
  const open = await measureOpen(bare.page, () => bare.page.click('[data-bench="open"]'), '[data-bench-rows]');
  const keystrokes = await measureKeystrokes(bare.page, '[name="bench-input"]');
  const ticks = await measureClicks(bare.page, 10, (index) => bare.page.locator('[data-bench="tick"]').nth(index % Math.max(1, count)).click());
  const [keystroke, tick, fastestKeystroke, fastestTick] = [slowest(keystrokes), slowest(ticks), fastest(keystrokes), fastest(ticks)];
  await bare.app.close();
  return { keystroke, tick, open, fastestKeystroke, fastestTick };
}

it('prints every figure and writes bench-results.json', async () => {
  const started = performance.now();
  const counts = largePlanCounts(1);
  const dir = await planFolder(1);
  console.log(
    `\nPlan: ${counts.offers} offers, ${counts.checklists} checklists of ${counts.itemsPerChecklist} items, ${counts.studyLogEntries} study-log entries over 2 goals ` +
      `(${(serializePlan(generateLargePlan(1)).length / 1e6).toFixed(2)} MB as saved; ${(JSON.stringify(generateLargePlan(1), null, 2).length / 1e6).toFixed(2)} MB indented)\n`,
  );

  phase('// Ready, drawn and heap');
  // Ready, drawn and heap on the first screen, and the first-load bundle (what the page asked for until ready).
  const { app, bare, rowCount } = await readyFigures(dir, READY_RUNS, '');
  const appFiles = (await scriptsAndStylesBeforeReady(app.page)).map((path) => join(pages.app, path));
  const counterFiles = await scriptsAndStyles(pages.counter);
  log(figure('first-load JS+CSS, brotli, vs a bare React 19 counter built with the same vite', (await brotliOfFiles(appFiles)) / 1024, (await brotliOfFiles(counterFiles)) / 1024, 'KB', 1.5));
  await new Promise((r) => setTimeout(r, 1_000));
  log(figure(`JS heap on the overview, vs the bare page with ${rowCount} rows`, await heapMb(app.page), await heapMb(bare.page), 'MB', 1.5));
  await closeAll(app, bare);

  phase('// Interactions on the 1x plan');
  // Interactions on the 1x plan, each the slowest of its repeats, event to the paint after it.
  const opened = await openMeasured(browser, dir, pages.app);
  const page = opened.page;
  await page.click('[data-nav="offers"]');
  await page.waitForSelector('[data-testid="view-offers"]');
  const listRows = await rowsOnScreen(page);
  await page.locator('[name="edit-offer"]').first().click();
  await page.waitForSelector('[data-testid="offer-editor"]');
  const editorRows = await rowsOnScreen(page);
  const offerKeysAll = await measureKeystrokes(page, '[name="offer.base.amountMinor"]');
  const offerKeys = slowest(offerKeysAll);
  await page.click('[name="back-to-offers"]');
  await page.waitForSelector('[data-testid="offers-list"]');
  // Once: on a shared machine the comparison of 50 offers takes long enough that a second open mostly adds time.
  // The flip points follow in a render of their own (renderer/features/decision/use-decision.ts): timed too.
  const compareParts = await measureOpenInParts(page, () => page.click('[name="tab-compare"]'), '[data-testid="offers-comparison"]', '[data-testid="flip-card"]:not([aria-busy])');
  const compareOpen = [compareParts.open];
  const compareRows = await rowsOnScreen(page);
  // Each keystroke after the field's 300 ms pause has saved the rate, so the recomputation it starts is in the way of the next.
  const fxKeysAll = await measureKeystrokes(page, '[name="fx.USD.CNY"]', 4, 900);
  const fxKeys = slowest(fxKeysAll);
  const fxShown = slowest(await measureEditShown(page, '[name="fx.USD.CNY"]', '[data-testid="cmp-horizonTotal"]'));

  phase('// Tick a checklist item');
  await page.click('[data-nav="checklists"]');
  await page.waitForSelector('[data-testid="view-checklists"]');
  const checklistRows = await rowsOnScreen(page);
  const ticksAll = await measureClicks(page, 8, (index) => page.locator('[data-testid="item-done"]').nth(index + 1).click());
  const ticks = slowest(ticksAll);

  phase('// Add a study-log entry');
  await page.click('[data-nav="language"]');
  await page.waitForSelector('[data-testid="view-language"]');
  const languageRows = await rowsOnScreen(page);
  const addsAll = await measureClicks(page, 4, async (index) => {
    await page.fill('[name="log.minutes"]', String(30 + index));
    await page.fill('[name="log.newWords"]', String(index + 1));
    await page.getByTestId('log-submit').click();
  });
  const adds = slowest(addsAll);
  const eventTiming = await longestEventTiming(page);
  await opened.app.close();

  phase('// Bare baselines for the interactions');
  const editorBase = await bareInteractions(dir, editorRows);
  log(figure(`keystroke in an offer amount (offer editor, 50 offers), vs bare page keystroke, ${editorRows} rows`, offerKeys, editorBase.keystroke, 'ms', 50, 'measured'));
  log(figure(`  the same, fastest of ${offerKeysAll.length} (vs the bare page's fastest)`, fastest(offerKeysAll), editorBase.fastestKeystroke, 'ms'));
  const compareBase = await bareInteractions(dir, compareRows);
  log(figure(`keystroke in the comparison's exchange rate (50 offers), vs bare, ${compareRows} rows`, fxKeys, compareBase.keystroke, 'ms', 50, 'measured'));
  log(figure(`  the same, fastest of ${fxKeysAll.length}`, fastest(fxKeysAll), compareBase.fastestKeystroke, 'ms'));
  log(figure(`open the comparison (50 offers), vs opening a bare page of ${compareRows} rows`, slowest(compareOpen), compareBase.open, 'ms', 300, 'measured'));
  log(figure(`  the same, until the flip points are drawn too`, compareParts.later ?? 0, compareBase.open, 'ms'));
  log(figure(`exchange rate typed until the comparison's totals show it (incl. the field's 300 ms pause), vs a bare keystroke`, fxShown, compareBase.keystroke, 'ms'));
  const checklistBase = await bareInteractions(dir, checklistRows);
  log(figure(`tick a checklist item, vs a bare tick, ${checklistRows} rows`, ticks, checklistBase.tick, 'ms', 16, 'measured'));
  log(figure(`  the same, fastest of ${ticksAll.length}`, fastest(ticksAll), checklistBase.fastestTick, 'ms'));
  const languageBase = await bareInteractions(dir, languageRows);
  log(figure(`add a study-log entry, vs a bare click, ${languageRows} rows`, adds, languageBase.tick, 'ms', 50, 'measured'));
  log(figure(`  the same, fastest of ${addsAll.length}`, fastest(addsAll), languageBase.fastestTick, 'ms'));
  console.log(`  (longest Event Timing entry seen in the app: ${eventTiming} ms; offers list showed ${listRows} rows)`);

  phase('// Save and load in main');
  // Save and load in main, against bare file work on the same plan.
  const saves = await measureSaves(join(work, 'save'), dir, generateLargePlan(1));
  log(figure('save p95, vs bare stringify + write + fsync + rename', percentile(saves.save, 0.95), percentile(saves.bare, 0.95), 'ms', 1.3));
  const loads = await measureLoads(dir);
  log(figure('load (open the file, answer loadPlan) median, vs bare readFile + JSON.parse', median(loads.load), median(loads.bare), 'ms', 1.2));

  phase('// Growth:');
  // Growth: the same figures at a quarter and four times the plan; at 4x, 200 offers in the comparison.
  for (const scale of [0.25, 4]) {
    const scaled = await planFolder(scale);
    // Three runs, not two: the median of two is their mean, and one disturbed open (a 1.2 s start among 0.45 s
    // ones, seen once at 0.25x) moved the figure by half its size.
    const ready = await readyFigures(scaled, GROWTH_RUNS, ` at ${scale}x plan`);
    await closeAll(ready.app, ready.bare);
    if (scale === 4) await measureBigComparison(scaled);
  }
  await writeResults(resolve('bench-results.json'), rows);
  console.log(`\nWrote bench-results.json (${rows.length} figures) in ${((performance.now() - started) / 1000).toFixed(0)} s of measuring.\n`);
}, 1_800_000);

/** 200 offers (the 4x plan): the comparison must open; how long it takes is reported against the bare page. */
async function measureBigComparison(scaled: string): Promise<void> {
  try {
    const big = await openMeasured(browser, scaled, pages.app);
    await big.page.click('[data-nav="offers"]');
    await big.page.waitForSelector('[data-testid="view-offers"]');
    const open = await measureOpen(big.page, () => big.page.click('[name="tab-compare"]'), '[data-testid="offers-comparison"]');
    const bigRows = await rowsOnScreen(big.page);
    await big.page.click('[data-nav="language"]');
    await big.app.close();
    const bigBase = await bareInteractions(scaled, bigRows);
    log(figure(`open the comparison with 200 offers (did not crash), vs bare, ${bigRows} rows`, open, bigBase.open, 'ms'));
  } catch (error) {
    console.log(`open the comparison with 200 offers: not drawn (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
}

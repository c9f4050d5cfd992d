import type { Page } from '@playwright/test';
import { expect, test, waitForReady } from './support/fixtures';

/**
 * The first screen's code is in the entry chunk (scripts/vite/first-screen-chunk-plugin.ts, note 0032), and
 * the start texts of the language last shown are asked for alongside it, not after it has run
 * (scripts/vite/start-preload-plugin.ts and public/early-load.js, note 0024). Resource timing tells: a file
 * asked for before the entry chunk had even arrived was not asked for by it.
 */
interface Fetched {
  file: string;
  startTime: number;
  responseEnd: number;
}

async function fetchedFiles(page: Page): Promise<Fetched[]> {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => ({
      file: new URL(entry.name).pathname.split('/').pop() ?? '',
      startTime: entry.startTime,
      responseEnd: (entry as PerformanceResourceTiming).responseEnd,
    })),
  );
}

function one(files: readonly Fetched[], pattern: RegExp): Fetched {
  const found = files.filter((file) => pattern.test(file.file));
  expect(found, String(pattern)).toHaveLength(1);
  return found[0]!;
}

/** Records, on the page's clock, when the ready signal went up: files asked for later were not needed to draw. */
function recordReady(): void {
  new MutationObserver(() => {
    const record = window as unknown as { plannerReadyAt?: number };
    if (record.plannerReadyAt === undefined && document.body?.dataset.plannerReady) record.plannerReadyAt = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

const withoutHash = (file: string) => file.replace(/-[\w-]{8}(\.\w+)$/, '$1');

test('the overview comes in the entry chunk and the start texts with it, in the remembered language only', async ({ app }) => {
  test.skip(app.tier === 'electron', 'resource timing of the app:// protocol is not what this checks');
  const { page } = app;
  await page.addInitScript(recordReady);
  await page.reload();
  await waitForReady(page);
  let files = await fetchedFiles(page);
  let entry = one(files, /^index-.*\.js$/);
  await expect(page.getByTestId('view-overview')).toBeVisible();
  // Code and styles asked for before the overview was drawn: the entry chunk, the bundler's runtime, the
  // stylesheet and the start texts (early-load.js is a classic script of its own). Split by the bundler's
  // defaults it was 29 files, each a request on the way to the first paint.
  const readyAt = await page.evaluate(() => (window as unknown as { plannerReadyAt: number }).plannerReadyAt);
  const beforeReady = files.filter((file) => /\.(js|css)$/.test(file.file) && file.startTime <= readyAt);
  expect(beforeReady.map((file) => withoutHash(file.file)).sort()).toEqual(
    ['early-load.js', 'index.css', 'index.js', 'rolldown-runtime.js', 'start-messages.en.js'],
  );
  expect(one(files, /^start-messages\.en-.*\.js$/).startTime).toBeLessThan(entry.responseEnd);
  expect(files.filter((file) => file.file.startsWith('start-messages.zh-CN'))).toEqual([]);

  // The next start after Chinese was shown (renderer/i18n/guess-language.ts remembers it in localStorage).
  await page.evaluate(() => localStorage.setItem('planner.interfaceLanguage', 'zh-CN'));
  await page.reload();
  await waitForReady(page);
  files = await fetchedFiles(page);
  entry = one(files, /^index-.*\.js$/);
  expect(one(files, /^start-messages\.zh-CN-.*\.js$/).startTime).toBeLessThan(entry.responseEnd);
});

import type { Page } from '@playwright/test';
import { expect, test, waitForReady } from './support/fixtures';

/**
 * The first screen's chunk and the start texts of the language last shown are asked for alongside the entry
 * chunk, not after it has run (scripts/vite/start-preload-plugin.ts and public/early-load.js, note 0024).
 * Resource timing tells: a file asked for before the entry chunk had even arrived was not asked for by it.
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

test('the overview and the start texts download with the entry chunk, in the remembered language only', async ({ app }) => {
  test.skip(app.tier === 'electron', 'resource timing of the app:// protocol is not what this checks');
  const { page } = app;
  let files = await fetchedFiles(page);
  let entry = one(files, /^index-.*\.js$/);
  expect(one(files, /^overview-view-.*\.js$/).startTime).toBeLessThan(entry.responseEnd);
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

import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { serializePlan } from '../../electron/services/storage/plan-file-adapter';
import { launchChromium } from '../e2e/support/chromium-app';
import { generateLargePlan } from '../fixtures/large-plan';
import { measureOpen, openMeasured } from './browser-figures';

// Temporary: CPU profile of opening the comparison (not committed).
it('profiles', async () => {
  const work = await mkdtemp(join(tmpdir(), 'prof-'));
  const dir = join(work, 'p'); await mkdir(dir);
  await writeFile(join(dir, 'plan.json'), serializePlan(generateLargePlan(1)));
  const browser = await launchChromium();
  const opened = await openMeasured(browser, dir, process.env.PLANNER_RENDERER_OUT!);
  const page = opened.page;
  await page.click('[data-nav="offers"]');
  await page.waitForSelector('[data-testid="view-offers"]');
  await page.locator('[name="edit-offer"]').first().click();
  await page.waitForSelector('[data-testid="offer-editor"]');
  await page.waitForTimeout(3000);
  await page.click('[name="back-to-offers"]');
  await page.waitForSelector('[data-testid="offers-list"]');
  await page.waitForTimeout(Number(process.env.WAIT ?? 500));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const ms = await measureOpen(page, () => page.click('[name="tab-compare"]'), '[data-testid="offers-comparison"]');
  await page.waitForTimeout(300);
  const { profile } = await cdp.send('Profiler.stop');
  await writeFile('/tmp/prof/compare.cpuprofile', JSON.stringify(profile));
  console.log('open ms', ms);
  await opened.app.close(); await browser.close();
}, 300_000);

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { everyScreenPlan } from './support/a11y-plan';
import { expect, test, type AppDriver } from './support/fixtures';

// "Today" in the app: 2027-01-10 (the plan in support/a11y-plan.ts is written against it).
test.use({ clockTime: '2027-01-10T10:00:00' });
test.describe.configure({ mode: 'parallel' });

const WORKING = { en: 'Working…', 'zh-CN': '处理中…' } as const;

async function openComparison(app: AppDriver, lang: 'en' | 'zh-CN'): Promise<Page> {
  await writeFile(join(app.dataDir, 'plan.json'), JSON.stringify(everyScreenPlan(lang, 'light')));
  await app.restart();
  const { page } = app;
  await page.locator('[data-nav="offers"]').click();
  await page.locator('button[name="tab-compare"]').click();
  await expect(page.getByTestId('comparison-chart')).toBeVisible();
  return page;
}

for (const lang of ['en', 'zh-CN'] as const) {
  test(`Save as PDF and CSV stay busy until main answers, Print until the print dialog (${lang})`, async ({ app }) => {
    test.setTimeout(180_000);
    const page = await openComparison(app, lang);
    const print = page.locator('button[name="print-comparison"]');
    const pdf = page.locator('button[name="save-pdf"]');
    const csv = page.locator('button[name="export-csv"]');

    for (const [operation, button, other, extension] of [
      ['savePdf', pdf, csv, '.pdf'],
      ['exportCsv', csv, pdf, '.csv'],
    ] as const) {
      await expect(button).not.toHaveAttribute('aria-busy');
      const hold = app.holdNext(operation);
      await button.click();
      // Main has the request and has not answered: the button says it is working and takes no second press.
      await expect.poll(() => hold.isHeld()).toBe(true);
      await expect(button).toHaveAttribute('aria-busy', 'true');
      await expect(button).toBeDisabled();
      await expect(button).toContainText(WORKING[lang]);
      await expect(other, 'one export at a time').toBeDisabled();
      hold.release();
      await expect(page.getByTestId('export-outcome')).toContainText(extension, { timeout: 60_000 });
      await expect(button).not.toHaveAttribute('aria-busy');
      await expect(button).toBeEnabled();
      await expect(button).not.toContainText(WORKING[lang]);
      await expect(other).toBeEnabled();
    }

    // window.print() blocks the page while the system dialog is up: what matters is that the button was busy
    // at the moment it was called, and is not once it returns. The stand-in records the button's state then.
    await page.evaluate(() => {
      const target = window as unknown as { print(): void; __busyAtPrint?: string };
      target.print = () => {
        const button = document.querySelector('button[name="print-comparison"]');
        target.__busyAtPrint = `${button?.getAttribute('aria-busy')}/${button?.hasAttribute('disabled')}`;
      };
    });
    await print.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __busyAtPrint?: string }).__busyAtPrint ?? null)).toBe('true/true');
    await expect(print).not.toHaveAttribute('aria-busy');
    await expect(print).toBeEnabled();
  });
}

test('Save as PDF waits while a part of the comparison is still being worked out, then saves', async ({ app }) => {
  test.setTimeout(180_000);
  const page = await openComparison(app, 'en');
  const pdf = page.locator('button[name="save-pdf"]');
  // A part being worked out says so with aria-busy, as the flip points do after a change (flip-card.tsx); a
  // PDF printed meanwhile would carry the figures of the plan before the change.
  await page.evaluate(() => {
    const part = document.createElement('div');
    part.id = 'still-working';
    part.setAttribute('aria-busy', 'true');
    document.querySelector('[data-testid="offers-comparison"]')?.append(part);
  });
  const hold = app.holdNext('savePdf');
  await pdf.click();
  await expect(pdf).toHaveAttribute('aria-busy', 'true');
  // A negative check: a second of frames, and main has still not been asked.
  await page.waitForTimeout(1_000);
  expect(hold.isHeld(), 'main asked for the PDF while the page was still busy').toBe(false);
  await page.evaluate(() => document.getElementById('still-working')?.remove());
  await expect.poll(() => hold.isHeld()).toBe(true);
  hold.release();
  await expect(page.getByTestId('export-outcome')).toContainText('.pdf', { timeout: 60_000 });
  await expect(pdf).not.toHaveAttribute('aria-busy');
});

test('Ctrl+P waits like the Print button while a part of the page is still being worked out', async ({ app }) => {
  test.setTimeout(180_000);
  const page = await openComparison(app, 'en');
  await page.evaluate(() => {
    const target = window as unknown as { print(): void; __printed?: number };
    target.__printed = 0;
    target.print = () => void (target.__printed = (target.__printed ?? 0) + 1);
    const part = document.createElement('div');
    part.id = 'still-working';
    part.setAttribute('aria-busy', 'true');
    document.querySelector('[data-testid="offers-comparison"]')?.append(part);
  });
  const printed = () => page.evaluate(() => (window as unknown as { __printed?: number }).__printed ?? 0);
  await page.keyboard.press('ControlOrMeta+p');
  // A negative check: a second of frames, and the print dialog has still not been asked for.
  await page.waitForTimeout(1_000);
  expect(await printed(), 'printed while the page was still busy').toBe(0);
  await page.evaluate(() => document.getElementById('still-working')?.remove());
  await expect.poll(printed).toBe(1);
});

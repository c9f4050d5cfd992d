import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { everyScreenPlan } from './support/a11y-plan';
import { expect, test } from './support/fixtures';
import { pdfPageSizes, pdfTextRaw, pdfToPngs, pdfWords } from './support/pdf';

// "Today" in the app: 2027-01-10 (the plan in support/a11y-plan.ts is written against it).
test.use({ clockTime: '2027-01-10T10:00:00' });
test.describe.configure({ mode: 'parallel' });

const SHOTS = process.env.PLANNER_SHOTS_DIR ?? 'tests/e2e/artifacts';
const PAPER = { A4: { width: 595.3, height: 841.9 }, Letter: { width: 612, height: 792 } } as const;

/**
 * The widths, in CSS px under the print stylesheet, of the comparison's figures (one word each): what they
 * should measure on paper at 100 % (1 px = 0.75 pt). Chromium shrinks a page whose content is wider than the
 * paper (to about 77 % with the old side-by-side charts), and every figure then comes out narrower than this.
 */
async function printedFigureWidths(page: Page): Promise<Map<string, number>> {
  await page.emulateMedia({ media: 'print' });
  try {
    const widths = await page.locator('[data-testid="comparison-table"] td.num').evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const text = cell.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE || !/^\S+$/.test(text.textContent ?? '')) return [];
        const range = document.createRange();
        range.selectNodeContents(text);
        return [[text.textContent!, range.getBoundingClientRect().width] as const];
      }),
    );
    return new Map(widths);
  } finally {
    await page.emulateMedia({ media: null });
  }
}

/** Headings and captions the printout must carry whole (whitespace dropped: pdftotext breaks CJK lines anywhere). */
async function printedHeadings(page: Page): Promise<string[]> {
  const texts = await page.locator('.offers-view h1, [data-testid="offers-comparison"] .card h2:not(.sr-only), .decision-charts figcaption').allInnerTexts();
  return texts.map((text) => text.trim()).filter(Boolean);
}

const squash = (text: string) => text.replace(/\s+/g, '');

for (const lang of ['en', 'zh-CN'] as const) {
  test(`the comparison prints at 100 % on A4 and on Letter, its charts the page's width (${lang})`, async ({ app }) => {
    test.setTimeout(240_000);
    await writeFile(join(app.dataDir, 'plan.json'), JSON.stringify(everyScreenPlan(lang, 'light')));
    await app.restart();
    const { page } = app;
    await page.locator('[data-nav="offers"]').click();
    await page.locator('button[name="tab-compare"]').click();
    // Six years: the widest tables the comparison makes.
    await page.selectOption('[name="comparison.horizonYears"]', '6');
    await expect(page.getByTestId('comparison-chart').locator('svg .recharts-bar-rectangle').first()).toBeVisible();
    // The flip points are worked out after the paint: print the six years' answer, not the default horizon's.
    await expect(page.getByTestId('flip-card')).toBeVisible();
    await expect(page.getByTestId('flip-card')).not.toHaveAttribute('aria-busy', 'true');
    const widths = await printedFigureWidths(page);
    expect(widths.size, 'figures measured in the table').toBeGreaterThan(3);
    const headings = await printedHeadings(page);
    expect(headings.length).toBeGreaterThan(4);

    // The plan has no home country: the paper is A4 until the person chooses (shared/print/paper-size.ts).
    await expect(page.locator('select[name="comparison.paper"]')).toHaveValue('A4');
    await page.locator('button[name="save-pdf"]').click();
    await expect(page.getByTestId('export-outcome')).toContainText('.pdf', { timeout: 60_000 });
    const saved = (await app.exportedFiles()).find((file) => file.endsWith('.pdf'))!;
    const a4 = `${saved}.a4.pdf`;
    await copyFile(saved, a4);
    // Then Letter, chosen beside the buttons: saved under the same suggested name, over the A4 one.
    await page.locator('select[name="comparison.paper"]').selectOption('Letter');
    await page.locator('button[name="save-pdf"]').click();
    await expect.poll(async () => (await pdfPageSizes(saved))[0]?.width, { timeout: 60_000 }).toBe(PAPER.Letter.width);
    const letter = saved;

    for (const [paper, pdf] of [['A4', a4], ['Letter', letter]] as const) {
      // Pictures first, so a failure below can be looked at.
      await mkdir(SHOTS, { recursive: true });
      await pdfToPngs(pdf, join(SHOTS, `comparison-print-${lang}-${paper}`));
      await copyFile(pdf, join(SHOTS, `comparison-print-${lang}-${paper}.pdf`));
      const sizes = await pdfPageSizes(pdf);
      expect(sizes.length, `${paper}: pages`).toBeGreaterThan(0);
      for (const size of sizes) {
        expect(Math.abs(size.width - PAPER[paper].width), `${paper}: page width ${size.width}`).toBeLessThan(2);
        expect(Math.abs(size.height - PAPER[paper].height), `${paper}: page height ${size.height}`).toBeLessThan(2);
      }
      const words = await pdfWords(pdf);
      // Nothing runs off the paper.
      const outside = words.filter((word) => word.xMin < 0 || word.xMax > PAPER[paper].width + 0.5).map((word) => word.text);
      expect(outside, `${paper}: words past the page's edge`).toEqual([]);
      // At 100 %: each figure is as wide on paper as the print stylesheet lays it out (±4 %); shrunk to fit, it
      // would be a quarter narrower.
      let compared = 0;
      for (const [figure, px] of widths) {
        const word = words.find((candidate) => candidate.text === figure);
        if (!word) continue;
        compared++;
        expect((word.xMax - word.xMin) / (px * 0.75), `${paper}: printed width of ${figure}`).toBeGreaterThan(0.96);
        expect((word.xMax - word.xMin) / (px * 0.75), `${paper}: printed width of ${figure}`).toBeLessThan(1.04);
      }
      expect(compared, `${paper}: figures found in the PDF`).toBeGreaterThan(3);
      // Every heading and chart caption is there, whole.
      const text = squash(await pdfTextRaw(pdf));
      for (const heading of headings) expect(text, `${paper}: holds "${heading}"`).toContain(squash(heading));
    }
  });
}

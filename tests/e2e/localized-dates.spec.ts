import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { PlanDocument } from '../../shared/plan/plan-schema';
import { dashboardPlan } from './support/dashboard-plan';
import { expect, test, type AppDriver } from './support/fixtures';
import { pdfTextRaw, pdfToPngs } from './support/pdf';

// "Today" in the app: Sunday 2027-01-10.
test.use({ clockTime: '2027-01-10T10:00:00' });

const SHOTS = process.env.PLANNER_SHOTS_DIR ?? 'tests/e2e/artifacts';
/** A calendar date written as ISO (2027-01-11), which should only ever be in storage, CSV and ICS. */
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

/** The dashboard plan plus a study log, stays in China and an exchange-rate date, in the given language. */
export function everyDatePlan(language: 'en' | 'zh-CN'): PlanDocument {
  const plan = dashboardPlan(language);
  plan.language.studyLog = [
    { id: 'log-1', goalId: 'goal-hsk4', date: '2027-01-04', minutes: 45, newWords: 12, note: 'Radicals' },
    { id: 'log-2', goalId: 'goal-hsk4', date: '2027-01-06', minutes: 30, newWords: 8, note: '' },
  ];
  plan.residency = {
    stays: [
      { id: 'stay-1', entry: '2026-03-02', exit: '2026-06-30', isPlanned: false, note: 'Project' },
      { id: 'stay-2', entry: '2027-03-10', exit: null, isPlanned: true, note: '' },
    ],
    isUsedForTax: false,
  };
  plan.comparison.fx.asOf = '2026-12-28';
  // As an older plan stored it: the language's English name, not its code.
  plan.language.goals[0]!.language = 'Chinese (Mandarin)';
  return plan;
}

async function openWith(app: AppDriver, plan: PlanDocument) {
  await writeFile(join(app.dataDir, 'plan.json'), `${JSON.stringify(plan, null, 2)}\n`);
  await app.restart();
}

async function savedPlan(app: AppDriver): Promise<PlanDocument> {
  return JSON.parse(await readFile(join(app.dataDir, 'plan.json'), 'utf8'));
}

/** Visible text of the main area (inputs' values are not text, so a date typed as ISO does not count). */
async function isoDatesShown(page: Page): Promise<string[]> {
  const text = await page.locator('main').innerText();
  return [...text.matchAll(ISO_DATE)].map((match) => {
    const at = match.index ?? 0;
    return text.slice(Math.max(0, at - 40), at + 20).replace(/\s+/g, ' ');
  });
}

/**
 * One date per screen, written by hand from the plan above: en "MMM d, y", zh "y年M月d日".
 * Overview: the move on 2027-03-05. Timeline: the work-permit application due 2027-02-10 - 30 days = 2027-01-11.
 * Offers: Shanghai Tech decides 2027-01-20. Visa & documents: "Book the movers" fixed on 2027-01-05.
 * Days in China: the stay from 2026-03-02. Language: the log entry of 2027-01-04 and the goal date 2027-06-26.
 * Settings: the backup taken when the app opened.
 */
const SCREENS: { nav: string; view: string; shows: Record<'en' | 'zh-CN', (string | RegExp)[]> }[] = [
  { nav: 'overview', view: 'view-overview', shows: { en: ['Mar 5, 2027'], 'zh-CN': ['2027年3月5日'] } },
  { nav: 'timeline', view: 'view-timeline', shows: { en: ['Jan 11, 2027'], 'zh-CN': ['2027年1月11日'] } },
  { nav: 'offers', view: 'view-offers', shows: { en: ['Jan 20, 2027'], 'zh-CN': ['2027年1月20日'] } },
  { nav: 'checklists', view: 'view-checklists', shows: { en: ['Jan 5, 2027'], 'zh-CN': ['2027年1月5日'] } },
  // Sources carry their Chinese title in Chinese.
  { nav: 'residency', view: 'residency-view', shows: { en: ['Mar 2, 2026', 'Individual Income Tax Law of the PRC'], 'zh-CN': ['2026年3月2日', '《中华人民共和国个人所得税法》第一条'] } },
  // The goal's language follows the interface language, though the plan stored its English name.
  { nav: 'language', view: 'view-language', shows: { en: ['Jan 4, 2027', 'Jun 26, 2027', 'Chinese (Mandarin)'], 'zh-CN': ['2027年1月4日', '2027年6月26日', '中文（普通话）'] } },
  // The backup list's moments come from the test machine's real clock, so only their form is known.
  { nav: 'settings', view: 'view-settings', shows: { en: [/[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M/], 'zh-CN': [/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/] } },
];

for (const language of ['en', 'zh-CN'] as const) {
  test(`every screen writes its dates in ${language}, and none shows an ISO date`, async ({ app }) => {
    await openWith(app, everyDatePlan(language));
    const { page } = app;
    for (const screen of SCREENS) {
      await page.click(`[data-nav="${screen.nav}"]`);
      const view = page.getByTestId(screen.view);
      await expect(view).toBeVisible();
      for (const text of screen.shows[language]) await expect(view).toContainText(text);
      await expect.poll(() => isoDatesShown(page), `ISO dates on ${screen.nav}`).toEqual([]);
      // Our own working notes are never shown as a source.
      await expect(view).not.toContainText('Project reference facts');
      await page.screenshot({ path: `${SHOTS}/dates-${screen.nav}-${language}.png`, fullPage: true });
    }
  });
}

test('a date field takes the calendar, ISO and each language’s own form, and keeps its message at the field', async ({ app }) => {
  await openWith(app, everyDatePlan('en'));
  const { page } = app;
  const moveDate = page.locator('[name="move.targetMoveDate"]');
  await expect(moveDate).toHaveValue('Mar 5, 2027');
  await expect(moveDate).toHaveAttribute('placeholder', 'e.g. 2027-03-10');
  // The calendar: its own input takes an ISO date; the field then reads in English and the plan stores ISO.
  await page.locator('[name="move.targetMoveDate.picker"]').fill('2027-04-01');
  await expect(moveDate).toHaveValue('Apr 1, 2027');
  await expect.poll(async () => (await savedPlan(app)).move.targetMoveDate).toBe('2027-04-01');
  // Typed in the English form, then in the Chinese one: both are stored as ISO and shown in English on leaving.
  const startDate = page.locator('[name="move.targetStartDate"]');
  await startDate.fill('Apr 15, 2027');
  await expect.poll(async () => (await savedPlan(app)).move.targetStartDate).toBe('2027-04-15');
  await startDate.fill('2027年4月16日');
  await expect.poll(async () => (await savedPlan(app)).move.targetStartDate).toBe('2027-04-16');
  await startDate.blur();
  await expect(startDate).toHaveValue('Apr 16, 2027');
  // An impossible day keeps the field's existing message and is not saved (2027 is not a leap year).
  await startDate.fill('Feb 29, 2027');
  await expect(page.locator('[data-field-error="move.targetStartDate"]')).toContainText('Enter a real date as YYYY-MM-DD.');
  await expect.poll(async () => (await savedPlan(app)).move.targetStartDate).toBe('2027-04-16');
  // The study log's date (a form field) takes the calendar too.
  await page.click('[data-nav="language"]');
  await page.locator('[name="log.date.picker"]').fill('2027-01-08');
  await expect(page.locator('[name="log.date"]')).toHaveValue('Jan 8, 2027');
  await page.fill('[name="log.minutes"]', '20');
  await page.fill('[name="log.newWords"]', '5');
  await page.getByTestId('log-submit').click();
  await expect(page.locator('[data-testid="log-row"][data-date="2027-01-08"]')).toContainText('Jan 8, 2027');
});

test('a printed checklist writes its dates in Chinese and in English (pdftotext)', async ({ app }) => {
  test.setTimeout(240_000);
  await openWith(app, everyDatePlan('zh-CN'));
  const { page } = app;
  await page.click('[data-nav="checklists"]');
  await page.getByTestId('save-pdf').click();
  await expect(page.getByTestId('pdf-status')).toContainText('.pdf', { timeout: 90_000 });
  const chinesePdf = (await app.exportedFiles()).at(-1)!;
  const chinese = await pdfTextRaw(chinesePdf);
  await pdfToPngs(chinesePdf, `${SHOTS}/dates-checklist-pdf-zh`);
  // Printed on today (2027-01-10); "Book the movers" due 2027-01-05; entry 2027-03-10.
  expect(chinese).toContain('2027年1月10日');
  expect(chinese).toContain('2027年1月5日');
  expect(chinese).toContain('2027年3月10日');
  expect(chinese.match(ISO_DATE) ?? []).toEqual([]);
  await page.click('[data-nav="settings"]');
  await page.locator('select[name="profile.interfaceLanguage"]').selectOption('en');
  await page.click('[data-nav="checklists"]');
  await page.getByTestId('save-pdf').click();
  await expect(page.getByTestId('pdf-status')).toContainText('Saved to', { timeout: 90_000 });
  const englishPdf = (await app.exportedFiles()).at(-1)!;
  const english = await pdfTextRaw(englishPdf);
  await pdfToPngs(englishPdf, `${SHOTS}/dates-checklist-pdf-en`);
  expect(english).toContain('Jan 10, 2027');
  expect(english).toContain('Jan 5, 2027');
  expect(english).toContain('Mar 10, 2027');
  expect(english.match(ISO_DATE) ?? []).toEqual([]);
});

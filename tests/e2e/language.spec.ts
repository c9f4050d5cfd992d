import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { pdfPageCount, pdfText, pdfToPngs } from './support/pdf';

// Monday 2027-01-11: the scenario's first week (2027-01-04..2027-01-10) is in the past.
test.use({ clockTime: '2027-01-11T10:00:00' });

const field = (name: string) => `[name="${name}"]`;
const fieldError = (name: string) => `[data-field-error="${name}"]`;

async function readPlan(dataDir: string) {
  return JSON.parse(await readFile(join(dataDir, 'plan.json'), 'utf8'));
}

/** The language part as written to disk; empty until the first save creates the file. */
async function savedLanguage(dataDir: string): Promise<{ goals: unknown[]; studyLog: unknown[] }> {
  return readPlan(dataDir).then((plan) => plan.language, () => ({ goals: [], studyLog: [] }));
}

/** Whole days between two ISO dates, by UTC midnights: written here so the test does not reuse shared/ code. */
function dayDiff(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}
function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

async function openLanguage(page: Page) {
  await page.click('[data-nav="language"]');
  await expect(page.getByTestId('view-language')).toBeVisible();
}

async function fillHsk4Goal(page: Page) {
  await page.getByTestId('add-goal').click();
  await page.selectOption(field('goal.framework'), 'hsk3');
  await page.selectOption(field('goal.standard'), 'hsk3-gf0025-2021');
  await page.selectOption(field('goal.targetLevel'), '4');
  await page.fill(field('goal.targetDate'), '2027-06-26');
  await page.selectOption(field('goal.currentLevel'), '3');
  await page.fill(field('goal.knownWordsNow'), '1500');
  await page.fill(field('goal.knownWordsAsOf'), '2027-01-04');
  await page.fill(field('goal.hoursPerWeek'), '6');
  await page.selectOption(field('goal.restDaysPerWeek'), '1');
  await page.fill(field('goal.why'), 'HSK 4 for the manager track');
}

async function logStudy(page: Page, date: string, minutes: number, words: number, note = '') {
  await page.fill(field('log.date'), date);
  await page.fill(field('log.minutes'), String(minutes));
  await page.fill(field('log.newWords'), String(words));
  if (note) await page.fill(field('log.note'), note);
  await page.getByTestId('log-submit').click();
  await expect(page.locator(`[data-testid="log-row"][data-date="${date}"]`)).toBeVisible();
}

test('HSK 3.0 level 4 by 2027-06-26: a week of study, the quota, the projection, the printed plan, a restart', async ({ app }) => {
  const { page } = app;
  await openLanguage(page);
  await expect(page.getByTestId('empty-language')).toContainText('No language goals yet');

  await fillHsk4Goal(page);
  await expect(page.getByTestId('target-words-built-in')).toContainText('3,245 words');
  await expect(page.getByTestId('target-words-built-in')).toContainText('GF 0025-2021');
  // The contested syllabus standard is flagged wherever it is offered.
  await expect(page.getByTestId('built-in-targets')).toContainText('Verify with the official source');
  await page.fill(field('goal.registrationDeadline'), '2027-05-20');
  await page.fill(field('goal.resultsDate'), '2027-07-26');
  await page.getByTestId('goal-save').click();
  await expect.poll(async () => (await savedLanguage(app.dataDir)).goals.length).toBe(1);
  await expect(page.getByTestId('goal-target-words')).toHaveText('3,245');
  await expect(page.getByTestId('goal-standard')).toContainText('HSK 3.0 national standard GF 0025-2021');

  // Six study days (Monday to Saturday), Sunday 2027-01-10 left as the planned rest day.
  const week = ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08', '2027-01-09'];
  for (const date of week) await logStudy(page, date, 40, 12, date === '2027-01-04' ? 'First lesson' : '');
  await expect.poll(async () => (await savedLanguage(app.dataDir)).studyLog.length).toBe(6);
  await expect(page.getByTestId('log-row')).toHaveCount(6);

  // The expectation, worked out from the scenario alone:
  //   known words today   = 1,500 + 6 x 12 logged         = 1,572; still needed 3,245 - 1,572 = 1,673
  //   days left           = 2027-01-11 .. 2027-06-26       = 166 (the exam day itself is not a study day)
  //   weekly quota        = ceil(1,673 x 7 / 166) = ceil(70.5) = 71 words
  //   pace (last 7 days, 2027-01-04..01-10, today not logged yet) = 72 words / 7 days
  //   days to finish      = ceil(1,673 / (72 / 7)) = ceil(162.65) = 163, counted from 2027-01-10 -> 2027-06-22
  //   spare days          = 2027-06-22 .. 2027-06-25 (last study day) = 3 -> on track (under 7 days is not "ahead")
  //   minutes per word    = 240 / 72; hours per week = 70.5 x (240 / 72) / 60 = 3.9
  const target = 3245;
  const known = 1500 + week.length * 12;
  const needed = target - known;
  const daysLeft = dayDiff('2027-01-11', '2027-06-26');
  expect(daysLeft).toBe(166);
  const quota = Math.ceil((needed * 7) / daysLeft);
  const daysToFinish = Math.ceil((needed * 7) / (week.length * 12));
  const projected = plusDays('2027-01-10', daysToFinish);
  const spare = dayDiff(projected, '2027-06-26') - 1;
  // The screen and the PDF show it in the person's language: 2027-06-22 reads "Jun 22, 2027".
  const projectedShown = 'Jun 22, 2027';
  const hours = ((needed * 7) / daysLeft) * ((week.length * 40) / (week.length * 12)) / 60;
  expect([quota, projected, spare, hours.toFixed(1)]).toEqual([71, '2027-06-22', 3, '3.9']);

  await expect(page.getByTestId('pacing-weekly-quota')).toHaveText(String(quota));
  await expect(page.getByTestId('pacing-projected-date')).toHaveText(projectedShown);
  await expect(page.getByTestId('pacing-hours-needed')).toHaveText(hours.toFixed(1));
  await expect(page.getByTestId('pacing-words-needed')).toHaveText(needed.toLocaleString('en'));
  await expect(page.getByTestId('pacing-known-words')).toHaveText(known.toLocaleString('en'));
  await expect(page.getByTestId('pacing-status')).toHaveAttribute('data-status', 'on-track');
  await expect(page.getByTestId('pacing-status')).toContainText(`On track · ${spare} days to spare`);
  // Sunday was the one planned rest day of the week, so the streak runs on; today is not over yet.
  await expect(page.getByTestId('streak-current')).toHaveText('6');
  await expect(page.getByTestId('streak-longest')).toHaveText('6');
  await expect(page.locator('[data-testid="heatmap"] [data-date="2027-01-05"]')).toHaveAttribute('data-minutes', '40');
  await expect(page.locator('[data-testid="heatmap"] [data-date="2027-01-10"]')).toHaveAttribute('data-kind', 'rest');
  // HSK: free date changes up to 27 days before the exam.
  await expect(page.locator('[data-testid="milestones"] [data-kind="date-change-cutoff"]')).toContainText('May 30, 2027') /* 2027-06-26 - 27 days */;
  await expect(page.locator('[data-testid="milestones"] [data-kind="exam"]')).toContainText('Jun 26, 2027');
  await expect(page.locator('[data-testid="milestones"] [data-kind="registration-deadline"]')).toContainText('May 20, 2027');
  await expect(page.locator('[data-testid="milestones"] [data-kind="results"]')).toContainText('Jul 26, 2027');
  // The charts are redrawn only near the window (the log's entries were added with them out of view).
  await page.getByTestId('chart-minutes').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('chart-minutes').locator('.recharts-bar-rectangle')).not.toHaveCount(0);
  await page.screenshot({ path: 'tests/e2e/artifacts/language-goal.png', fullPage: true });

  await page.getByTestId('save-pdf').click();
  await expect(page.getByTestId('pdf-message')).toContainText('Study plan saved as');
  const files = await app.exportedFiles();
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/\.pdf$/);
  expect(await pdfPageCount(files[0]!)).toBe(1);
  const text = await pdfText(files[0]!);
  await pdfToPngs(files[0]!, 'tests/e2e/artifacts/language-plan');
  expect(text).toContain('Study plan: HSK 4 · Chinese (Mandarin)');
  // Table cells may wrap on paper; phrases are checked with the whitespace folded.
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain(`On track: ${spare} days to spare`);
  expect(text).toContain('HSK 4 for the manager track');
  expect(text).toMatch(/Words per week needed\s+71/);
  expect(text).toMatch(/Projected date at current pace\s+Jun 22, 2027/);
  expect(text).toMatch(/Hours per week needed\s+3\.9/);
  expect(text).toContain('3,245');
  expect(text).toContain('May 30, 2027');
  expect(flat).toContain('Last day to change the exam date free of charge');
  expect(text).toContain('Week of');
  expect(text).not.toContain('Add to log');
  expect(text).not.toContain('Relocation Planner');

  const onDisk = await readPlan(app.dataDir);
  expect(onDisk.language.goals).toHaveLength(1);
  expect(onDisk.language.goals[0]).toMatchObject({ framework: 'hsk3', standard: 'hsk3-gf0025-2021', targetLevel: '4', targetDate: '2027-06-26', knownWordsNow: 1500, knownWordsAsOf: '2027-01-04', targetWords: null });
  expect(onDisk.language.studyLog).toHaveLength(6);

  await app.restart();
  const again = app.page;
  await openLanguage(again);
  await expect(again.getByTestId('log-row')).toHaveCount(6);
  await expect(again.getByTestId('log-row').filter({ hasText: 'First lesson' })).toHaveCount(1);
  await expect(again.getByTestId('pacing-weekly-quota')).toHaveText(String(quota));
  await expect(again.getByTestId('pacing-projected-date')).toHaveText(projectedShown);
  await expect(again.getByTestId('goal-summary')).toContainText('HSK 4 for the manager track');
  await expect(again.locator('[data-testid="milestones"] [data-kind="registration-deadline"]')).toContainText('May 20, 2027');
  await expect(again.getByTestId('streak-current')).toHaveText('6');
});

test('bad input is refused at the field and nothing invalid is saved', async ({ app }) => {
  const { page } = app;
  await openLanguage(page);
  await fillHsk4Goal(page);
  await page.fill(field('goal.targetDate'), '2026-12-31');
  await expect(page.locator(fieldError('goal.targetDate'))).toHaveText('The target date has already passed. Choose today or a later date.');
  await page.fill(field('goal.knownWordsNow'), '12000');
  await expect(page.locator(fieldError('goal.knownWordsNow'))).toContainText('The whole word list has 11,092 words. Enter 11,092 or fewer known words.');
  await page.fill(field('goal.hoursPerWeek'), '-2');
  await expect(page.locator(fieldError('goal.hoursPerWeek'))).toHaveText('Hours per week cannot be negative. Enter 0 or more.');
  await page.getByTestId('goal-save').click();
  await expect(page.getByTestId('goal-form-invalid')).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/artifacts/language-form-errors.png', fullPage: true });
  expect((await savedLanguage(app.dataDir)).goals).toEqual([]);

  await page.fill(field('goal.targetDate'), '2027-06-26');
  await page.fill(field('goal.knownWordsNow'), '1500');
  await page.fill(field('goal.hoursPerWeek'), '6');
  await expect(page.locator('[data-field-error]')).toHaveCount(0);
  await page.getByTestId('goal-save').click();
  await expect.poll(async () => (await savedLanguage(app.dataDir)).goals.length).toBe(1);

  await page.fill(field('log.date'), '2027-01-12');
  await expect(page.locator(fieldError('log.date'))).toHaveText('You cannot log study for a day that has not come yet. Choose today or an earlier date.');
  await page.fill(field('log.minutes'), '-5');
  await expect(page.locator(fieldError('log.minutes'))).toHaveText('Minutes cannot be negative. Enter 0 or more.');
  await page.fill(field('log.newWords'), '-1');
  await expect(page.locator(fieldError('log.newWords'))).toHaveText('Words cannot be negative. Enter 0 or more.');
  await page.getByTestId('log-submit').click();
  await expect(page.getByTestId('log-row')).toHaveCount(0);

  // Fixed, it goes in; then edit it (a bad value is refused there too) and delete it.
  await page.fill(field('log.date'), '2027-01-11');
  await page.fill(field('log.minutes'), '30');
  await page.fill(field('log.newWords'), '10');
  await page.getByTestId('log-submit').click();
  await expect(page.getByTestId('log-row')).toHaveCount(1);
  await page.getByTestId('log-row').getByRole('button', { name: 'Edit' }).click();
  await page.fill(field('log-edit.minutes'), '-30');
  await expect(page.locator(fieldError('log-edit.minutes'))).toBeVisible();
  await page.getByTestId('log-edit-submit').click();
  await expect(page.getByTestId('log-row-editing')).toBeVisible();
  await page.fill(field('log-edit.minutes'), '45');
  await page.getByTestId('log-edit-submit').click();
  await expect(page.getByTestId('log-row')).toContainText('45');
  await expect.poll(async () => (await savedLanguage(app.dataDir)).studyLog).toMatchObject([{ date: '2027-01-11', minutes: 45, newWords: 10 }]);
  await expect(page.getByTestId('streak-current')).toHaveText('1');

  await page.getByTestId('log-row').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('log-row')).toHaveCount(0);
  await expect.poll(async () => (await savedLanguage(app.dataDir)).studyLog).toEqual([]);
  expect((await savedLanguage(app.dataDir)).goals).toHaveLength(1);

  // A second goal in the same plan, already met by the words known: the plan says so instead of a quota.
  await page.getByTestId('add-goal').click();
  await page.selectOption(field('goal.targetLevel'), '1');
  await page.fill(field('goal.targetDate'), '2027-03-01');
  await page.fill(field('goal.knownWordsNow'), '800');
  await page.getByTestId('goal-save').click();
  await expect(page.getByRole('button', { name: 'HSK 1 · Mar 1, 2027' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('pacing-status')).toHaveAttribute('data-status', 'met');
  await expect(page.getByTestId('pacing-status')).toContainText('Target reached');
  await expect(page.getByTestId('pacing-weekly-quota')).toHaveText('0');
  await expect.poll(async () => (await savedLanguage(app.dataDir)).goals.length).toBe(2);
  await page.getByRole('button', { name: 'HSK 4 · Jun 26, 2027' }).click();
  await expect(page.getByTestId('pacing-status')).toHaveAttribute('data-status', 'no-pace');

  // The same screen in Chinese, to look at.
  await page.click('[data-nav="settings"]');
  await page.selectOption(field('profile.interfaceLanguage'), 'zh-CN');
  await openLanguage(page);
  await expect(page.getByTestId('pacing-panel')).toContainText('进度规划');
  await page.screenshot({ path: 'tests/e2e/artifacts/language-zh.png', fullPage: true });
});

test('a half-filled new goal survives a visit to another section; study before the count date gives a pace', async ({ app }) => {
  const { page } = app;
  await openLanguage(page);
  await fillHsk4Goal(page);
  await page.fill(field('goal.knownWordsAsOf'), '2027-01-10');
  await page.fill(field('goal.targetDate'), '2027-06-2');
  await page.click('[data-nav="overview"]');
  await expect(page.getByTestId('view-overview')).toBeVisible();
  await openLanguage(page);
  await expect(page.getByTestId('goal-form')).toBeVisible();
  await expect(page.locator(field('goal.why'))).toHaveValue('HSK 4 for the manager track');
  await expect(page.locator(field('goal.knownWordsNow'))).toHaveValue('1500');
  await expect(page.locator(field('goal.targetDate'))).toHaveValue('2027-06-2');
  await page.fill(field('goal.targetDate'), '2027-06-26');
  await page.getByTestId('goal-save').click();
  await expect(page.getByTestId('goal-form')).toHaveCount(0);

  // Three sessions logged before the day the words were counted: they show the pace (the words are
  // already in the count, so the estimate stays 1,500).
  await logStudy(page, '2027-01-04', 45, 20);
  await logStudy(page, '2027-01-05', 60, 25);
  await logStudy(page, '2027-01-06', 30, 10);
  await expect(page.getByTestId('pacing-status')).not.toHaveAttribute('data-status', 'no-pace');
  await expect(page.getByTestId('pacing-panel')).toContainText('1,500');
});

test('the weekly charts catch up with a new entry once they are in view, not while the person logs entries above them', async ({ app }) => {
  const { page } = app;
  // A short window, so the charts (below the log, the streaks and the calendar) are well out of view at the form.
  await page.setViewportSize({ width: 1280, height: 320 });
  await openLanguage(page);
  await fillHsk4Goal(page);
  await page.getByTestId('goal-save').click();
  await logStudy(page, '2027-01-04', 40, 12);

  const chart = page.getByTestId('chart-minutes');
  const chartMarkup = () => chart.locator('.recharts-bar').first().innerHTML();
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('.recharts-bar-rectangle')).not.toHaveCount(0);
  const withFirstEntry = await chartMarkup();

  // The log's card at the top of the window, as when a person types one entry after another.
  await page.getByTestId('study-log').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const chartTopPastView = await chart.evaluate((element) => element.getBoundingClientRect().top - window.innerHeight);
  expect(chartTopPastView, 'the chart is more than 300 px below the window').toBeGreaterThan(300);
  await logStudy(page, '2027-01-05', 90, 30);
  // Out of view it is not redrawn: an idle moment (at most 200 ms) has long passed and it shows the first entry only.
  await page.waitForTimeout(700);
  expect(await chartMarkup()).toBe(withFirstEntry);

  // Scrolled to, it shows the week's 130 minutes (40 + 90).
  await chart.scrollIntoViewIfNeeded();
  await expect.poll(chartMarkup).not.toBe(withFirstEntry);
});

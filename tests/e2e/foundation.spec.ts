import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { PAGE_OPERATION_NAMES } from '../../shared/contract/operations';
import { expect, test, waitForReady } from './support/fixtures';

const field = (name: string) => `[name="${name}"]`;
const fieldError = (name: string) => `[data-field-error="${name}"]`;

async function waitForSaved(page: Page) {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

test('first start shows an empty plan and honest empty sections', async ({ app }) => {
  const { page } = app;
  await expect(page.locator(field('profile.displayName'))).toHaveValue('');
  await expect(page.locator(field('profile.birthYear'))).toHaveValue('');
  await expect(page.locator(field('move.targetMoveDate'))).toHaveValue('');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'idle');
  for (const section of ['offers', 'checklists', 'language'] as const) {
    await page.click(`[data-nav="${section}"]`);
    await expect(page.getByTestId(`view-${section}`)).toBeVisible();
  }
});

test('profile and move survive a restart', async ({ app }, testInfo) => {
  const { page } = app;
  await page.fill(field('profile.displayName'), 'Lin Wei');
  await page.selectOption(field('profile.citizenship'), 'CA');
  await page.selectOption(field('profile.homeCountry'), 'CA');
  await page.fill(field('profile.homeCity'), 'Toronto');
  await page.selectOption(field('profile.homeCurrency'), 'CAD');
  await page.fill(field('profile.birthYear'), '1991');
  await page.selectOption(field('profile.highestDegree'), 'master');
  await page.fill(field('profile.yearsExperience'), '9');
  await page.selectOption(field('move.destinationCountry'), 'CN');
  await page.fill(field('move.destinationCity'), 'Shanghai');
  await page.fill(field('move.targetMoveDate'), '2027-02-20');
  await page.fill(field('move.targetStartDate'), '2027-03-01');
  await page.fill(field('move.notes'), 'Ask about the housing allowance.');
  await waitForSaved(page);
  await page.screenshot({ path: testInfo.outputPath(`profile-filled-${app.tier}.png`), fullPage: true });
  await page.screenshot({ path: `tests/e2e/artifacts/profile-filled-${app.tier}.png`, fullPage: true });

  const onDisk = JSON.parse(await readFile(join(app.dataDir, 'plan.json'), 'utf8'));
  expect(onDisk.profile).toMatchObject({ displayName: 'Lin Wei', birthYear: 1991, homeCurrency: 'CAD', highestDegree: 'master' });

  await app.restart();
  const again = app.page;
  await expect(again.locator(field('profile.displayName'))).toHaveValue('Lin Wei');
  await expect(again.locator(field('profile.citizenship'))).toHaveValue('CA');
  await expect(again.locator(field('profile.homeCurrency'))).toHaveValue('CAD');
  await expect(again.locator(field('profile.birthYear'))).toHaveValue('1991');
  await expect(again.locator(field('profile.yearsExperience'))).toHaveValue('9');
  await expect(again.locator(field('move.destinationCountry'))).toHaveValue('CN');
  await expect(again.locator(field('move.destinationCity'))).toHaveValue('Shanghai');
  await expect(again.locator(field('move.targetMoveDate'))).toHaveValue('Feb 20, 2027');
  await expect(again.locator(field('move.targetStartDate'))).toHaveValue('Mar 1, 2027');
  await expect(again.locator(field('move.notes'))).toHaveValue('Ask about the housing allowance.');
});

test('invalid input shows a message at the field and is not saved', async ({ app }) => {
  const { page } = app;
  await page.fill(field('profile.birthYear'), '1988');
  await page.fill(field('move.targetMoveDate'), '2027-05-01');
  await waitForSaved(page);

  await page.fill(field('profile.birthYear'), '1850');
  await expect(page.locator(fieldError('profile.birthYear'))).toHaveText('Enter a birth year between 1900 and 2015.');
  await expect(page.locator(field('profile.birthYear'))).toHaveAttribute('aria-invalid', 'true');
  await page.fill(field('move.targetMoveDate'), '2027-02-30');
  await expect(page.locator(fieldError('move.targetMoveDate'))).toHaveText('Enter a real date as YYYY-MM-DD.');
  await page.fill(field('profile.yearsExperience'), 'ten');
  await expect(page.locator(fieldError('profile.yearsExperience'))).toHaveText('Enter a whole number.');
  // The header never claims everything is saved while a field holds text that was not.
  await expect(page.getByTestId('unsaved-fields')).toHaveText('3 fields are not saved: correct the marked values');
  await page.fill(field('profile.yearsExperience'), '１２');
  await expect(page.getByTestId('unsaved-fields')).toHaveText('2 fields are not saved: correct the marked values');

  await app.restart();
  const onDisk = JSON.parse(await readFile(join(app.dataDir, 'plan.json'), 'utf8'));
  expect(onDisk.profile.birthYear).toBe(1988);
  expect(onDisk.move.targetMoveDate).toBe('2027-05-01');
  // Full-width digits from a Chinese input method are read as the number they show.
  expect(onDisk.profile.yearsExperience).toBe(12);
  await expect(app.page.locator(field('profile.birthYear'))).toHaveValue('1988');
  await expect(app.page.locator(field('move.targetMoveDate'))).toHaveValue('May 1, 2027');
});

test('a damaged plan file gives the recovery banner and stays byte-identical', async ({ app }) => {
  const planFile = join(app.dataDir, 'plan.json');
  const damaged = Buffer.from('{"schemaVersion":1,"profile":{"displayName":"Lin', 'utf8');
  await writeFile(planFile, damaged);
  await app.restart();
  const { page } = app;
  await expect(page.getByTestId('recovery-banner')).toBeVisible();
  const kept = (await page.getByTestId('quarantined-file').textContent()) ?? '';
  expect(kept).toContain('plan.damaged-');
  await expect(page.getByTestId('view-overview')).toBeVisible();
  await page.screenshot({ path: `tests/e2e/artifacts/recovery-${app.tier}.png` });
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'recovery');
  // Editing in recovery mode must not write anything.
  await page.fill(field('profile.displayName'), 'Should not be written');
  await page.evaluate(() => window.plannerFlushPendingSaves?.());
  await app.restart();
  expect(Buffer.compare(await readFile(planFile), damaged)).toBe(0);
  expect(Buffer.compare(await readFile(kept.trim()), damaged)).toBe(0);
});

test('recovery mode in the language last shown: the language select and the export name say Chinese too', async ({ app }) => {
  await writeFile(join(app.dataDir, 'plan.json'), '{"schemaVersion":1,"profile":{"displayName":"Lin');
  await app.restart();
  let { page } = app;
  await expect(page.getByTestId('recovery-banner')).toBeVisible();
  // The last plan shown was Chinese (renderer/i18n/guess-language.ts remembers it); the stand-in plan says English.
  await page.evaluate(() => localStorage.setItem('planner.interfaceLanguage', 'zh-CN'));
  await page.reload();
  await waitForReady(page);
  page = app.page;
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.click('[data-nav="settings"]');
  await expect(page.locator('[name="profile.interfaceLanguage"]')).toHaveValue('zh-CN');
  await page.getByTestId('export-whole-plan').click();
  await expect(page.getByTestId('plan-files-message')).toBeVisible();
  const [exported] = await app.exportedFiles();
  expect(basename(exported!)).toMatch(/^出国工作规划 \d{4}-\d{2}-\d{2}\.rplan$/);
  // Choosing English there switches the screen, although the stand-in already said English.
  await page.locator('[name="profile.interfaceLanguage"]').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[name="profile.interfaceLanguage"]')).toHaveValue('en');
});

test('the page has no require or process and reaches main only through named functions', async ({ app }) => {
  const globals = await app.page.evaluate(() => ({
    require: typeof (window as unknown as Record<string, unknown>).require,
    process: typeof (window as unknown as Record<string, unknown>).process,
    module: typeof (window as unknown as Record<string, unknown>).module,
    plannerKeys: Object.keys(window.planner).sort(),
    plannerValues: [...new Set(Object.values(window.planner).map((value) => typeof value))],
    ipcRenderer: typeof (window as unknown as Record<string, unknown>).ipcRenderer,
  }));
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    ipcRenderer: 'undefined',
    plannerKeys: [...PAGE_OPERATION_NAMES].sort(),
    plannerValues: ['function'],
  });
});

test('a failed save is shown as failed, never as saved, and the next save recovers', async ({ app }) => {
  const { page } = app;
  await page.fill(field('profile.displayName'), 'Before');
  await waitForSaved(page);
  // Take the data folder away (a file where the folder was): the next durable write cannot create its temp file.
  const parked = `${app.dataDir}-parked`;
  await rename(app.dataDir, parked);
  await writeFile(app.dataDir, 'not a folder');
  await page.fill(field('profile.displayName'), 'During');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'failed');
  await expect(page.locator('[data-save-state]')).toContainText('Not saved');
  await page.screenshot({ path: `tests/e2e/artifacts/save-failed-${app.tier}.png` });
  // Put it back: the retry writes the newest value.
  await rm(app.dataDir);
  await rename(parked, app.dataDir);
  await page.getByRole('button', { name: 'Try again' }).click();
  await waitForSaved(page);
  const onDisk = JSON.parse(await readFile(join(app.dataDir, 'plan.json'), 'utf8'));
  expect(onDisk.profile.displayName).toBe('During');
});

test('the interface switches to Simplified Chinese and stays so after a restart', async ({ app }) => {
  await app.page.click('[data-nav="settings"]');
  await app.page.selectOption(field('profile.interfaceLanguage'), 'zh-CN');
  await expect(app.page.locator('[data-nav="overview"]')).toHaveText('概览');
  await waitForSaved(app.page);
  await app.restart();
  const { page } = app;
  await expect(page.locator('[data-nav="checklists"]')).toHaveText('签证与材料');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.fill(field('profile.birthYear'), '1850');
  await expect(page.locator(fieldError('profile.birthYear'))).toHaveText('请输入 1900 到 2015 之间的出生年份。');
  await page.screenshot({ path: `tests/e2e/artifacts/overview-zh-${app.tier}.png` });
});

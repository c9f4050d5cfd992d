import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createEmptyOffer } from '../../shared/offers/schema';
import { createEmptyPlan, type PlanDocument } from '../../shared/plan/plan-schema';
import { expect, test } from './support/fixtures';

// Git-ignored, inside the checkout that runs the spec (it was an absolute path into another folder).
const SHOTS = 'tests/e2e/artifacts/i11';
const field = (name: string) => `[name="${name}"]`;
const onDisk = async (dataDir: string): Promise<PlanDocument> => JSON.parse(await readFile(join(dataDir, 'plan.json'), 'utf8'));
const waitForSaved = (page: Page) => expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
/** Undo and redo keys act on the plan only when the focus is not in a text field. */
const keysOutsideFields = async (page: Page, chord: string) => {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(chord);
};

const GOAL = {
  id: 'goal-hsk4',
  language: 'Chinese',
  framework: 'hsk3',
  standard: 'hsk3-gf0025-2021',
  targetLevel: '4',
  targetDate: '2027-06-20',
  isExamDate: true,
  currentLevel: null,
  knownWordsNow: 0,
  knownWordsAsOf: '2026-11-01',
  targetWords: null,
  hoursPerWeek: 5,
  rest: { kind: 'per-week', daysPerWeek: 1 },
  why: '',
  exam: { examDate: null, registrationDeadline: null, dateChangeCutoff: null, resultsDate: null },
};

function planWith(options: { offers?: string[]; withGoal?: boolean; name?: string }): PlanDocument {
  const plan = createEmptyPlan();
  const offers = (options.offers ?? []).map((company, index) => ({ ...createEmptyOffer(`offer-${index}`, '2027-03-01', 'CNY'), company }));
  const studyLog = ['2026-11-02', '2026-11-03', '2026-11-05'].map((date, index) => ({ id: `log-${index}`, goalId: GOAL.id, date, minutes: 40, newWords: 12, note: '' }));
  return {
    ...plan,
    profile: { ...plan.profile, displayName: options.name ?? '' },
    offers,
    language: options.withGoal ? ({ goals: [GOAL], studyLog } as unknown as PlanDocument['language']) : plan.language,
  };
}
const json = (plan: PlanDocument) => `${JSON.stringify(plan, null, 2)}\n`;

test('edit, undo and redo across three screens, with the keys and the notice', async ({ app }) => {
  const { page } = app;
  // Overview: typing in one field is one step.
  await page.locator(field('profile.displayName')).pressSequentially('Lin Wei');
  await waitForSaved(page);
  // Offers: add one.
  await page.click('[data-nav="offers"]');
  await page.click(field('add-offer'));
  await page.fill(field('new-offer.company'), 'Shanghai Tech');
  await page.click(field('create-offer'));
  await page.click(field('back-to-offers'));
  await expect(page.locator('[data-offer="Shanghai Tech"]')).toBeVisible();
  // Checklists: a blank one.
  await page.click('[data-nav="checklists"]');
  await page.getByTestId('create-blank').click();
  await expect(page.locator('[data-checklist-entry]')).toHaveCount(1);
  await waitForSaved(page);

  await keysOutsideFields(page, 'Control+z');
  await expect(page.getByTestId('history-notice')).toContainText('Undone: added checklist');
  await expect(page.locator('[data-checklist-entry]')).toHaveCount(0);
  await page.click('[data-nav="offers"]');
  await keysOutsideFields(page, 'Control+z');
  await expect(page.getByTestId('history-notice')).toContainText('Undone: added offer Shanghai Tech');
  await expect(page.locator('[data-offer="Shanghai Tech"]')).toHaveCount(0);
  await page.click('[data-nav="overview"]');
  await keysOutsideFields(page, 'Control+z');
  await expect(page.getByTestId('history-notice')).toContainText('Undone: edit of your profile');
  // The whole name went in one step.
  await expect(page.locator(field('profile.displayName'))).toHaveValue('');
  await waitForSaved(page);
  expect(await onDisk(app.dataDir)).toMatchObject({ profile: { displayName: '' }, offers: [] });

  // Redo with the notice's button, then with Ctrl+Shift+Z and Ctrl+Y.
  await page.click(field('history-redo'));
  await expect(page.locator(field('profile.displayName'))).toHaveValue('Lin Wei');
  await keysOutsideFields(page, 'Control+Shift+z');
  await expect(page.getByTestId('history-notice')).toContainText('Redone: added offer Shanghai Tech');
  await keysOutsideFields(page, 'Control+y');
  await expect(page.getByTestId('history-notice')).toContainText('Redone: added checklist');
  await waitForSaved(page);
  const saved = await onDisk(app.dataDir);
  expect(saved.offers.map((offer) => offer.company)).toEqual(['Shanghai Tech']);
  expect(saved.checklists.checklists).toHaveLength(1);

  // Inside a text field Ctrl+Z is the field's own text undo, not the plan's.
  await page.click('[data-nav="overview"]');
  await page.locator(field('profile.displayName')).focus();
  await page.keyboard.press('Control+z');
  await page.click('[data-nav="offers"]');
  await expect(page.locator('[data-offer="Shanghai Tech"]')).toBeVisible();
});

test('deleting a goal says its study log goes with it, and undo brings both back', async ({ app }) => {
  await writeFile(join(app.dataDir, 'plan.json'), json(planWith({ withGoal: true })));
  await app.restart();
  const { page } = app;
  await page.click('[data-nav="language"]');
  const remove = page.locator(field('delete-goal'));
  await expect(remove).toHaveText('Delete (3 study log entries go with it)');
  // No browser confirm any more: a dialog would fail the test.
  page.on('dialog', () => {
    throw new Error('no dialog expected');
  });
  await remove.click();
  await expect(page.getByTestId('history-notice')).toContainText('and its 3 study log entries');
  await waitForSaved(page);
  expect((await onDisk(app.dataDir)).language).toEqual({ goals: [], studyLog: [] });
  await page.click(field('history-undo'));
  await expect(page.getByTestId('history-notice')).toContainText('Undone: deleted goal');
  await waitForSaved(page);
  const back = (await onDisk(app.dataDir)).language;
  expect(back.goals.map((goal) => goal.id)).toEqual([GOAL.id]);
  expect(back.studyLog).toHaveLength(3);
});

test('a backup folder with garbage and future-dated files keeps every real backup; restore, and undo the restore', async ({ app }) => {
  const backups = join(app.dataDir, 'backups');
  await mkdir(backups, { recursive: true });
  const real = ['plan-2026-11-24.json', 'plan-2026-11-26.json', 'plan-2026-11-28-093000.json', 'plan-2026-11-30-181500.json'];
  for (const [index, name] of real.entries()) await writeFile(join(backups, name), json(planWith({ offers: index === 3 ? ['Backup Co', 'Beijing Labs'] : ['Backup Co'], name: `backup ${index}` })));
  await writeFile(join(backups, 'plan-2026-11-30-200000.json'), '0123456789abcdef'); // 16 bytes of garbage
  await writeFile(join(backups, 'plan-2026-11-29.json'), '{"schemaVersion": 2, "prof');
  await writeFile(join(backups, 'plan-2031-01-01.json'), json(planWith({ offers: ['From the future'] })));
  await writeFile(join(app.dataDir, 'plan.json'), json(planWith({ offers: ['Current Co'], name: 'current' })));
  await app.restart();
  const { page } = app;

  await page.click('[data-nav="settings"]');
  const list = page.getByTestId('backups-list');
  // The start-up snapshot of the current plan, the four real ones and the future-dated one; no garbage.
  await expect(list.locator('[data-backup]')).toHaveCount(6);
  for (const name of real) await expect(list.locator(`[data-backup="${name}"]`)).toBeVisible();
  await expect(list.locator('[data-backup="plan-2031-01-01.json"]')).toHaveAttribute('data-future-dated', 'true');
  await expect(list.locator('[data-backup="plan-2026-11-30-181500.json"]')).toContainText('2 offers · 0 checklists · 0 language goals · 0 study days');
  const files = await readdir(backups);
  for (const name of [...real, 'plan-2026-11-30-200000.json', 'plan-2026-11-29.json', 'plan-2031-01-01.json']) expect(files).toContain(name);
  await page.getByTestId('backups-card').screenshot({ path: `${SHOTS}/restore-list.png` });

  await list.locator('[data-backup="plan-2026-11-30-181500.json"] [name="restore-backup"]').click();
  await expect(page.getByTestId('restore-message')).toContainText('Restored the backup of');
  await waitForSaved(page);
  expect((await onDisk(app.dataDir)).offers.map((offer) => offer.company)).toEqual(['Backup Co', 'Beijing Labs']);
  await page.click(field('undo-restore'));
  await waitForSaved(page);
  expect((await onDisk(app.dataDir)).offers.map((offer) => offer.company)).toEqual(['Current Co']);
  // Every real backup is still there after the restore's own snapshot and thinning.
  const after = await readdir(backups);
  for (const name of real) expect(after).toContain(name);
});

test('recovery mode offers the newest valid backup and restores it in one click', async ({ app }) => {
  const backups = join(app.dataDir, 'backups');
  await mkdir(backups, { recursive: true });
  await writeFile(join(backups, 'plan-2026-11-28.json'), json(planWith({ offers: ['Older Co'] })));
  await writeFile(join(backups, 'plan-2026-11-30-120000.json'), json(planWith({ offers: ['Good Co', 'Second Co'], withGoal: true })));
  await writeFile(join(backups, 'plan-2026-11-30-130000.json'), 'garbage, not a plan');
  await writeFile(join(app.dataDir, 'plan.json'), '{"schemaVersion": 2, "prof');
  await app.restart();
  const { page } = app;
  const banner = page.getByTestId('recovery-banner');
  await expect(banner).toBeVisible();
  await expect(page.getByTestId('recovery-restore')).toContainText('2 offers · 0 checklists · 1 language goal · 3 study days');
  await page.screenshot({ path: `${SHOTS}/recovery-screen.png`, fullPage: true });
  await page.click(field('restore-newest-backup'));
  await expect(banner).toHaveCount(0);
  await page.click('[data-nav="offers"]');
  await expect(page.locator('[data-offer="Good Co"]')).toBeVisible();
  expect((await onDisk(app.dataDir)).offers.map((offer) => offer.company)).toEqual(['Good Co', 'Second Co']);
  expect((await readdir(app.dataDir)).some((name) => name.startsWith('plan.damaged-'))).toBe(true);
});

test('a missing plan.json with backups beside it offers them instead of opening silently empty', async ({ app }) => {
  await mkdir(join(app.dataDir, 'backups'), { recursive: true });
  await writeFile(join(app.dataDir, 'backups', 'plan-2026-11-30.json'), json(planWith({ offers: ['Kept Co'] })));
  await app.restart();
  const { page } = app;
  await expect(page.getByTestId('missing-plan-banner')).toContainText('1 offer');
  await page.click(field('restore-missing-plan'));
  await expect(page.getByTestId('missing-plan-banner')).toHaveCount(0);
  await waitForSaved(page);
  expect((await onDisk(app.dataDir)).offers.map((offer) => offer.company)).toEqual(['Kept Co']);
});

test('closing with an invalid field asks first and names it', async ({ app }) => {
  const { page } = app;
  await page.fill(field('profile.birthYear'), '19x1');
  await expect(page.locator('[data-field-error="profile.birthYear"]')).toBeVisible();
  // What main's close guard receives; it shows this question with "Go back" as the default.
  const outcome = await page.evaluate(() => window.plannerFlushPendingSaves?.());
  expect(outcome?.isSaved).toBe(true);
  expect(outcome?.unsavedOnScreen).toMatchObject({ message: '1 field on screen is not saved', goBack: 'Go back' });
  expect(outcome?.unsavedOnScreen?.detail).toContain('Birth year');
  await page.fill(field('profile.birthYear'), '1991');
  expect((await page.evaluate(() => window.plannerFlushPendingSaves?.()))?.unsavedOnScreen).toBeUndefined();
});

const statusLine = (page: Page) => page.locator('[data-save-state]');

test('one save status line: "All saved" on reopening a plan full of data, a failed save retried by itself', async ({ app }) => {
  await writeFile(join(app.dataDir, 'plan.json'), json(planWith({ offers: ['Shanghai Tech'], withGoal: true, name: 'Lin' })));
  await app.restart();
  const { page } = app;
  await expect(statusLine(page)).toHaveText('All saved');
  // Take the data folder away (a file where the folder was): writes fail until it is back.
  const parked = `${app.dataDir}-parked`;
  await rename(app.dataDir, parked);
  await writeFile(app.dataDir, 'not a folder');
  await page.fill(field('profile.displayName'), 'Written by the retry');
  await expect(statusLine(page)).toHaveAttribute('data-save-state', 'failed');
  await expect(statusLine(page)).toContainText(/^Not saved: the file could not be written, retrying in \d+ s/);
  await page.screenshot({ path: `${SHOTS}/save-retrying-en.png` });
  await rm(app.dataDir);
  await rename(parked, app.dataDir);
  // Nobody clicks: the retry (2 s, then 5 s) writes it.
  await expect(statusLine(page)).toHaveAttribute('data-save-state', 'saved', { timeout: 20_000 });
  await expect(statusLine(page)).toHaveText('All saved');
  expect((await onDisk(app.dataDir)).profile.displayName).toBe('Written by the retry');
});

test('plan.json changed by another program: the app says so, and "Keep this version" keeps theirs as a copy', async ({ app }) => {
  const { page } = app;
  await page.fill(field('profile.displayName'), 'Mine');
  await waitForSaved(page);
  const theirs = json(planWith({ name: 'Theirs' }));
  await writeFile(join(app.dataDir, 'plan.json'), theirs);
  await page.fill(field('profile.displayName'), 'Mine, edited');
  await expect(page.getByTestId('external-change-banner')).toBeVisible();
  await expect(statusLine(page)).toHaveText('Not saved: plan.json was changed by another program');
  await page.screenshot({ path: `${SHOTS}/external-change-en.png` });
  expect(await readFile(join(app.dataDir, 'plan.json'), 'utf8')).toBe(theirs);

  await page.click('[name="keep-mine"]');
  await waitForSaved(page);
  expect((await onDisk(app.dataDir)).profile.displayName).toBe('Mine, edited');
  const copies = (await readdir(app.dataDir)).filter((name) => name.startsWith('plan.external-'));
  expect(copies).toHaveLength(1);
  expect(await readFile(join(app.dataDir, copies[0]!), 'utf8')).toBe(theirs);
  await expect(page.getByTestId('external-change-kept')).toContainText(copies[0]!);
});

test('a change on disk is noticed when the window comes back; loading it is one undoable step (in Chinese)', async ({ app }) => {
  const zh = planWith({ name: '我的版本' });
  await writeFile(join(app.dataDir, 'plan.json'), json({ ...zh, profile: { ...zh.profile, interfaceLanguage: 'zh-CN' } }));
  await app.restart();
  const { page } = app;
  await expect(statusLine(page)).toHaveText('已全部保存');
  const theirs = planWith({ name: '同步来的版本' });
  await writeFile(join(app.dataDir, 'plan.json'), json({ ...theirs, profile: { ...theirs.profile, interfaceLanguage: 'zh-CN' } }));
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(page.getByTestId('external-change-banner')).toBeVisible();
  await expect(statusLine(page)).toHaveText('未保存：plan.json 已被其他程序修改');
  await page.screenshot({ path: `${SHOTS}/external-change-zh.png` });

  await page.click('[name="load-disk"]');
  await expect(page.locator(field('profile.displayName'))).toHaveValue('同步来的版本');
  await waitForSaved(page);
  await keysOutsideFields(page, 'Control+z');
  await expect(page.locator(field('profile.displayName'))).toHaveValue('我的版本');
  await waitForSaved(page);
  expect((await onDisk(app.dataDir)).profile.displayName).toBe('我的版本');
});

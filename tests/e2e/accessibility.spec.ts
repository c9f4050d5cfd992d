import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { everyScreenPlan } from './support/a11y-plan';
import { expect, test, type AppDriver } from './support/fixtures';

// "Today" in the app: Sunday 2027-01-10 (the plan in support/a11y-plan.ts is written against it).
test.use({ clockTime: '2027-01-10T10:00:00' });
// The scenarios are independent (each opens its own plan); run them side by side.
test.describe.configure({ mode: 'parallel' });

const SHOTS = process.env.PLANNER_SHOTS_DIR ?? 'tests/e2e/artifacts';
type Lang = 'en' | 'zh-CN';
type Theme = 'light' | 'dark';

/**
 * How each combination gets its theme: English dark through the system's setting (the plan says "system"),
 * Chinese dark through the plan's own choice, so both ways into dark are covered.
 */
async function openPlan(app: AppDriver, lang: Lang, theme: Theme) {
  const isChosen = lang === 'zh-CN';
  await writeFile(join(app.dataDir, 'plan.json'), JSON.stringify(everyScreenPlan(lang, isChosen ? theme : 'system')));
  await app.restart();
  await app.page.emulateMedia({ colorScheme: isChosen ? (theme === 'dark' ? 'light' : 'dark') : theme });
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', theme);
  await expect(app.page.locator('html')).toHaveAttribute('lang', lang);
}

/** axe with the WCAG 2.1 A and AA rules; a serious or critical finding fails with where it is. */
async function expectNoSeriousViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const found = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.slice(0, 4).map((node) => `${node.target.join(' ')} ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join(' | ')}`);
  expect(found, `axe on ${state}`).toEqual([]);
}

async function show(page: Page, section: string, ready: string) {
  await page.locator(`[data-nav="${section}"]`).click();
  await expect(page.getByTestId(ready)).toBeVisible();
}

// Each combination in two halves, so they run side by side: axe takes seconds a screen on a busy machine.
for (const lang of ['en', 'zh-CN'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing serious on the overview, timeline and offers (${lang}, ${theme})`, async ({ app }) => {
      test.setTimeout(360_000);
      await openPlan(app, lang, theme);
      const { page } = app;
      await expect(page.getByTestId('view-overview')).toBeVisible();
      await expectNoSeriousViolations(page, 'overview');

      await show(page, 'timeline', 'view-timeline');
      await expectNoSeriousViolations(page, 'timeline');

      await show(page, 'offers', 'offers-list');
      await page.locator('button[name="add-offer"]').click();
      await expect(page.getByTestId('new-offer-form')).toBeVisible();
      await expectNoSeriousViolations(page, 'offers list with the new-offer form open');
      await page.locator('button[name="edit-offer"]').first().click();
      await expect(page.getByTestId('offer-editor')).toBeVisible();
      await expectNoSeriousViolations(page, 'offer editor');
      await page.locator('button[name="back-to-offers"]').click();
      await page.locator('button[name="tab-compare"]').click();
      await expect(page.getByTestId('comparison-chart')).toBeVisible();
      await expectNoSeriousViolations(page, 'comparison');

      // After a delete: the undo notice is on screen.
      await page.locator('button[name="tab-list"]').click();
      await page.locator('button[name="delete-offer"]').first().click();
      await expect(page.getByTestId('history-notice')).toBeVisible();
      await expectNoSeriousViolations(page, 'offers list with the undo notice');
    });

    test(`axe finds nothing serious with a question or search open: choose an offer, delete an item, search results (${lang}, ${theme})`, async ({ app }) => {
      test.setTimeout(360_000);
      await openPlan(app, lang, theme);
      const { page } = app;
      await show(page, 'offers', 'offers-list');
      await page.locator('button[name="tab-compare"]').click();
      await page.locator('button[name="choose-offer"]').click();
      await expect(page.getByTestId('choose-dialog')).toBeVisible();
      await expectNoSeriousViolations(page, 'comparison with the choose-offer question open');
      await page.locator('button[name="choose-cancel"]').click();

      await show(page, 'checklists', 'view-checklists');
      await page.locator('button.item__title').first().click();
      await page.locator('.item-editor').first().locator('button.danger').click();
      await expect(page.getByTestId('confirm-dialog')).toBeVisible();
      await expectNoSeriousViolations(page, 'checklist with the item-removal confirmation open');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('confirm-dialog')).toHaveCount(0);

      await page.keyboard.press('ControlOrMeta+k');
      const search = page.getByTestId('search-dialog');
      await expect(search).toBeVisible();
      // Company names are the same in both languages' plans.
      await page.keyboard.type('Shanghai');
      await expect(search.getByRole('option').first()).toBeVisible();
      await expectNoSeriousViolations(page, 'search with results open');
    });

    test(`axe finds nothing serious on checklists, days in China, language and settings (${lang}, ${theme})`, async ({ app }) => {
      test.setTimeout(360_000);
      await openPlan(app, lang, theme);
      const { page } = app;
      await show(page, 'checklists', 'view-checklists');
      await page.locator('button.item__title').first().click();
      await expect(page.locator('.item-editor').first()).toBeVisible();
      await expectNoSeriousViolations(page, 'checklist with an item open');

      await show(page, 'residency', 'residency-view');
      await expectNoSeriousViolations(page, 'days in China');

      await show(page, 'language', 'view-language');
      await expect(page.getByTestId('heatmap')).toBeVisible();
      await expectNoSeriousViolations(page, 'language with a goal');

      await show(page, 'settings', 'view-settings');
      await expectNoSeriousViolations(page, 'settings (plans, plan files, backups)');
      if (lang === 'zh-CN' && theme === 'dark') {
        await mkdir(SHOTS, { recursive: true });
        await page.setViewportSize({ width: 1000, height: 860 });
        await show(page, 'language', 'view-language');
        await page.screenshot({ path: `${SHOTS}/a11y-language-zh-dark-1000.png` });
      }
    });
  }
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious on the recovery screen (${theme})`, async ({ app }) => {
    await writeFile(join(app.dataDir, 'plan.json'), '{"schemaVersion": 2, "prof');
    await app.restart();
    const { page } = app;
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.getByTestId('recovery-banner')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expectNoSeriousViolations(page, 'recovery banner');
  });
}

/** Presses Tab (or Shift+Tab) until `selector` has focus; fails after `max` presses. Keyboard only. */
async function tabTo(page: Page, selector: string, { back = false, max = 120 } = {}) {
  for (let presses = 0; presses < max; presses++) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return presses;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${selector} was not reached in ${max} presses`);
}

const focused = (page: Page) => page.locator(':focus');

test('keyboard alone: skip link, add an offer, fill its base salary, back to the list, delete and undo', async ({ app }) => {
  test.setTimeout(180_000);
  await openPlan(app, 'en', 'light');
  const { page } = app;
  // The skip link is the first Tab stop and moves focus past the navigation.
  await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveClass(/skip-link/);
  await expect(focused(page)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveAttribute('id', 'main-content');
  // Overview: type a name into "About you" and leave the field: it is saved in the plan.
  await tabTo(page, 'input[name="profile.displayName"]');
  await page.keyboard.type('Mei');
  await page.keyboard.press('Tab');
  await expect(page.locator('input[name="profile.displayName"]')).toHaveValue('Mei');

  // Offers, from the navigation by keyboard.
  await tabTo(page, '[data-nav="offers"]', { back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, 'button[name="add-offer"]');
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveAttribute('name', 'new-offer.company');
  // Escape closes the form and focus goes back to "Add offer".
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('new-offer-form')).toHaveCount(0);
  await expect(focused(page)).toHaveAttribute('name', 'add-offer');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Keyboard Co');
  await page.keyboard.press('Enter');
  // The editor opens on the base salary, not 16 Tabs away from it.
  await expect(page.getByTestId('offer-editor')).toBeVisible();
  await expect(focused(page)).toHaveAttribute('name', 'offer.base.amountMinor');
  await page.keyboard.type('250000');
  await page.keyboard.press('Tab');
  await tabTo(page, 'button[name="back-to-offers"]', { back: true });
  await page.keyboard.press('Enter');
  // Back in the list, on the row of the offer just edited.
  await expect(focused(page)).toHaveAttribute('name', 'edit-offer');
  await expect(focused(page)).toHaveText('Keyboard Co');
  const row = page.locator('tr[data-offer="Keyboard Co"]');
  await expect(row.locator('.num').first()).toContainText('250,000');
  await tabTo(page, 'tr[data-offer="Keyboard Co"] button[name="delete-offer"]');
  await page.keyboard.press('Enter');
  await expect(row).toHaveCount(0);
  // The undo notice takes focus: Enter brings the offer back; then focus is on Redo.
  await expect(focused(page)).toHaveAttribute('name', 'history-undo');
  await page.keyboard.press('Enter');
  await expect(row).toHaveCount(1);
  await expect(focused(page)).toHaveAttribute('name', 'history-redo');
  // Escape closes the notice.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('history-notice')).toHaveCount(0);
});

test('keyboard alone: tick a checklist item, log study time, filter the timeline, add a stay, choose the dark theme', async ({ app }) => {
  test.setTimeout(180_000);
  await openPlan(app, 'zh-CN', 'light');
  const { page } = app;
  const go = async (section: string) => {
    await tabTo(page, `[data-nav="${section}"]`, { back: true });
    await page.keyboard.press('Enter');
  };
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  // Checklists: open the first item's details with Enter, tick it with Space.
  await go('checklists');
  await tabTo(page, 'button.item__title');
  await page.keyboard.press('Enter');
  await expect(page.locator('.item-editor').first()).toBeVisible();
  await tabTo(page, 'input.item__check', { back: true });
  const item = page.locator('li.item').first();
  await page.keyboard.press('Space');
  await expect(item).toHaveAttribute('data-status', 'done');

  // Language: a study-log entry by keyboard; focus returns to the minutes of the fresh form.
  await go('language');
  await tabTo(page, 'input[name="log.minutes"]');
  await page.keyboard.type('35');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="log-row"][data-date="2027-01-10"]')).toHaveCount(1);
  await expect(focused(page)).toHaveAttribute('name', 'log.minutes');
  await expect(focused(page)).toHaveValue('');

  // Timeline: hide offer deadlines with Space.
  await go('timeline');
  await tabTo(page, 'input[name="timeline.kind.offer"]');
  await page.keyboard.press('Space');
  await expect(page.locator('input[name="timeline.kind.offer"]')).not.toBeChecked();
  await expect(page.locator('[data-testid="timeline-list"] [data-timeline-entry^="offer:"]')).toHaveCount(0);

  // Days in China: a planned trip typed in and added with Enter.
  await go('residency');
  const stays = page.getByTestId('residency-stays');
  // The plan has two stays (support/a11y-plan.ts); the one typed here is the third.
  await expect(stays.locator('[data-stay]')).toHaveCount(2);
  await tabTo(page, '[data-testid="residency-stays"] input[name$=".entry"]');
  await page.keyboard.type('2026-08-01');
  // Past the entry date's calendar button (a Tab stop of its own) to the exit date.
  await tabTo(page, '[data-testid="residency-stays"] input[name$=".exit"]');
  await page.keyboard.type('2026-08-10');
  await page.keyboard.press('Enter');
  await expect(stays.locator('[data-stay]')).toHaveCount(3);
  await expect(focused(page)).toHaveAttribute('name', 'stay.entry');

  // Settings: the theme by arrow keys; the page and Electron's nativeTheme follow.
  await go('settings');
  await tabTo(page, 'input[name="appearance.theme"]');
  // openPlan gave this Chinese plan the choice "light": Tab lands on the checked radio, one arrow moves to dark.
  await expect(focused(page)).toHaveAttribute('value', 'light');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('input[name="appearance.theme"][value="dark"]')).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => app.themeSources().at(-1)).toBe('dark');
  // The choice is in the plan: it survives a restart, and main is told again on the way up.
  await app.restart();
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => app.themeSources().at(-1)).toBe('dark');
});

test('keyboard alone: compare the offers and choose one (the question takes the focus, Escape and Cancel close it, focus back on the button)', async ({ app }) => {
  test.setTimeout(180_000);
  await openPlan(app, 'en', 'light');
  const { page } = app;
  const question = page.getByTestId('choose-dialog');
  const expectBackOnButton = async () => {
    await expect(question).toHaveCount(0);
    await expect(focused(page)).toHaveAttribute('name', 'choose-offer');
  };
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-nav="offers"]', { back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, 'button[name="tab-compare"]');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('verdict')).toBeVisible();
  await tabTo(page, 'button[name="choose-offer"]');
  await expect(focused(page)).toHaveText('Choose Shenzhen Cloud');

  // Open: the focus is in the question, on its first control; Escape closes it.
  await page.keyboard.press('Enter');
  await expect(question).toBeVisible();
  await expect(question.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expectBackOnButton();

  // Cancel by keyboard: the same.
  await page.keyboard.press('Enter');
  await expect(question).toBeVisible();
  await tabTo(page, 'button[name="choose-cancel"]');
  await page.keyboard.press('Enter');
  await expectBackOnButton();

  // Choose: the change is made and the focus is back on the button, not on the page's start.
  await page.keyboard.press('Enter');
  await tabTo(page, 'button[name="choose-confirm"]');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('choose-outcome')).toContainText('Shenzhen Cloud chosen');
  await expectBackOnButton();
  await tabTo(page, 'button[name="tab-list"]', { back: true });
  await page.keyboard.press('Enter');
  await expect(page.locator('tr[data-offer="Shenzhen Cloud"]')).toContainText('Accepted');
});

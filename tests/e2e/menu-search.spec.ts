import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { PlanDocument } from '../../shared/plan/plan-schema';
import { dashboardPlan } from './support/dashboard-plan';
import { expect, test, type AppDriver } from './support/fixtures';

// "Today" in the app: Sunday 2027-01-10.
test.use({ clockTime: '2027-01-10T10:00:00' });
// Every section loads on first visit; on a loaded machine that alone takes a while.
test.setTimeout(180_000);

const SHOTS = process.env.PLANNER_SHOTS_DIR ?? 'tests/e2e/artifacts';
const NOTE = 'Bring the signed lease and the landlord’s tax receipt to the police station';

/** The dashboard plan with one item of the person's own whose note holds a word nothing else in the plan has. */
function planWithNote(): PlanDocument {
  const plan = dashboardPlan();
  const checklist = plan.checklists.checklists[0]!;
  checklist.items.push({
    ...checklist.items[checklist.items.length - 1]!,
    id: 'lease-item',
    templateItemKey: null,
    isCustom: true,
    title: 'Register the new address',
    details: '',
    notes: NOTE,
    blockedBy: [],
    attachments: [],
    due: { kind: 'none' },
    needsVerification: false,
  } as (typeof checklist.items)[number]);
  return plan;
}

async function openWith(app: AppDriver, plan: PlanDocument) {
  await writeFile(join(app.dataDir, 'plan.json'), `${JSON.stringify(plan, null, 2)}\n`);
  await app.restart();
}

const currentSection = (page: Page) => page.locator('[data-nav][aria-current="page"]');

test('Ctrl+1..6 switch sections, Ctrl+N starts a new offer and Ctrl+Shift+N a checklist item, keyboard only; menu clicks run the same commands', async ({ app }) => {
  await openWith(app, planWithNote());
  const { page } = app;
  await expect(page.getByTestId('view-overview')).toBeVisible();
  const order = ['overview', 'timeline', 'offers', 'checklists', 'residency', 'language'];
  for (const [index, section] of order.entries()) {
    await page.keyboard.press(`Control+${index + 1}`);
    await expect(currentSection(page)).toHaveAttribute('data-nav', section);
  }
  await page.keyboard.press('Control+1');
  await expect(page.getByTestId('view-overview')).toBeVisible();

  // Ctrl+N: the offers screen with the new-offer form, the focus in its company field; Enter creates it.
  await page.keyboard.press('Control+n');
  await expect(currentSection(page)).toHaveAttribute('data-nav', 'offers');
  const company = page.locator('[name="new-offer.company"]');
  await expect(company).toBeFocused();
  await page.keyboard.type('Globex Shenzhen');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('offer-editor')).toBeVisible();
  await expect(page.locator('[name="offer.company"]')).toHaveValue('Globex Shenzhen');

  // Ctrl+Shift+N: a new item at the end of the open checklist, its editor open and its title ready to type.
  await page.keyboard.press('Control+Shift+N');
  await expect(currentSection(page)).toHaveAttribute('data-nav', 'checklists');
  const newTitle = page.locator('[data-testid="item-editor"] [name="item.title"]');
  await expect(newTitle).toBeFocused();
  await expect(newTitle).toHaveValue('New item');
  await expect(page.locator('[data-item-id]').last().getByTestId('item-editor')).toBeVisible();

  // The native menu's items arrive as commands from main: the same registry runs them.
  await app.chooseMenuCommand('go.language');
  await expect(currentSection(page)).toHaveAttribute('data-nav', 'language');
  await app.chooseMenuCommand('logStudyTime');
  await expect(page.locator('[name="log.minutes"]')).toBeFocused();
  await app.chooseMenuCommand('not-a-command');
  await expect(currentSection(page)).toHaveAttribute('data-nav', 'language');

  // The page told main its language for the menu; switching to Chinese tells it again, without a restart.
  expect(app.menuLanguages().at(-1)).toBe('en');
  await page.keyboard.press('Control+,');
  await expect(currentSection(page)).toHaveAttribute('data-nav', 'settings');
  await page.selectOption('[name="profile.interfaceLanguage"]', 'zh-CN');
  await expect.poll(() => app.menuLanguages().at(-1)).toBe('zh-CN');
  await page.keyboard.press('Control+4');
  await expect(currentSection(page)).toHaveText('签证与材料');
});

test('search finds a checklist item by a word of its note and opens it, keyboard only, in English and Chinese', async ({ app }) => {
  await openWith(app, planWithNote());
  const { page } = app;
  await expect(page.getByTestId('view-overview')).toBeVisible();
  const dialog = page.getByTestId('search-dialog');
  const input = dialog.locator('[name="search.query"]');

  // Escape closes it and gives the focus back to where it was.
  await page.locator('[name="profile.displayName"]').focus();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('[name="profile.displayName"]')).toBeFocused();

  // Arrows move through several results (and wrap).
  await page.keyboard.press('Control+f');
  await page.keyboard.type('passport');
  const options = dialog.getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  expect(await options.count()).toBeGreaterThan(1);
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');

  // One word of the note: one result, the item, with the words around it.
  await input.fill('');
  await page.keyboard.type('landlord');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveAttribute('data-result-kind', 'checklistItem');
  await expect(options.first()).toContainText('Register the new address');
  await expect(options.first()).toContainText('in notes: Bring the signed lease and the landlord’s tax receipt');
  await expect(dialog.getByTestId('search-status')).toHaveText('1 result');
  await page.screenshot({ path: `${SHOTS}/search-dialog-en.png` });

  // Enter: the checklist, the item opened, the focus in the note that matched.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(currentSection(page)).toHaveAttribute('data-nav', 'checklists');
  const row = page.locator('[data-item-id="lease-item"]');
  await expect(row.getByTestId('item-editor')).toBeVisible();
  await expect(row.locator('[name="item.notes"]')).toBeFocused();
  await expect(row.locator('[name="item.notes"]')).toHaveValue(NOTE);

  // Nothing found says so.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('zzqx');
  await expect(dialog.getByTestId('search-status')).toHaveText('Nothing in the plan matches “zzqx”.');
  await page.keyboard.press('Escape');

  // In Chinese: the dialog and the built-in items in Chinese, found by a Chinese word.
  await page.keyboard.press('Control+,');
  await expect(currentSection(page)).toHaveAttribute('data-nav', 'settings');
  await page.selectOption('[name="profile.interfaceLanguage"]', 'zh-CN');
  await page.keyboard.press('Control+k');
  await expect(dialog.locator('h2')).toHaveText('搜索计划');
  await page.keyboard.type('护照');
  await expect(options.first()).toBeVisible();
  await expect(dialog.getByTestId('search-status')).toContainText('条结果');
  await page.screenshot({ path: `${SHOTS}/search-dialog-zh.png` });
  await page.keyboard.press('Enter');
  await expect(currentSection(page)).toHaveText('签证与材料');
  await expect(page.locator('[data-testid="item-editor"]').first()).toBeVisible();
});

test('a shortcut pressed right after Escape closes the search runs, though the close event comes a task later', async ({ app }) => {
  await openWith(app, planWithNote());
  const { page } = app;
  await expect(page.getByTestId('view-overview')).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('search-dialog')).toBeVisible();
  // What Escape does, then Ctrl+, in the same task: the dialog is closed at once, its close event is queued.
  // The shortcut used to be dropped as "search still open" until that event had run.
  await page.evaluate(() => {
    document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]')!.close();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: ',', code: 'Comma', ctrlKey: true, bubbles: true, cancelable: true }));
  });
  await expect(currentSection(page)).toHaveAttribute('data-nav', 'settings');
  await expect(page.getByTestId('search-dialog')).toBeHidden();
});

test('files dropped on a checklist item are attached through the vault, as with the picker', async ({ app }) => {
  await openWith(app, planWithNote());
  const { page } = app;
  await page.keyboard.press('Control+4');
  const row = page.locator('[data-item-id="lease-item"]');
  const scratch = await mkdtemp(join(tmpdir(), 'planner-drop-'));
  await writeFile(join(scratch, 'lease.pdf'), '%PDF-1.4 lease');
  await writeFile(join(scratch, 'receipt.txt'), 'tax receipt');
  await app.dropFiles(row, [join(scratch, 'lease.pdf'), join(scratch, 'receipt.txt')]);
  await expect(row.getByTestId('item-editor')).toBeVisible();
  await expect(row.locator('[data-attachment="lease.pdf"]')).toBeVisible();
  await expect(row.locator('[data-attachment="receipt.txt"]')).toBeVisible();
  await expect.poll(async () => (await readdir(join(app.dataDir, 'vault'))).length).toBe(2);
  // Removing asks first, in the one confirm dialog; Escape keeps the file and the focus goes back.
  const remove = row.locator('[data-attachment="lease.pdf"]').getByRole('button', { name: 'Remove' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('confirm-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('confirm-dialog')).toHaveCount(0);
  await expect(remove).toBeFocused();
  await expect(row.locator('[data-attachment="lease.pdf"]')).toBeVisible();
});

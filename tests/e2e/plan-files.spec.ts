import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { richAttachments, richPlan, SCAN_BYTES } from '../unit/shared/plan-files/fixtures';
import { expect, test, waitForReady } from './support/fixtures';

// Git-ignored, inside the checkout that runs the spec (it was an absolute path into another folder).
const SHOTS = 'tests/e2e/artifacts/i15';

// Each scenario restarts the app two or three times and derives scrypt keys; on a loaded machine that is slow.
test.describe.configure({ timeout: 180_000 });

async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true }).catch(() => undefined);
  await page.screenshot({ path: join(SHOTS, name), fullPage: true }).catch(() => undefined);
}

/** Clicks something that restarts the window on another plan, and waits for the new page to be ready. */
async function clickAndWaitForRestart(page: Page, click: () => Promise<void>): Promise<void> {
  const loaded = page.waitForEvent('load');
  await click();
  await loaded;
  await waitForReady(page);
}

async function seedRichPlan(dataDir: string): Promise<void> {
  await mkdir(join(dataDir, 'vault'), { recursive: true });
  for (const [name, bytes] of richAttachments()) await writeFile(join(dataDir, 'vault', name), bytes);
  await writeFile(join(dataDir, 'plan.json'), `${JSON.stringify(richPlan(), null, 2)}\n`);
}

test('export the whole plan, wipe the data folder, import it: the plan and its attachments come back equal', async ({ app }) => {
  await seedRichPlan(app.dataDir);
  await app.restart();
  let page = app.page;
  await page.click('[data-nav="settings"]');
  await page.getByTestId('export-whole-plan').click();
  await expect(page.getByTestId('plan-files-message')).toContainText('2 attachments');
  const [exported] = await app.exportedFiles();
  expect(exported).toMatch(/\.rplan$/);

  // Wipe everything the app keeps, then start again on the empty folder.
  for (const name of await readdir(app.dataDir)) await rm(join(app.dataDir, name), { recursive: true, force: true });
  await app.restart();
  page = app.page;
  await page.click('[data-nav="settings"]');
  await app.chooseFilesOnNextOpen([exported!]);
  await page.getByTestId('import-plan').click();
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  await expect(preview.locator('[data-diff-kind="offers"] td').first()).toHaveText('2');
  await shot(page, `import-preview-${app.tier}.png`);
  await clickAndWaitForRestart(page, () => page.getByTestId('apply-import').click());
  await expect(page.getByTestId('plan-notice')).toBeVisible();

  expect(JSON.parse(await readFile(join(app.dataDir, 'plan.json'), 'utf8'))).toEqual(richPlan());
  for (const [name, bytes] of richAttachments()) expect(new Uint8Array(await readFile(join(app.dataDir, 'vault', name)))).toEqual(bytes);
  // What the person sees is the imported plan.
  await page.click('[data-nav="offers"]');
  await expect(page.getByTestId('view-offers')).toBeVisible();
});

test('an import that would remove most of the plan asks again; a damaged file is refused and changes nothing', async ({ app }) => {
  await seedRichPlan(app.dataDir);
  await app.restart();
  const page = app.page;

  // An export of a plan whose file is ours but damaged.
  await page.click('[data-nav="settings"]');
  await page.getByTestId('export-whole-plan').click();
  await expect(page.getByTestId('plan-files-message')).toBeVisible();
  const [exported] = await app.exportedFiles();
  const bytes = await readFile(exported!);
  bytes[Math.floor(bytes.length / 3)]! ^= 0xff;
  const damaged = join(app.exportDir, 'damaged.rplan');
  await writeFile(damaged, bytes);
  const before = await readFile(join(app.dataDir, 'plan.json'));
  await app.chooseFilesOnNextOpen([damaged]);
  await page.getByTestId('import-plan').click();
  await expect(page.getByTestId('import-problem')).toBeVisible();
  expect(await readFile(join(app.dataDir, 'plan.json'))).toEqual(before);

  // Switching to a new, empty plan and exporting it gives a file that would empty the rich plan.
  await page.locator('#new-plan-name').fill('Empty');
  await clickAndWaitForRestart(page, () => page.getByRole('button', { name: 'Create plan' }).click());
  await page.click('[data-nav="settings"]');
  await page.getByTestId('export-whole-plan').click();
  await expect(page.getByTestId('plan-files-message')).toBeVisible();
  const emptyExport = (await app.exportedFiles()).at(-1)!;
  await clickAndWaitForRestart(page, () => page.locator('[data-plan-id="main"]').getByRole('button', { name: 'Open' }).click());
  await page.click('[data-nav="settings"]');
  await app.chooseFilesOnNextOpen([emptyExport]);
  await page.getByTestId('import-plan').click();
  await page.getByTestId('apply-import').click();
  await expect(page.getByTestId('large-removal')).toBeVisible();
  await shot(page, `import-large-removal-${app.tier}.png`);
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(await readFile(join(app.dataDir, 'plan.json'))).toEqual(before);
});

test('create, rename and switch plans; the open plan is named in the sidebar and the window title', async ({ app }) => {
  const page = app.page;
  await expect(page.getByTestId('current-plan-name')).toContainText('My plan');
  await page.click('[data-nav="overview"]');
  await page.fill('[name="profile.displayName"]', 'Seattle me');
  await page.click('[data-nav="settings"]');
  // An empty name is refused at the field.
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.locator('#plan-error-new')).toHaveText('Enter a name for the plan.');

  await page.locator('#new-plan-name').fill('Shanghai 2027');
  await clickAndWaitForRestart(page, () => page.getByRole('button', { name: 'Create plan' }).click());
  await expect(page.getByTestId('current-plan-name')).toContainText('Shanghai 2027');
  await expect(page).toHaveTitle(/Shanghai 2027/);
  // The new plan starts empty: the first plan's edit stayed in the first plan.
  await expect(page.locator('[name="profile.displayName"]')).toHaveValue('');
  await page.click('[data-nav="settings"]');
  await page.locator('[data-plan-id="main"]').getByRole('button', { name: 'Rename' }).click();
  await page.locator('#rename-main').fill('Stay in Seattle');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('[data-plan-id="main"]')).toContainText('Stay in Seattle');
  await page.locator('[data-plan-id="main"]').getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.locator('.plans-list__item')).toHaveCount(3);
  await page.locator('.plans-list__item', { hasText: 'Stay in Seattle (copy)' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('plans-trash')).toContainText('Stay in Seattle (copy)');
  await shot(page, `plans-list-${app.tier}.png`);

  await clickAndWaitForRestart(page, () => page.locator('[data-plan-id="main"]').getByRole('button', { name: 'Open' }).click());
  await expect(page.getByTestId('current-plan-name')).toContainText('Stay in Seattle');
  await expect(page.locator('[name="profile.displayName"]')).toHaveValue('Seattle me');
  await app.restart();
  await expect(app.page.getByTestId('current-plan-name')).toContainText('Stay in Seattle');
});

test('encrypt the plan, restart, unlock with a wrong then the right passphrase', async ({ app }) => {
  let page = app.page;
  await page.fill('[name="profile.displayName"]', 'Secret Wei');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  await page.click('[data-nav="settings"]');
  const card = page.getByTestId('encryption-card');
  await expect(card).toContainText('cannot be recovered');
  // Too short is refused at the form, nothing written.
  await page.locator('#passphrase-new').fill('short');
  await page.locator('#passphrase-confirm').fill('short');
  await card.getByRole('button', { name: 'Encrypt this plan' }).click();
  await expect(page.getByTestId('encryption-message')).toHaveText('Use at least 8 characters.');
  await page.locator('#passphrase-new').fill('correct horse 42');
  await page.locator('#passphrase-confirm').fill('correct horse 42');
  await card.getByRole('button', { name: 'Encrypt this plan' }).click();
  await expect(page.getByTestId('encryption-message')).toHaveText('The plan is now encrypted on disk.', { timeout: 30_000 });
  const sealed = await readFile(join(app.dataDir, 'plan.json'));
  expect(sealed.subarray(0, 8).toString('latin1')).toBe('RPLANENC');
  expect(sealed.toString('latin1')).not.toContain('Secret Wei');

  await app.restart();
  page = app.page;
  await expect(page.getByTestId('unlock-screen')).toBeVisible();
  await shot(page, `unlock-screen-${app.tier}.png`);
  await page.locator('#unlock-passphrase').fill('wrong horse 42');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.locator('#unlock-problem')).toHaveText('That passphrase is not right. Nothing was changed; try again.', { timeout: 30_000 });
  await shot(page, `unlock-wrong-${app.tier}.png`);
  expect(await readFile(join(app.dataDir, 'plan.json'))).toEqual(sealed);
  await page.locator('#unlock-passphrase').fill('correct horse 42');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.waitForSelector('body[data-planner-ready="true"]', { state: 'attached', timeout: 30_000 });
  await expect(page.locator('[name="profile.displayName"]')).toHaveValue('Secret Wei');
});

test('an encrypted plan seals its attachments, opens one through a decrypted copy, and can be remembered on this computer', async ({ app }) => {
  await seedRichPlan(app.dataDir);
  await app.restart();
  let page = app.page;
  await page.click('[data-nav="settings"]');
  const card = page.getByTestId('encryption-card');
  await expect(card).toContainText('attached documents');
  await page.locator('#passphrase-new').fill('correct horse 42');
  await page.locator('#passphrase-confirm').fill('correct horse 42');
  await card.getByRole('button', { name: 'Encrypt this plan' }).click();
  await expect(page.getByTestId('encryption-message')).toHaveText('The plan is now encrypted on disk.', { timeout: 30_000 });
  // Every vault file is now the envelope only: no plain byte of the scan is left in the data folder.
  for (const [name, bytes] of richAttachments()) {
    const onDisk = await readFile(join(app.dataDir, 'vault', name));
    expect(onDisk.subarray(0, 8).toString('latin1'), name).toBe('RPLANENC');
    expect(onDisk.includes(Buffer.from(bytes)), name).toBe(false);
  }
  await expect(page.getByTestId('remember-key')).not.toBeChecked();
  await card.screenshot({ path: join(SHOTS, `encryption-card-en-${app.tier}.png`) });

  // Open the scan: the system viewer gets a decrypted copy outside the data folder, equal to the original.
  await page.click('[data-nav="checklists"]');
  const passport = page.locator('[data-item-key="passport"]');
  await passport.getByTestId('item-toggle').click();
  await passport.locator('[data-attachment="passport.pdf"]').getByRole('button', { name: 'Open' }).click();
  if (app.tier === 'chromium') {
    await expect.poll(() => app.openedPaths().length).toBe(1);
    const [copy] = app.openedPaths();
    expect(copy!.startsWith(join(app.dataDir, '/'))).toBe(false);
    expect(new Uint8Array(await readFile(copy!))).toEqual(SCAN_BYTES);
  }
  await expect(passport.locator('[data-vault-message]')).toHaveCount(0);

  // Remember on this computer: the next start opens the plan without asking.
  await page.click('[data-nav="settings"]');
  // A click, not check(): the box follows main's answer, a moment later.
  await page.getByTestId('remember-key').click();
  await expect(page.getByTestId('encryption-message')).toHaveText(/opens the plan without asking/);
  await expect(page.getByTestId('remember-key')).toBeChecked();
  await app.restart();
  page = app.page;
  await expect(page.getByTestId('unlock-screen')).toHaveCount(0);
  await expect(page.locator('[name="profile.displayName"]')).toHaveValue('Wei');

  // The same card in Chinese.
  await page.click('[data-nav="settings"]');
  await page.selectOption('[name="profile.interfaceLanguage"]', 'zh-CN');
  await expect(page.getByTestId('encryption-card')).toContainText('在这台电脑上记住');
  await expect(page.getByTestId('remember-key')).toBeChecked();
  await page.getByTestId('encryption-card').screenshot({ path: join(SHOTS, `encryption-card-zh-${app.tier}.png`) });
  await page.getByTestId('plans-card').screenshot({ path: join(SHOTS, `plans-card-zh-${app.tier}.png`) });
});

import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { chinaWorkZVisaTemplate } from '../../shared/checklists/templates/china-work-z-visa';
import { pdfPageCount, pdfText, pdfToPngs } from './support/pdf';
import { expect, test } from './support/fixtures';

const field = (name: string) => `[name="${name}"]`;
const fieldError = (name: string) => `[data-field-error="${name}"]`;
const item = (page: Page, key: string) => page.locator(`[data-item-key="${key}"]`);
const titleOf = (key: string) => chinaWorkZVisaTemplate.items.find((candidate) => candidate.key === key)!.title.en;

async function waitForSaved(page: Page) {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

async function createWorkRouteChecklist(page: Page) {
  await page.click('[data-nav="checklists"]');
  await expect(page.getByTestId('empty-checklists')).toBeVisible();
  await page.getByTestId('create-from-template').click();
  const picker = page.getByTestId('template-picker');
  // The picker names each template's sources and the date they were reviewed.
  await expect(picker.locator('[data-template="china-work-z-visa"]')).toContainText('reviewed on Dec 1, 2026');
  await picker.locator('[data-create-template="china-work-z-visa"]').click();
  await expect(page.getByTestId('checklist-detail')).toBeVisible();
}

// A fixed "today" makes days left and overdue deterministic.
test.use({ clockTime: '2027-02-15T10:00:00' });

test('the China work route: deadlines from the entry date, done items, a vault file, a PDF, and a restart', async ({ app }) => {
  const { page } = app;
  await createWorkRouteChecklist(page);

  // Without an entry date, the deadline says which date to set instead of showing a wrong one.
  await expect(item(page, 'residence-permit').locator('[data-missing-anchor="entry"]')).toHaveText('Set the entry date to see this deadline.');
  await expect(item(page, 'residence-permit').locator('[data-due-date]')).toHaveCount(0);

  await page.fill(field('anchors.entry'), '2027-03-10');
  await expect(item(page, 'residence-permit').locator('[data-due-date]')).toHaveText('Apr 9, 2027');
  await expect(item(page, 'police-registration').locator('[data-due-date]')).toHaveText('Mar 11, 2027');
  await expect(item(page, 'residence-permit').locator('[data-days-left]')).toHaveText('53 days left');
  await expect(item(page, 'police-registration').locator('[data-days-left]')).toHaveText('24 days left');

  // Changing the anchor moves every dependent deadline; an impossible date is refused at the field.
  await page.fill(field('anchors.entry'), '2027-03-20');
  await expect(item(page, 'residence-permit').locator('[data-due-date]')).toHaveText('Apr 19, 2027');
  await page.fill(field('anchors.entry'), '2027-02-30');
  await expect(page.locator(fieldError('anchors.entry'))).toHaveText('Enter a real date as YYYY-MM-DD.');
  await expect(item(page, 'residence-permit').locator('[data-due-date]')).toHaveText('Apr 19, 2027');
  await page.fill(field('anchors.entry'), '2027-03-10');
  await expect(page.locator(fieldError('anchors.entry'))).toHaveCount(0);
  await expect(item(page, 'residence-permit').locator('[data-due-date]')).toHaveText('Apr 9, 2027');

  // A visa appointment two weeks away: steps whose dates were already past when the appointment was set read
  // "As soon as possible" (issue 12, late from the start), not a count of days overdue; later ones are due soon.
  await page.fill(field('anchors.visa-appointment'), '2027-03-01');
  await expect(item(page, 'degree-apostille')).toHaveAttribute('data-urgency', 'asap');
  await expect(item(page, 'degree-apostille').locator('[data-days-left]')).toHaveText('As soon as possible');
  await expect(item(page, 'work-permit-notification')).toHaveAttribute('data-urgency', 'due-soon');

  // The start date is the plan's own start date: set here, it shows on the overview too.
  await page.fill(field('anchors.start'), '2027-03-22');

  // Mark items done; what they blocked says so until they are all done.
  await item(page, 'passport').getByTestId('item-done').check();
  await item(page, 'photos').getByTestId('item-done').check();
  await expect(item(page, 'passport')).toHaveAttribute('data-status', 'done');
  await expect(item(page, 'passport')).toHaveAttribute('data-urgency', 'done');
  await expect(item(page, 'z-visa').locator('[data-blocked-by]')).toHaveText(`Blocked by ${titleOf('work-permit-notification')}`);

  // A dependency cycle is refused with a clear message, and nothing changes.
  await item(page, 'work-permit-notification').getByTestId('item-toggle').click();
  await item(page, 'work-permit-notification').locator(field('item.blockedBy.add')).selectOption({ label: titleOf('z-visa') });
  await expect(item(page, 'work-permit-notification').locator(fieldError('item.blockedBy'))).toContainText(
    `wait for each other in a circle (${titleOf('work-permit-notification')} → ${titleOf('z-visa')} → ${titleOf('work-permit-notification')})`,
  );
  await expect(item(page, 'work-permit-notification').locator('[data-blocker]')).toHaveCount(1);

  // Validity window: a certificate issued too early expires before the application that needs it.
  const record = item(page, 'criminal-record');
  await record.getByTestId('item-toggle').click();
  await expect(record.locator('[data-validity]')).toHaveText('Enter the issue date. To be valid on Jan 30, 2027, it must be issued on or after Jul 30, 2026.');
  await record.locator(field('item.validity.issuedOn')).fill('2026-07-01');
  await expect(record.locator('[data-validity]').first()).toHaveText(
    'Valid until Jan 1, 2027, but it must be valid until Jan 30, 2027: 29 days short. Get a new one.',
  );
  await record.locator(field('item.validity.issuedOn')).fill('2026-12-01');
  await expect(record.locator('[data-validity]')).toHaveText('Valid until Jun 1, 2027; needed until Jan 30, 2027.');
  await record.getByTestId('item-toggle').click();

  // Attach a file to the passport item: a copy lands in the data folder's vault.
  const scratch = await mkdtemp(join(tmpdir(), 'planner-attach-'));
  const scan = join(scratch, 'passport-scan.pdf');
  await writeFile(scan, 'passport scan bytes');
  await item(page, 'passport').getByTestId('item-toggle').click();
  await app.chooseFilesOnNextOpen([scan]);
  await item(page, 'passport').getByTestId('attach-files').click();
  await expect(item(page, 'passport').locator('[data-attachment="passport-scan.pdf"]')).toBeVisible();
  const vaultFiles = await readdir(join(app.dataDir, 'vault'));
  expect(vaultFiles).toHaveLength(1);
  expect(await readFile(join(app.dataDir, 'vault', vaultFiles[0]!), 'utf8')).toBe('passport scan bytes');

  // A file that cannot be read gets a clear message and nothing is attached.
  await app.chooseFilesOnNextOpen([join(scratch, 'gone.pdf')]);
  await item(page, 'passport').getByTestId('attach-files').click();
  await expect(item(page, 'passport').locator('[data-vault-message]')).toContainText('“gone.pdf” could not be read');
  await expect(item(page, 'passport').locator('[data-attachment]')).toHaveCount(1);
  await waitForSaved(page);
  await page.screenshot({ path: 'tests/e2e/artifacts/checklists-work-route.png', fullPage: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'tests/e2e/artifacts/checklists-work-route-top.png' });
  await item(page, 'passport').screenshot({ path: 'tests/e2e/artifacts/checklists-item-open.png' });

  // Save as PDF: all items, with tick boxes, due dates, the sources and the reviewed-on date.
  await page.getByTestId('save-pdf').click();
  await expect(page.getByTestId('pdf-status')).toContainText('Saved to');
  const [allPdf] = await app.exportedFiles();
  const allText = await pdfText(allPdf!);
  expect(allText).toContain('China: work route (Z visa)');
  expect(allText).toContain('Apply for the residence permit within 30 days of entry');
  expect(allText).toContain('Apr 9, 2027');
  expect(allText).toContain('Mar 11, 2027');
  expect(allText).toContain('Reviewed on Dec 1, 2026');
  expect(allText).toContain('Sources');
  expect(allText).toContain('Exit and Entry Administration Law');
  expect(allText).toContain(titleOf('photos'));
  expect(allText).not.toContain('Key dates');
  expect(allText).not.toContain('Save as PDF');
  await pdfToPngs(allPdf!, 'tests/e2e/artifacts/checklists-pdf-all');

  // Open items only: the finished ones are left out.
  await page.locator('[data-print-scope="open"]').check();
  await page.getByTestId('save-pdf').click();
  // The status names the finished file, so the write (temp file, then rename) is complete.
  await expect(page.getByTestId('pdf-status')).toContainText('(open items).pdf');
  const openPdf = (await app.exportedFiles()).find((path) => path.endsWith('(open items).pdf'))!;
  const openText = await pdfText(openPdf);
  expect(openText).toContain('Open items only');
  expect(openText).not.toContain(titleOf('photos'));
  expect(openText).toContain(titleOf('residence-permit'));
  expect(await pdfPageCount(openPdf)).toBeGreaterThan(0);
  await pdfToPngs(openPdf, 'tests/e2e/artifacts/checklists-pdf-open');

  await app.restart();
  const again = app.page;
  await again.click('[data-nav="checklists"]');
  await expect(again.locator(field('anchors.entry'))).toHaveValue('Mar 10, 2027');
  await expect(again.locator(field('anchors.start'))).toHaveValue('Mar 22, 2027');
  await expect(item(again, 'residence-permit').locator('[data-due-date]')).toHaveText('Apr 9, 2027');
  await expect(item(again, 'police-registration').locator('[data-due-date]')).toHaveText('Mar 11, 2027');
  await expect(item(again, 'passport')).toHaveAttribute('data-status', 'done');
  await expect(item(again, 'photos')).toHaveAttribute('data-status', 'done');
  await expect(item(again, 'work-permit-notification').locator('[data-blocked-by]')).toBeVisible();
  await item(again, 'passport').getByTestId('item-toggle').click();
  await expect(item(again, 'passport').locator('[data-attachment="passport-scan.pdf"]')).toBeVisible();
  await again.click('[data-nav="overview"]');
  await expect(again.locator(field('move.targetStartDate'))).toHaveValue('Mar 22, 2027');

  // The same list in Chinese: template text comes in both languages.
  await again.click('[data-nav="settings"]');
  await again.selectOption(field('profile.interfaceLanguage'), 'zh-CN');
  await again.click('[data-nav="checklists"]');
  await expect(item(again, 'residence-permit').locator('[data-days-left]')).toHaveText('剩余53天');
  await again.screenshot({ path: 'tests/e2e/artifacts/checklists-zh.png' });
});

test('blank checklists: custom items anywhere, rename, reorder, archive, and removing a file after confirming', async ({ app }) => {
  const { page } = app;
  await page.click('[data-nav="checklists"]');
  await page.getByTestId('create-blank').click();
  await page.fill(field('checklist.title'), '');
  await expect(page.locator(fieldError('checklist.title'))).toHaveText('Give it a title.');
  await page.fill(field('checklist.title'), 'Before the flight');
  await page.fill(field('checklist.newItem'), 'Book the flight');
  await page.keyboard.press('Enter');
  await page.fill(field('checklist.newItem'), 'Pack');
  await page.keyboard.press('Enter');
  const rows = page.getByTestId('checklist-items').locator(':scope > li');
  await expect(rows).toHaveCount(2);

  // A custom item in the middle, with a deadline relative to the move date, which is not set yet.
  await rows.nth(0).getByTestId('item-toggle').click();
  await rows.nth(0).getByTestId('add-item-below').click();
  await expect(rows).toHaveCount(3);
  const middle = rows.nth(1);
  await middle.getByTestId('item-toggle').click();
  await middle.locator(field('item.title')).fill('Cancel the gym');
  await middle.locator(field('item.due.kind')).selectOption('relative');
  await middle.locator(field('item.due.anchor')).selectOption('move');
  await middle.locator(field('item.due.offsetDays')).fill('-14');
  await expect(middle.locator('[data-missing-anchor="move"]')).toHaveText('Set the move date to see this deadline.');
  await middle.locator(field('item.due.offsetDays')).fill('soon');
  await expect(middle.locator(fieldError('item.due.offsetDays'))).toHaveText('Enter a whole number of days or months, up to ten years.');
  await middle.locator(field('item.due.offsetDays')).fill('-14');
  await page.fill(field('anchors.move'), '2027-03-01');
  await expect(middle.locator('[data-due-date]')).toHaveText('Feb 15, 2027');
  await expect(middle.locator('[data-days-left]')).toHaveText('Due today');
  await expect(middle).toHaveAttribute('data-urgency', 'due-soon');

  // A fixed date already past when it is set reads "As soon as possible" (issue 12); an impossible one stays at the field.
  const pack = rows.nth(2);
  await pack.getByTestId('item-toggle').click();
  await pack.locator(field('item.due.kind')).selectOption('fixed');
  await pack.locator(field('item.due.date')).fill('2027-02-10');
  await expect(pack).toHaveAttribute('data-urgency', 'asap');
  await pack.locator(field('item.due.date')).fill('2027-13-01');
  await expect(pack.locator(fieldError('item.due.date'))).toHaveText('Enter a real date as YYYY-MM-DD.');
  await expect(pack.locator('[data-due-date]')).toHaveText('Feb 10, 2027');

  // Attach, then remove only after confirming; the copy leaves the vault.
  const scratch = await mkdtemp(join(tmpdir(), 'planner-attach-'));
  await writeFile(join(scratch, 'ticket.txt'), 'ticket');
  await app.chooseFilesOnNextOpen([join(scratch, 'ticket.txt')]);
  await pack.getByTestId('attach-files').click();
  await expect(pack.locator('[data-attachment="ticket.txt"]')).toBeVisible();
  expect(await readdir(join(app.dataDir, 'vault'))).toHaveLength(1);
  // The vault moves a file to the trash only once a saved plan pointed at it and the next one does not (a
  // file nothing saved has pointed at yet stays an hour: it may be one a save in flight is about to name).
  await expect.poll(async () => (await readFile(join(app.dataDir, 'plan.json'), 'utf8').catch(() => '')).includes('ticket.txt')).toBe(true);
  await pack.locator('[data-attachment="ticket.txt"]').getByRole('button', { name: 'Remove' }).click();
  await pack.getByTestId('confirm-remove-attachment').click();
  await expect(pack.locator('[data-attachment]')).toHaveCount(0);
  await expect.poll(async () => (await readdir(join(app.dataDir, 'vault'))).length).toBe(0);
  // Into the vault trash once the plan without it is saved; undo brings it back, file and all.
  expect(await readdir(join(app.dataDir, 'vault-trash'))).toHaveLength(1);
  await expect(page.getByTestId('history-notice')).toContainText('Removed file ticket.txt');
  await page.click('[name="history-undo"]');
  await expect(pack.locator('[data-attachment="ticket.txt"]')).toBeVisible();
  await expect.poll(async () => (await readdir(join(app.dataDir, 'vault'))).length).toBe(1);
  await page.click('[name="history-redo"]');
  await expect(pack.locator('[data-attachment]')).toHaveCount(0);
  await expect.poll(async () => (await readdir(join(app.dataDir, 'vault'))).length).toBe(0);

  // A second checklist, moved above the first, then the first archived.
  await page.getByTestId('create-from-template').click();
  await page.locator('[data-create-template="china-k-visa"]').click();
  // The K visa list says plainly that it is not permission to work, and flags it for checking.
  await expect(page.locator('[data-notice]').first()).toContainText('The K visa is not permission to work');
  await expect(page.locator('[data-notice]').first()).toContainText('Verify with the official source');
  await page.getByRole('button', { name: 'Move up' }).first().click();
  await expect(page.locator('[data-checklist-entry]').first()).toHaveAttribute('data-checklist-entry', 'china-k-visa');
  await page.locator('[data-checklist-entry="blank"]').click();
  await page.getByTestId('archive-checklist').click();
  await expect(page.locator('[data-checklist-entry="blank"]')).toHaveCount(0);
  await expect(page.locator('[data-checklist-entry="china-k-visa"]')).toHaveAttribute('aria-current', 'true');
  await page.getByTestId('show-archived').check();
  await expect(page.locator('[data-checklist-entry="blank"]')).toContainText('Before the flight');
  await waitForSaved(page);

  await app.restart();
  await app.page.click('[data-nav="checklists"]');
  await expect(app.page.locator('[data-checklist-entry]')).toHaveCount(1);
  await app.page.getByTestId('show-archived').check();
  await app.page.locator('[data-checklist-entry="blank"]').click();
  await expect(app.page.getByTestId('checklist-items').locator(':scope > li')).toHaveCount(3);
  await expect(app.page.getByTestId('checklist-items').locator(':scope > li').nth(1)).toContainText('Cancel the gym');
});

test('work-permit points from the profile and an HSK level', async ({ app }) => {
  const { page } = app;
  await page.fill(field('profile.birthYear'), '1987');
  await page.selectOption(field('profile.highestDegree'), 'master');
  await page.fill(field('profile.yearsExperience'), '9');
  await page.click('[data-nav="checklists"]');
  const panel = page.getByTestId('points-panel');
  // No offer chosen: the salary is unknown, so the estimate says how high it could go.
  await page.fill(field('points.hsk'), '4');
  await expect(panel.getByTestId('points-total')).toHaveAttribute('data-points', '65');
  await expect(panel.getByTestId('points-total')).toHaveAttribute('data-category', 'B');
  await expect(panel.locator('[data-factor="chinese"]')).toContainText('8');
  await expect(panel.locator('[data-factor="salary"]')).toContainText('Not known yet');
  await expect(panel).toContainText('Provinces use their own versions of the table');
  await page.fill(field('points.hsk'), '12');
  await expect(page.locator(fieldError('points.hsk'))).toHaveText('Choose an HSK level (0 for none).');
  await page.screenshot({ path: 'tests/e2e/artifacts/checklists-points.png', fullPage: true });
});

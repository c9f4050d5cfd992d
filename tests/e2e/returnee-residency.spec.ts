import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { pdfText, pdfToPngs } from './support/pdf';

const field = (name: string) => `[name="${name}"]`;
const fieldError = (name: string) => `[data-field-error="${name}"]`;
const item = (page: Page, key: string) => page.locator(`[data-item-key="${key}"]`);
// Git-ignored, inside the checkout that runs the spec (it was an absolute path into another folder).
const SHOTS = 'tests/e2e/artifacts/i13';

async function waitForSaved(page: Page) {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

async function addStay(page: Page, entry: string, exit: string, isPlanned = false) {
  await page.fill(field('stay.entry'), entry);
  await page.fill(field('stay.exit'), exit);
  if (isPlanned) await page.check(field('stay.isPlanned'));
  await page.getByTestId('stay-submit').click();
  await expect(page.locator(field('stay.entry'))).toHaveValue('');
}

test.use({ clockTime: '2027-01-11T10:00:00' });
// Two PDFs and a restart on a machine shared by many: a generous cap, not a timed assertion.
test.describe.configure({ timeout: 240_000 });

test('a returnee plan: a US green-card holder moving to Shanghai, with the checklist printed', async ({ app }) => {
  const { page } = app;
  await page.selectOption(field('profile.citizenship'), 'CN');
  await page.fill(field('move.destinationCity'), 'Shanghai');
  await page.selectOption(field('move.destinationCountry'), 'CN');

  // The US side of the person lives on the Days in China screen (the profile's US tax status).
  await page.click('[data-nav="residency"]');
  await page.selectOption(field('profile.usTaxStatus'), 'green-card');
  await expect(page.getByTestId('residency-rules')).toContainText('Residence is by domicile');

  await page.click('[data-nav="checklists"]');
  await page.getByTestId('create-from-template').click();
  const picker = page.getByTestId('template-picker');
  await expect(picker.locator('[data-template="china-returnee"]')).toContainText('reviewed on Dec 1, 2026');
  await picker.locator('[data-create-template="china-returnee"]').click();
  await expect(page.getByTestId('checklist-detail')).toBeVisible();

  // Without the last day abroad, the US-side steps say which date to set.
  await expect(item(page, 'green-card-decision').locator('[data-missing-anchor="last-abroad"]')).toHaveText('Set your last day abroad to see this deadline.');
  await page.fill(field('anchors.last-abroad'), '2027-06-30');
  await page.fill(field('anchors.entry'), '2027-07-01');
  await page.fill(field('anchors.start'), '2027-08-02');
  // 2027-06-30 - 90 days = 2027-04-01; - 14 = 06-16; entry + 24 months - 1 day = 2029-06-30; start + 6 months = 2028-02-02.
  await expect(item(page, 'green-card-decision').locator('[data-due-date]')).toHaveText('Apr 1, 2027');
  await expect(item(page, 'sailing-permit').locator('[data-due-date]')).toHaveText('Jun 16, 2027');
  await expect(item(page, 'shanghai-two-years').locator('[data-due-date]')).toHaveText('Jun 30, 2029');
  await expect(item(page, 'shanghai-hukou').locator('[data-due-date]')).toHaveText('Feb 2, 2028');
  // Contested or not-found facts are flagged; settled ones are not.
  await expect(item(page, 'shanghai-hukou').locator('[data-verify]')).toBeVisible();
  await expect(item(page, 'duty-free-car').locator('[data-verify]')).toBeVisible();
  await expect(item(page, 'china-tax-resident').locator('[data-verify]')).toHaveCount(0);
  // Entry before the last day abroad is flagged at once.
  await page.fill(field('anchors.entry'), '2027-06-29');
  await expect(page.getByTestId('anchors-panel')).toContainText('“Entry into the country” is set before “Last day abroad”.');
  await page.fill(field('anchors.entry'), '2027-07-01');
  await expect(page.getByTestId('anchors-panel').locator('.banner--warn')).toHaveCount(0);
  await waitForSaved(page);
  await page.screenshot({ path: `${SHOTS}/returnee-checklist-en.png`, fullPage: true });

  await page.getByTestId('save-pdf').click();
  await expect(page.getByTestId('pdf-status')).toContainText('Saved to');
  const [pdf] = await app.exportedFiles();
  const text = await pdfText(pdf!);
  expect(text).toContain('Coming home to China (returnees)');
  expect(text).toContain('Form I-407');
  expect(text).toContain('Apr 1, 2027');
  expect(text).toContain('Jun 30, 2029');
  expect(text).toContain('Reviewed on Dec 1, 2026');
  expect(text).toContain('Sources');
  expect(text).toContain('Shanghai HRSS rules for returned overseas students');
  expect(text).toContain('no social security agreement between the US and China');
  expect(text).toMatch(/Verify with the official source/);
  await pdfToPngs(pdf!, `${SHOTS}/returnee-pdf-en`);

  // The same plan in Chinese.
  await page.click('[data-nav="settings"]');
  await page.selectOption(field('profile.interfaceLanguage'), 'zh-CN');
  await page.click('[data-nav="checklists"]');
  await expect(item(page, 'shanghai-hukou')).toContainText('上海落户');
  await expect(page.getByTestId('anchors-panel')).toContainText('在境外的最后一天');
  await page.screenshot({ path: `${SHOTS}/returnee-checklist-zh.png`, fullPage: true });
  await page.getByTestId('save-pdf').click();
  // Printing waits on the machine, not on a clock: wait for the status that names the new file.
  await expect(page.getByTestId('pdf-status')).toContainText('回国发展（留学归国人员）.pdf', { timeout: 60_000 });
  const zhPdf = (await app.exportedFiles()).find((path) => path.endsWith('回国发展（留学归国人员）.pdf'))!;
  expect(await pdfText(zhPdf)).toContain('回国发展');
  await pdfToPngs(zhPdf, `${SHOTS}/returnee-pdf-zh`);
});

test('a trip log gives the residence answer that the tax panel then uses', async ({ app }) => {
  const { page } = app;
  await page.selectOption(field('profile.homeCurrency'), 'USD');
  await page.selectOption(field('profile.citizenship'), 'CA');

  // An offer in Shanghai from 2027-03-01, taxed as a China resident by hand.
  await page.click('[data-nav="offers"]');
  await page.click(field('add-offer'));
  await page.fill(field('new-offer.company'), 'Shanghai Tech');
  await page.selectOption(field('new-offer.currency'), 'CNY');
  await page.click(field('create-offer'));
  await page.fill(field('offer.city'), 'Shanghai');
  await page.selectOption(field('offer.country'), 'CN');
  await page.fill(field('offer.startDate'), '2027-03-01');
  await page.fill(field('offer.base.amountMinor'), '900000');
  await page.selectOption(field('tax.model'), 'china-resident');
  // Only a resident gets special additional deductions: an only child's 3,000 a month for elderly parents.
  // Year 1 (2027 tables), 900,000 base: resident 900,000 - 60,000 - 36,000 = 804,000 taxable, tax
  // 804,000 x 35% - 85,920 = 195,480; non-resident (no deductions): 70,000 a month x 35% - 7,160 = 17,340
  // x 12 = 208,080.
  await page.selectOption(field('tax.elderlyParents.kind'), 'only-child');
  const panel = page.getByTestId('tax-settings-panel');
  await expect(panel.getByTestId('tax-residence-from-log')).toHaveCount(0);
  await waitForSaved(page);
  await page.click(field('back-to-offers'));

  // The log: one stay 2027-03-01 -> 2027-06-01 = 91 full days (03-02..05-31: 30 + 30 + 31), under 183.
  await page.click('[data-nav="residency"]');
  await expect(page.getByTestId('residency-empty')).toBeVisible();
  // Bad input is refused at the field and nothing is saved.
  await page.fill(field('stay.entry'), '2027-03-01');
  await page.fill(field('stay.exit'), '2027-02-01');
  await page.getByTestId('stay-submit').click();
  await expect(page.locator(fieldError('stay.exit'))).toHaveText('The exit date is before the entry date.');
  await expect(page.getByTestId('residency-empty')).toBeVisible();
  await page.fill(field('stay.exit'), '2027-06-01');
  await page.getByTestId('stay-submit').click();
  await expect(page.getByTestId('conclusion-year')).toHaveText('2027: not a China tax resident. 91 full days in China, 92 short of 183.');
  await expect(page.locator('[data-year="2027"]')).toHaveAttribute('data-full-days', '91');
  // An overlapping stay is refused.
  await page.fill(field('stay.entry'), '2027-05-01');
  await page.fill(field('stay.exit'), '2027-05-10');
  await page.getByTestId('stay-submit').click();
  await expect(page.locator(fieldError('stay.entry'))).toContainText('overlaps another one');
  await page.fill(field('stay.entry'), '');
  await page.fill(field('stay.exit'), '');
  await waitForSaved(page);

  // The tax panel now follows the log: not resident in 2027, taxed as a non-resident.
  await page.click('[data-nav="offers"]');
  await page.click(field('tab-list'));
  await page.click(field('edit-offer'));
  const fromLog = panel.getByTestId('tax-residence-from-log');
  await expect(fromLog).toHaveAttribute('data-resident', 'false');
  await expect(fromLog).toContainText('not resident in 2027 (91 full days in China; 183 needed). Taxed as a non-resident.');
  await panel.screenshot({ path: `${SHOTS}/tax-panel-from-log-nonresident.png` });
  await page.click(field('back-to-offers'));
  await page.click(field('tab-compare'));
  const table = page.getByTestId('take-home-section').locator('[data-testid="take-home-offer"][data-offer="Shanghai Tech"]');
  const taxYear1 = table.locator('tr[data-row="tax"] td[data-col="1"]');
  await expect(taxYear1).toHaveText('CN¥208,080.00');

  // Switching the log off for tax gives the hand choice (resident) back; on again, the log decides.
  await page.click('[data-nav="residency"]');
  await page.uncheck(field('residency.isUsedForTax'));
  await page.click('[data-nav="offers"]');
  await page.click(field('tab-compare'));
  await expect(taxYear1).toHaveText('CN¥195,480.00');
  await page.click('[data-nav="residency"]');
  await page.check(field('residency.isUsedForTax'));
  await page.click('[data-nav="offers"]');
  await page.click(field('tab-compare'));
  await expect(taxYear1).toHaveText('CN¥208,080.00');

  // A planned stay from 2027-07-01 (open: through 2027-12-31) adds 07-02..12-31 = 183 days: 274, resident.
  await page.click('[data-nav="residency"]');
  await addStay(page, '2027-07-01', '', true);
  await expect(page.getByTestId('conclusion-year')).toHaveText('2027: China tax resident. 274 full days in China, 183 needed.');
  await page.screenshot({ path: `${SHOTS}/residency-en.png`, fullPage: true });
  // Without the planned trip the log alone says 91 again.
  await page.uncheck(field('residency.includePlanned'));
  await expect(page.getByTestId('conclusion-year')).toContainText('91 full days');
  await page.check(field('residency.includePlanned'));

  await page.click('[data-nav="offers"]');
  await page.click(field('tab-compare'));
  await expect(taxYear1).toHaveText('CN¥195,480.00');
  await page.click(field('tab-list'));
  await page.click(field('edit-offer'));
  await expect(fromLog).toHaveAttribute('data-resident', 'true');
  await expect(fromLog).toContainText('resident in 2027 (274 full days in China; 183 needed). Taxed as a China resident.');
  await page.click(field('back-to-offers'));
  await waitForSaved(page);

  // The log and the hand choice are both kept on disk after a restart.
  await app.restart();
  await app.page.click('[data-nav="residency"]');
  await expect(app.page.getByTestId('conclusion-year')).toHaveText('2027: China tax resident. 274 full days in China, 183 needed.');
  await app.page.click('[data-nav="settings"]');
  await app.page.selectOption(field('profile.interfaceLanguage'), 'zh-CN');
  await app.page.click('[data-nav="residency"]');
  await expect(app.page.getByTestId('conclusion-year')).toHaveText('2027年：中国税收居民。在华完整天数274天，需满183天。');
  await app.page.screenshot({ path: `${SHOTS}/residency-zh.png`, fullPage: true });
  await app.page.click('[data-nav="offers"]');
  await app.page.click(field('tab-list'));
  await app.page.click(field('edit-offer'));
  await expect(app.page.getByTestId('tax-residence-from-log')).toContainText('按出入境记录判定居民身份：2027年为居民');
  await app.page.getByTestId('tax-settings-panel').screenshot({ path: `${SHOTS}/tax-panel-from-log-zh.png` });
});

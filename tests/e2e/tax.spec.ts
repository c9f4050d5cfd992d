import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { pdfText, pdfToPngs } from './support/pdf';

const field = (name: string) => `[name="${name}"]`;

async function waitForSaved(page: Page) {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

/**
 * The saved plan once it satisfies `isReady`. The save status stays "saved" during the 250 ms debounce
 * after a new edit, so it alone cannot tell that the latest edit is on disk; the file can.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function savedPlanWhen(dataDir: string, isReady: (plan: any) => boolean): Promise<any> {
  let plan: unknown = null;
  await expect
    .poll(async () => {
      plan = JSON.parse(await readFile(join(dataDir, 'plan.json'), 'utf8'));
      return isReady(plan);
    })
    .toBe(true);
  return plan;
}

test.use({ clockTime: '2027-01-11T10:00:00' });

/**
 * Offer A of issue 3 entered through the UI, taxed as a foreign China resident with the housing allowance
 * reimbursed. Expected figures are the hand calculation in tests/unit/shared/offer-tax/offer-a.test.ts:
 * year 1 (2027-03..2028-02, 2027 tables; its bonus is paid 2028-03-01, so combined; 10 of 12 housing months
 * by 2027-12-31 exempt) taxable 1,605,000, tax 540,330, take-home 1,274,670;
 * years 2-4 (2028-2030: both reliefs ended) tax 472,830, take-home 1,042,170; total 4,401,180 CNY
 * = 619,884.51 USD at 7.10.
 */
async function enterOfferA(page: Page) {
  await page.selectOption(field('profile.homeCurrency'), 'USD');
  await page.selectOption(field('profile.citizenship'), 'CA');
  await page.click('[data-nav="offers"]');
  await page.click(field('add-offer'));
  await page.fill(field('new-offer.company'), 'Shanghai Tech');
  await page.selectOption(field('new-offer.currency'), 'CNY');
  await page.click(field('create-offer'));
  await expect(page.getByTestId('offer-editor')).toBeVisible();

  await page.fill(field('offer.city'), 'Shanghai');
  await page.selectOption(field('offer.country'), 'CN');
  await page.fill(field('offer.startDate'), '2027-03-01');
  await page.fill(field('offer.base.amountMinor'), '900000');
  await page.fill(field('offer.bonus.targetBp'), '15');
  await page.click(field('add-sign-on'));
  await page.fill(field('offer.signOn.installments.0.amountMinor'), '300000');
  await page.click(field('add-equity'));
  await page.fill(field('offer.equity.0.grantValueMinor'), '1200000');
  await page.click(field('add-allowance'));
  await page.fill(field('offer.allowances.0.amountMinor'), '15000');
  await page.check(field('offer.allowances.0.isReimbursed'));
  await waitForSaved(page);
}

test('offer A as a foreign China resident with housing reimbursed shows its take-home per year', async ({ app }) => {
  const { page } = app;
  await enterOfferA(page);

  // No tax settings yet: compared before tax, with China resident suggested from the country.
  const panel = page.getByTestId('tax-settings-panel');
  await expect(panel.getByTestId('tax-off')).toBeVisible();
  await expect(panel).toContainText('Suggested for this offer: China, tax resident.');
  await page.selectOption(field('tax.model'), 'china-resident');
  // The profile's citizenship (Canada) makes the person a foreign national by default.
  await expect(page.locator(field('tax.isForeignNational'))).toBeChecked();
  await waitForSaved(page);

  // Options go by payment date: every bonus is paid after 2027-12-31 (the first on 2028-03-01, month 12),
  // so "taxed separately" is not offered at all; the exemption covers 10 of year 1's housing months.
  await expect(panel).toContainText(
    'A bonus may be taxed separately only if it is paid by Dec 31, 2027. Each year’s bonus is paid at the end of that year, the first on Mar 1, 2028, so the option is not offered.',
  );
  await expect(page.locator(`${field('tax.bonusTreatment')} option`)).toHaveText(['Suggest the better option', 'Combined with income']);
  await expect(panel).toContainText('The allowance exemption covers allowances paid by Dec 31, 2027: here year 1 (10 of 12 months); later months are taxed.');
  const suggestions = panel.getByTestId('tax-suggestions');
  await expect(suggestions.locator('[data-suggestion="bonus"]')).toHaveCount(0);
  await expect(suggestions.locator('[data-suggestion="allowances"]')).toHaveText(
    'Year 1 (2027): allowances exempt CN¥540,330.00 tax, special deductions CN¥607,830.00 tax. Suggested: Allowances exempt. (saves CN¥67,500.00)',
  );

  const onDisk = await savedPlanWhen(app.dataDir, (plan) => plan.offers.length === 1 && plan.taxByOffer[plan.offers[0].id] !== undefined);
  const offerId = onDisk.offers[0].id;
  expect(onDisk.offers[0].allowances[0]).toMatchObject({ kind: 'housing', amountMinor: 1_500_000, period: 'month', isReimbursed: true });
  expect(onDisk.taxByOffer[offerId]).toMatchObject({ model: 'china-resident', isForeignNational: true, bonusTreatment: 'auto' });

  // Bad input at the field: nothing invalid saved, nothing saved lost.
  await page.selectOption(field('tax.socialInsurance.kind'), 'percent-of-base');
  await page.fill(field('tax.socialInsurance.rateBp'), '150');
  await expect(page.locator('[data-field-error="tax.socialInsurance.rateBp"]')).toHaveText('Enter a percentage from 0 to 100 with at most two decimals.');
  const withBadRate = await savedPlanWhen(app.dataDir, (plan) => plan.taxByOffer[offerId].socialInsurance.kind === 'percent-of-base');
  expect(withBadRate.taxByOffer[offerId].socialInsurance.rateBp).toBe(0);
  await page.selectOption(field('tax.socialInsurance.kind'), 'none');
  await savedPlanWhen(app.dataDir, (plan) => plan.taxByOffer[offerId].socialInsurance.kind === 'none');

  await page.locator('[data-section="tax"]').screenshot({ path: 'tests/e2e/artifacts/tax-panel.png' });
  await page.click(field('back-to-offers'));
  await page.click(field('tab-compare'));
  const table = page.getByTestId('take-home-section').locator('[data-testid="take-home-offer"][data-offer="Shanghai Tech"]');
  const cell = (row: string, col: string | number) => table.locator(`tr[data-row="${row}"] td[data-col="${col}"]`);

  await expect(cell('gross', 1)).toHaveText('CN¥1,815,000.00');
  await expect(cell('tax', 1)).toHaveText('CN¥540,330.00');
  await expect(cell('takeHome', 1)).toHaveText('CN¥1,274,670.00');
  for (const year of [2, 3, 4]) {
    await expect(cell('gross', year)).toHaveText('CN¥1,515,000.00');
    await expect(cell('tax', year)).toHaveText('CN¥472,830.00');
    await expect(cell('takeHome', year)).toHaveText('CN¥1,042,170.00');
    await expect(cell('takeHomeHome', year)).toHaveText('$146,784.51');
  }
  await expect(cell('takeHomeHome', 1)).toHaveText('$179,530.99');
  await expect(cell('tax', 'total')).toHaveText('CN¥1,958,820.00');
  await expect(cell('takeHome', 'total')).toHaveText('CN¥4,401,180.00');
  await expect(cell('takeHomeHome', 'total')).toHaveText('$619,884.51');
  await expect(table.locator('th[data-col="1"]')).toContainText('taxed as 2027');
  await expect(table.locator('th[data-col="2"]')).toContainText('taxed as 2028');
  const notes = table.getByTestId('take-home-notes');
  await expect(notes.locator('[data-note="tax.notice.separateBonusUnavailable"]')).toContainText('allowed only for a bonus paid by Dec 31, 2027');
  await expect(notes.locator('[data-note="tax.notice.exemptionPartial"]')).toHaveText(
    'Year 1: The tax exemption for foreign individuals’ reimbursed allowances ends on Dec 31, 2027, within this year: only the allowances paid by then are exempt, the later months are taxed.',
  );
  await expect(notes.locator('[data-note="tax.notice.exemptionUnavailable"]')).toContainText('Years 2, 3, 4:');
  await expect(table.getByTestId('take-home-notes')).toContainText('Vested equity is taxed as wages in the year it vests. A listed company’s qualifying plan is taxed separately instead until Dec 31, 2027');

  // Living costs come out of take-home: rent 10,000 and other costs 8,000 a month in Shanghai. The
  // reimbursed housing (180,000) is worth only the rent (120,000). Year 1: 1,274,670 - 60,000 unused
  // - 120,000 - 96,000 = 998,670; years 2-4: 1,042,170 - 276,000 = 766,170; total 3,297,180 CNY
  // = 464,391.55 USD.
  await page.click(field('add-cost-of-living'));
  await page.fill(field('comparison.costOfLiving.0.monthlyRentMinor'), '10000');
  await page.fill(field('comparison.costOfLiving.0.otherMonthlyMinor'), '8000');
  await expect(cell('left', 1)).toHaveText('CN¥998,670.00');
  await expect(cell('left', 2)).toHaveText('CN¥766,170.00');
  await expect(cell('left', 'total')).toHaveText('CN¥3,297,180.00');
  await expect(cell('leftHome', 'total')).toHaveText('$464,391.55');

  // Open how year 1 was computed: bracket, rate and quick deduction from the engine's steps.
  await cell('tax', 1).getByRole('button').click();
  const explanation = table.getByTestId('take-home-explanation');
  await expect(explanation).toHaveAttribute('data-year', '1');
  await expect(explanation.getByTestId('take-home-year-rule')).toHaveText(
    'Year 1 (Mar 2027 to Feb 2028) is taxed under the 2027 tables: 10 of its months fall in 2027. Its annual bonus is paid on Mar 1, 2028, after Dec 31, 2027, so it cannot be taxed separately. 10 of its 12 allowance months are paid by Dec 31, 2027: only those allowances can be tax-exempt.',
  );
  await expect(explanation.locator('[data-step="tax.explain.allowancesPartlyExempt"]')).toHaveText(
    'Reimbursed allowances CN¥180,000.00: CN¥150,000.00 paid by Dec 31, 2027 are tax-exempt (foreign individual), CN¥30,000.00 paid after it are taxed as wages',
  );
  await expect(explanation.locator('[data-step="tax.explain.bonusCombined"]')).toHaveText('Annual bonus CN¥135,000.00 is added to comprehensive income');
  // 1,200,000 wages + 300,000 equity + 30,000 housing (2028-01, 2028-02) + 135,000 bonus = 1,665,000.
  await expect(explanation.locator('[data-step="tax.explain.comprehensiveIncome"]')).toHaveText('Comprehensive income: CN¥1,665,000.00');
  await expect(explanation.locator('[data-step="tax.explain.annualBracket"]')).toHaveText(
    'Annual table, bracket 7: CN¥1,605,000.00 × 45% − quick deduction CN¥181,920.00 = CN¥540,330.00',
  );
  await expect(explanation.locator('[data-step="tax.explain.separateBonus"]')).toHaveCount(0);
  await page.getByTestId('take-home-section').screenshot({ path: 'tests/e2e/artifacts/tax-take-home.png' });
  await page.screenshot({ path: 'tests/e2e/artifacts/tax-comparison-full.png', fullPage: true });

  // The printout carries the after-tax table.
  await page.click(field('save-pdf'));
  await expect.poll(async () => (await app.exportedFiles()).filter((file) => file.endsWith('.pdf')).length).toBe(1);
  const [pdf] = (await app.exportedFiles()).filter((file) => file.endsWith('.pdf'));
  const text = await pdfText(pdf!);
  expect(text).toContain('After tax');
  expect(text).toContain('CN¥1,274,670.00');
  expect(text).toContain('$619,884.51');
  await pdfToPngs(pdf!, 'tests/e2e/artifacts/tax-comparison-pdf');

  // Everything is still there after a restart.
  await savedPlanWhen(app.dataDir, (plan) => plan.comparison.costOfLiving[0]?.otherMonthlyMinor === 800_000);
  await waitForSaved(page);
  await app.restart();
  const again = app.page;
  await again.click('[data-nav="offers"]');
  await again.click(field('tab-compare'));
  await expect(
    again.locator('[data-testid="take-home-offer"][data-offer="Shanghai Tech"] tr[data-row="takeHome"] td[data-col="total"]'),
  ).toHaveText('CN¥4,401,180.00');
});

test('a China model without social insurance or housing fund says take-home is overstated and fills typical values', async ({ app }) => {
  const { page } = app;
  await enterOfferA(page);
  await page.click(field('tax.useSuggested'));
  const panel = page.getByTestId('tax-settings-panel');
  const notice = panel.getByTestId('contributions-notice');
  await expect(notice).toContainText('Take-home is overstated: no social insurance or housing fund entered.');
  await expect(notice).toContainText('about 10.5% social insurance and 5–12% housing fund');
  await page.locator('[data-section="tax"]').screenshot({ path: 'tests/e2e/artifacts/tax-panel-contributions-before.png' });

  // The same notice stands above the offer's after-tax table in the comparison.
  await page.click(field('back-to-offers'));
  await page.click(field('tab-compare'));
  const section = page.getByTestId('take-home-section').locator('[data-testid="take-home-offer"][data-offer="Shanghai Tech"]');
  await expect(section.getByTestId('contributions-notice')).toContainText('Take-home is overstated');
  await expect(section.locator('tr[data-row="takeHome"] td[data-col="1"]')).toHaveText('CN¥1,274,670.00');

  // One click from the comparison, with a cap the person knows: 36,921 a month. Year 1 contributions are
  // 3,876.71 + 2,584.47 a month (10.5% and 7% of the capped base), 77,534.16 a year.
  await section.locator(field('take-home.typicalCap')).fill('abc');
  await expect(section.locator('[data-field-error="take-home.typicalCap"]')).toBeVisible();
  await section.locator(field('take-home.typicalCap')).fill('36,921');
  await section.locator(field('take-home.useTypical')).click();
  await expect(section.getByTestId('contributions-notice')).toHaveCount(0);
  await expect(section.locator('tr[data-row="contributions"] td[data-col="1"]')).toHaveText('CN¥77,534.16');
  const plan = await savedPlanWhen(app.dataDir, (p) => Object.values(p.taxByOffer).some((s: any) => s.socialInsurance.kind === 'percent-of-base')); // eslint-disable-line @typescript-eslint/no-explicit-any
  const settings = Object.values(plan.taxByOffer)[0];
  expect(settings).toMatchObject({
    socialInsurance: { kind: 'percent-of-base', rateBp: 1_050, monthlyBaseMinor: null, monthlyBaseCapMinor: 3_692_100 },
    housingFund: { kind: 'percent-of-base', rateBp: 700, monthlyBaseMinor: null, monthlyBaseCapMinor: 3_692_100 },
  });

  // Without a cap the panel says the whole base is used.
  await page.click(field('tab-list'));
  await page.locator('[data-offer="Shanghai Tech"] [name="edit-offer"]').click();
  await page.fill(field('tax.socialInsurance.monthlyBaseCapMinor'), '');
  await expect(page.getByTestId('tax-settings-panel').getByTestId('contributions-uncapped')).toContainText('No monthly cap entered for social insurance');
  await waitForSaved(page);
  await page.locator('[data-section="tax"]').screenshot({ path: 'tests/e2e/artifacts/tax-panel-contributions-after.png' });
});

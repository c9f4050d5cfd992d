import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { pdfText, pdfToPngs } from './support/pdf';

const field = (name: string) => `[name="${name}"]`;
const fieldError = (name: string) => `[data-field-error="${name}"]`;

test.use({ clockTime: '2027-01-11T10:00:00' });

async function waitForSaved(page: Page) {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

async function openOffers(page: Page) {
  await page.click('[data-nav="offers"]');
  await expect(page.getByTestId('view-offers')).toBeVisible();
}

async function createOffer(page: Page, company: string, currency: string) {
  await page.locator(field('add-offer')).first().click();
  await page.fill(field('new-offer.company'), company);
  await page.selectOption(field('new-offer.currency'), currency);
  await page.click(field('create-offer'));
  await expect(page.getByTestId('offer-editor')).toBeVisible();
  await expect(page.locator(field('offer.company'))).toHaveValue(company);
}

async function enterOfferA(page: Page) {
  await createOffer(page, 'Shanghai Tech', 'CNY');
  await page.fill(field('offer.role'), 'Staff Engineer');
  await page.fill(field('offer.city'), 'Shanghai');
  await page.selectOption(field('offer.country'), 'CN');
  await page.fill(field('offer.startDate'), '2027-03-01');
  await page.fill(field('offer.decisionDeadline'), '2027-01-25');
  await page.selectOption(field('offer.base.kind'), 'annual');
  await page.fill(field('offer.base.amountMinor'), '900,000');
  await page.fill(field('offer.bonus.targetBp'), '15');
  await page.click(field('add-sign-on'));
  await page.fill(field('offer.signOn.installments.0.amountMinor'), '300000');
  await page.fill(field('offer.signOn.installments.0.month'), '0');
  await page.click(field('add-equity'));
  await page.selectOption(field('offer.equity.0.kind'), 'rsu');
  await page.selectOption(field('offer.equity.0.rsuValuation'), 'value');
  await page.fill(field('offer.equity.0.grantValueMinor'), '1200000');
  await page.selectOption(field('offer.equity.0.vesting.preset'), '25-25-25-25');
  await page.fill(field('offer.equity.0.vesting.cliffMonths'), '12');
  await page.selectOption(field('offer.equity.0.vesting.frequency'), 'yearly');
  await page.click(field('add-allowance'));
  await page.selectOption(field('offer.allowances.0.kind'), 'housing');
  await page.fill(field('offer.allowances.0.amountMinor'), '15000');
  await page.selectOption(field('offer.allowances.0.period'), 'month');
  await expect(page.getByTestId('editor-first-year')).toContainText('1,815,000.00');
}

async function enterOfferB(page: Page) {
  await createOffer(page, 'Seattle Cloud', 'USD');
  await page.fill(field('offer.role'), 'Senior Engineer');
  await page.fill(field('offer.city'), 'Seattle');
  await page.fill(field('offer.startDate'), '2027-03-01');
  await page.fill(field('offer.base.amountMinor'), '185000');
  await page.fill(field('offer.bonus.targetBp'), '10');
  await page.click(field('add-sign-on'));
  await page.fill(field('offer.signOn.installments.0.amountMinor'), '50000');
  await page.click(field('add-equity'));
  await page.fill(field('offer.equity.0.grantValueMinor'), '400000');
  await page.selectOption(field('offer.relocation.kind'), 'lumpSum');
  await page.fill(field('offer.relocation.amountMinor'), '15000');
  await page.fill(field('offer.relocation.month'), '0');
  await expect(page.getByTestId('editor-first-year')).toContainText('$368,500.00');
}

const yearCell = (page: Page, company: string, row: string, col: string) =>
  page.locator(`[data-testid="year-table"][data-offer="${company}"] tr[data-row="${row}"] td[data-col="${col}"]`);
const compareCell = (page: Page, row: string, company: string) => page.locator(`[data-testid="cmp-${row}"] td[data-offer="${company}"]`);

async function expectWorkedExample(page: Page) {
  await expect(yearCell(page, 'Shanghai Tech', 'total', '1')).toHaveText('CN¥1,815,000.00');
  for (const year of ['2', '3', '4']) await expect(yearCell(page, 'Shanghai Tech', 'total', year)).toHaveText('CN¥1,515,000.00');
  await expect(yearCell(page, 'Shanghai Tech', 'total', 'total')).toHaveText('CN¥6,360,000.00');
  await expect(yearCell(page, 'Shanghai Tech', 'totalHome', 'total')).toHaveText('$895,774.65');
  await expect(yearCell(page, 'Seattle Cloud', 'total', '1')).toHaveText('$368,500.00');
  for (const year of ['2', '3', '4']) await expect(yearCell(page, 'Seattle Cloud', 'total', year)).toHaveText('$303,500.00');
  await expect(yearCell(page, 'Seattle Cloud', 'total', 'total')).toHaveText('$1,279,000.00');
  await expect(compareCell(page, 'horizonTotal', 'Shanghai Tech')).toContainText('$895,774.65');
  await expect(compareCell(page, 'horizonTotal', 'Seattle Cloud')).toContainText('$1,279,000.00');
}

test('the worked example entered through the UI: totals, rate change, PDF, CSV, restart', async ({ app }) => {
  const { page } = app;
  await page.selectOption(field('profile.homeCurrency'), 'USD');
  await openOffers(page);
  await expect(page.getByTestId('empty-offers')).toBeVisible();
  await enterOfferA(page);
  await waitForSaved(page);
  await page.screenshot({ path: 'tests/e2e/artifacts/offers-editor.png', fullPage: true });
  await page.click(field('back-to-offers'));
  await enterOfferB(page);
  await page.click(field('back-to-offers'));
  await expect(page.getByTestId('offer-row')).toHaveCount(2);
  await expect(page.locator('[data-offer="Shanghai Tech"] [data-testid="deadline-days"]')).toHaveText('in 14 days');

  await page.click(field('tab-compare'));
  await expect(page.getByTestId('offers-comparison')).toBeVisible();
  await page.selectOption(field('comparison.horizonYears'), '4');
  await page.fill(field('fx.USD.CNY'), '7.10');
  await expect(page.getByTestId('fx-as-of')).toContainText('example rates, not market quotes');
  await expect(page.getByTestId('home-currency')).toHaveText('USD');
  await expectWorkedExample(page);
  await expect(page.locator('[data-testid="cmp-horizonTotal"] td[data-best]')).toHaveAttribute('data-offer', 'Seattle Cloud');

  // Another rate moves the USD total of the CNY offer and nothing else.
  await page.fill(field('fx.USD.CNY'), '7.00');
  await expect(yearCell(page, 'Shanghai Tech', 'totalHome', 'total')).toHaveText('$908,571.43');
  await expect(yearCell(page, 'Seattle Cloud', 'total', 'total')).toHaveText('$1,279,000.00');
  await page.fill(field('fx.USD.CNY'), '7.1');
  await expect(yearCell(page, 'Shanghai Tech', 'totalHome', 'total')).toHaveText('$895,774.65');
  await waitForSaved(page);
  await expect(page.getByTestId('comparison-chart').locator('svg .recharts-bar-rectangle').first()).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/artifacts/offers-comparison.png', fullPage: true });

  await page.click(field('save-pdf'));
  await expect(page.getByTestId('export-outcome')).toContainText('.pdf');
  const pdf = (await app.exportedFiles()).find((file) => file.endsWith('.pdf'));
  expect(pdf).toBeTruthy();
  const text = await pdfText(pdf!);
  for (const figure of ['1,815,000.00', '1,515,000.00', '6,360,000.00', '895,774.65', '368,500.00', '303,500.00', '1,279,000.00']) {
    expect(text, `PDF holds ${figure}`).toContain(figure);
  }
  expect(text).toContain('Shanghai Tech');
  expect(text).not.toContain('Save as PDF');
  await pdfToPngs(pdf!, 'tests/e2e/artifacts/offers-comparison-pdf');

  await page.click(field('export-csv'));
  await expect(page.getByTestId('export-outcome')).toContainText('.csv');
  const csvPath = (await app.exportedFiles()).find((file) => file.endsWith('.csv'));
  const csv = (await readFile(csvPath!, 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe('Company,Role,City,Currency,Year,Base salary,Bonus,Equity vested,Sign-on,Relocation,Allowances,Subsidies,Total,Home currency,Total in home currency');
  expect(lines).toContain('Shanghai Tech,Staff Engineer,Shanghai,CNY,1,900000.00,135000.00,300000.00,300000.00,0.00,180000.00,0.00,1815000.00,USD,255633.80');
  expect(lines).toContain('Shanghai Tech,Staff Engineer,Shanghai,CNY,Horizon total,3600000.00,540000.00,1200000.00,300000.00,0.00,720000.00,0.00,6360000.00,USD,895774.65');
  expect(lines).toContain('Seattle Cloud,Senior Engineer,Seattle,USD,Horizon total,740000.00,74000.00,400000.00,50000.00,15000.00,0.00,0.00,1279000.00,USD,1279000.00');
  expect(lines).toHaveLength(1 + 2 * 5);

  await app.restart();
  const again = app.page;
  await openOffers(again);
  await expect(again.getByTestId('offer-row')).toHaveCount(2);
  await again.click(field('tab-compare'));
  await expect(again.locator(field('fx.USD.CNY'))).toHaveValue('7.10');
  await expect(again.locator(field('comparison.horizonYears'))).toHaveValue('4');
  await expectWorkedExample(again);
  await again.click(field('tab-list'));
  await again.locator('[data-offer="Shanghai Tech"] [name="edit-offer"]').click();
  await expect(again.locator(field('offer.base.amountMinor'))).toHaveValue('900,000');
  await expect(again.locator(field('offer.bonus.targetBp'))).toHaveValue('15');
  await expect(again.locator(field('offer.allowances.0.amountMinor'))).toHaveValue('15,000');
  await expect(again.locator(field('offer.equity.0.grantValueMinor'))).toHaveValue('1,200,000');
});

test('bad input shows a message at the field and is never saved', async ({ app }) => {
  const { page } = app;
  await openOffers(page);
  await page.click(field('add-offer'));
  await page.click(field('create-offer'));
  await expect(page.locator(fieldError('new-offer.company'))).toHaveText('Enter the company name.');
  await page.fill(field('new-offer.company'), 'Valid Co');
  await page.click(field('create-offer'));
  await page.fill(field('offer.base.amountMinor'), '500000');
  await page.fill(field('offer.startDate'), '2027-04-01');
  await page.click(field('add-equity'));
  await page.fill(field('offer.equity.0.grantValueMinor'), '100000');
  await waitForSaved(page);

  await page.fill(field('offer.base.amountMinor'), '-5');
  await expect(page.locator(fieldError('offer.base.amountMinor'))).toHaveText('The amount cannot be negative.');
  await page.fill(field('offer.base.amountMinor'), '2000000000000');
  await expect(page.locator(fieldError('offer.base.amountMinor'))).toHaveText('The amount is too large (at most 1,000,000,000,000).');
  await page.fill(field('offer.company'), '   ');
  await expect(page.locator(fieldError('offer.company'))).toHaveText('Enter the company name.');
  await page.fill(field('offer.startDate'), '2027-02-30');
  await expect(page.locator(fieldError('offer.startDate'))).toHaveText('Enter a real date as YYYY-MM-DD.');
  await page.fill(field('offer.decisionDeadline'), '2027-13-01');
  await expect(page.locator(fieldError('offer.decisionDeadline'))).toHaveText('Enter a real date as YYYY-MM-DD.');
  await page.fill(field('offer.equity.0.vesting.cliffMonths'), '60');
  await expect(page.locator(fieldError('offer.equity.0.vesting.cliffMonths'))).toHaveText('The cliff cannot be longer than the vesting schedule.');
  await page.selectOption(field('offer.equity.0.vesting.preset'), 'custom');
  await expect(page.locator(field('offer.equity.0.vesting.customYearlyBp'))).toHaveValue('25, 25, 25, 25');
  await page.fill(field('offer.equity.0.vesting.customYearlyBp'), '25, 25, 25');
  await expect(page.locator(fieldError('offer.equity.0.vesting.customYearlyBp'))).toHaveText('The yearly vesting percentages must add up to 100%.');
  await page.fill(field('offer.bonus.targetBp'), 'abc');
  await expect(page.locator(fieldError('offer.bonus.targetBp'))).toHaveText('Enter a number.');
  await page.screenshot({ path: 'tests/e2e/artifacts/offers-bad-input.png', fullPage: true });
  await page.evaluate(() => window.plannerFlushPendingSaves?.());
  await waitForSaved(page);

  await app.restart();
  const onDisk = JSON.parse(await readFile(join(app.dataDir, 'plan.json'), 'utf8'));
  expect(onDisk.offers).toHaveLength(1);
  expect(onDisk.offers[0]).toMatchObject({ company: 'Valid Co', startDate: '2027-04-01', decisionDeadline: null });
  expect(onDisk.offers[0].base.amountMinor).toBe(50_000_000);
  expect(onDisk.offers[0].equity[0].vesting).toEqual({ preset: 'custom', customYearlyBp: [2500, 2500, 2500, 2500], cliffMonths: 12, frequency: 'yearly' });
  await openOffers(app.page);
  await app.page.locator('[data-offer="Valid Co"] [name="edit-offer"]').click();
  await expect(app.page.locator(field('offer.base.amountMinor'))).toHaveValue('500,000');
  await expect(app.page.locator(field('offer.company'))).toHaveValue('Valid Co');
});

test('duplicate, archive, sort, delete with undo', async ({ app }) => {
  const { page } = app;
  await openOffers(page);
  await createOffer(page, 'Beta Labs', 'USD');
  await page.fill(field('offer.decisionDeadline'), '2027-02-01');
  await page.click(field('back-to-offers'));
  await createOffer(page, 'Alpha Works', 'USD');
  await page.fill(field('offer.base.amountMinor'), '100000');
  await page.click(field('back-to-offers'));
  const names = () => page.getByTestId('offer-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-offer')));
  expect(await names()).toEqual(['Alpha Works', 'Beta Labs']);
  await page.selectOption(field('offers-sort'), 'deadline');
  expect(await names()).toEqual(['Beta Labs', 'Alpha Works']);
  await page.selectOption(field('offers-sort'), 'company');

  await page.locator('[data-offer="Alpha Works"] [name="duplicate-offer"]').click();
  await expect(page.locator('[data-offer="Alpha Works (copy)"]')).toBeVisible();
  await page.locator('[data-offer="Alpha Works (copy)"] [name="archive-offer"]').click();
  await expect(page.locator('[data-offer="Alpha Works (copy)"]')).toHaveCount(0);
  await page.check(field('show-archived'));
  await expect(page.locator('[data-offer="Alpha Works (copy)"]')).toContainText('Archived');
  await page.uncheck(field('show-archived'));

  await page.locator('[data-offer="Beta Labs"] [name="delete-offer"]').click();
  await expect(page.locator('[data-offer="Beta Labs"]')).toHaveCount(0);
  await expect(page.getByTestId('history-notice')).toContainText('Deleted offer Beta Labs');
  await page.click(field('history-undo'));
  await expect(page.locator('[data-offer="Beta Labs"]')).toBeVisible();
  await page.locator('[data-offer="Alpha Works"] [name="delete-offer"]').click();
  await waitForSaved(page);

  await app.restart();
  const onDisk = JSON.parse(await readFile(join(app.dataDir, 'plan.json'), 'utf8'));
  expect(onDisk.offers.map((offer: { company: string; isArchived: boolean }) => [offer.company, offer.isArchived])).toEqual([
    ['Beta Labs', false],
    ['Alpha Works (copy)', true],
  ]);
  expect(onDisk.offers[1].base.amountMinor).toBe(10_000_000);
});

test('living costs, criteria, a missing rate and the Chinese interface', async ({ app }) => {
  const { page } = app;
  await openOffers(page);
  await enterOfferA(page);
  await page.click(field('back-to-offers'));
  await enterOfferB(page);
  await page.click(field('back-to-offers'));
  await page.click(field('tab-compare'));

  await page.click(field('add-cost-of-living'));
  await expect(page.locator(field('comparison.costOfLiving.0.city'))).toHaveValue('Shanghai');
  await page.fill(field('comparison.costOfLiving.0.monthlyRentMinor'), '20000');
  await page.fill(field('comparison.costOfLiving.0.otherMonthlyMinor'), '5000');
  await expect(page.locator('[data-testid="living-costs"] tr[data-offer="Shanghai Tech"] td[data-year="1"]')).toHaveText('CN¥1,515,000.00');
  await page.fill(field('comparison.costOfLiving.0.otherMonthlyMinor'), '-1');
  await expect(page.locator(fieldError('comparison.costOfLiving.0.otherMonthlyMinor'))).toHaveText('The amount cannot be negative.');

  await page.getByRole('button', { name: '+ Career growth' }).click();
  const criterion = page.locator('[data-criterion="Career growth"]');
  await criterion.locator('input').nth(2).fill('8');
  await criterion.locator('input').nth(3).fill('6');
  await expect(page.locator('[data-testid="criteria-rank"] td[data-offer="Shanghai Tech"]')).toContainText('8.00 / 10 · rank 1');
  await expect(page.locator('[data-testid="cmp-criteria"] td[data-offer="Shanghai Tech"]')).toHaveAttribute('data-best', 'true');
  await criterion.locator('input').nth(3).fill('11');
  await expect(page.getByText('Enter a score from 0 to 10.')).toBeVisible();

  await page.fill(field('comparison.leaveMonth'), '6');
  await expect(page.locator('[data-testid="cost-of-leaving"] tr[data-offer="Seattle Cloud"] td').nth(2)).toHaveText('$400,000.00');

  // Without a USD/CNY rate the CNY offer shows a warning in its cells, never NaN or zero.
  await page.getByRole('button', { name: 'Remove the USD/CNY rate' }).click();
  await expect(page.getByText('No exchange rate for CNY → USD. Add one below.')).toBeVisible();
  await expect(yearCell(page, 'Shanghai Tech', 'totalHome', 'total')).toContainText('No CNY/USD rate');
  await expect(compareCell(page, 'horizonTotal', 'Shanghai Tech')).toContainText('No CNY/USD rate');
  await expect(page.getByTestId('offers-comparison')).not.toContainText('NaN');
  await page.fill(field('new-rate.rate'), '7.10');
  await page.selectOption(field('new-rate.base'), 'USD');
  await page.selectOption(field('new-rate.quote'), 'USD');
  await page.click(field('add-rate'));
  await expect(page.locator(fieldError('new-rate.rate'))).toHaveText('A rate needs two different currencies.');
  await page.selectOption(field('new-rate.quote'), 'CNY');
  await page.click(field('add-rate'));
  await expect(yearCell(page, 'Shanghai Tech', 'totalHome', 'total')).toHaveText('$895,774.65');
  await waitForSaved(page);

  await page.click('[data-nav="settings"]');
  await page.selectOption(field('profile.interfaceLanguage'), 'zh-CN');
  await openOffers(page);
  await page.click(field('tab-compare'));
  await expect(yearCell(page, 'Shanghai Tech', 'total', '1')).toHaveText('¥1,815,000.00');
  await expect(yearCell(page, 'Shanghai Tech', 'totalHome', 'total')).toHaveText('US$895,774.65');
  await page.screenshot({ path: 'tests/e2e/artifacts/offers-comparison-zh.png', fullPage: true });
});

/** Whether the page scrolls sideways: a comparison wider than the window must scroll inside its cards instead. */
async function pageOverflowsX(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

test('after tax side by side, blank living costs, no criteria row, start date from the plan, currency warning, layout', async ({ app }) => {
  const { page } = app;
  await page.selectOption(field('profile.homeCurrency'), 'USD');
  await page.fill(field('move.targetStartDate'), '2027-06-01');
  await waitForSaved(page);
  await openOffers(page);

  // A new offer starts on the plan's target start date.
  await createOffer(page, 'Shanghai Tech', 'CNY');
  await expect(page.locator(field('offer.startDate'))).toHaveValue('Jun 1, 2027');
  await page.fill(field('offer.city'), 'Shanghai');
  await page.selectOption(field('offer.country'), 'CN');
  await page.fill(field('offer.base.amountMinor'), '900000');
  // Changing the currency after typing amounts keeps them as typed: said at the field.
  await page.selectOption(field('offer.currency'), 'USD');
  await expect(page.locator('[data-field-warning="offer.currency"]')).toContainText('kept as typed and are not converted: CNY amounts now read as USD');
  await page.selectOption(field('offer.currency'), 'CNY');
  await expect(page.locator('[data-field-warning="offer.currency"]')).toHaveCount(0);
  await page.selectOption(field('tax.model'), 'china-resident');
  await waitForSaved(page);
  await page.click(field('back-to-offers'));
  await createOffer(page, 'Seattle Cloud', 'USD');
  await page.fill(field('offer.city'), 'Seattle');
  await page.fill(field('offer.base.amountMinor'), '185000');
  await page.click(field('back-to-offers'));
  await page.click(field('tab-compare'));

  // 900,000 CNY taxed under the 2027 tables (7 of the offer year's months): (900,000 - 60,000) x 35% - 85,920
  // = 208,080 tax, take-home 691,920 CNY = $97,453.52 at 7.10.
  await expect(page.locator('[data-testid="cmp-criteria"]')).toHaveCount(0);
  await expect(page.getByTestId('offers-comparison')).not.toContainText('/ 10');
  await expect(compareCell(page, 'tax', 'Shanghai Tech')).toContainText('$29,307.04');
  await expect(compareCell(page, 'takeHome', 'Shanghai Tech')).toContainText('$97,453.52');
  await expect(compareCell(page, 'takeHome', 'Seattle Cloud')).toHaveText('No tax settings: compared before tax');
  await expect(page.locator('[data-testid="cmp-total"] th')).toContainText('Gross, first year');

  // Shanghai's living costs (10,000 + 5,000 a month) come out of take-home: 691,920 - 180,000 = 511,920 CNY.
  // Seattle's entry, just added and left blank, is "not entered", never zero costs, and wins nothing.
  await page.click(field('add-cost-of-living'));
  await page.fill(field('comparison.costOfLiving.0.monthlyRentMinor'), '10000');
  await page.fill(field('comparison.costOfLiving.0.otherMonthlyMinor'), '5000');
  await page.click(field('add-cost-of-living'));
  await expect(page.locator(field('comparison.costOfLiving.1.city'))).toHaveValue('Seattle');
  await expect(compareCell(page, 'leftAfterLivingCosts', 'Shanghai Tech')).toContainText('$72,101.41');
  await expect(compareCell(page, 'leftAfterLivingCosts', 'Shanghai Tech')).toContainText('from take-home');
  await expect(compareCell(page, 'leftAfterLivingCosts', 'Seattle Cloud')).toHaveText('No living costs entered');
  await expect(page.locator('[data-testid="cmp-leftAfterLivingCosts"] td[data-best]')).toHaveCount(0);
  await page.fill(field('comparison.costOfLiving.1.monthlyRentMinor'), '3000');
  await expect(compareCell(page, 'leftAfterLivingCosts', 'Seattle Cloud')).toContainText('from gross (no tax settings)');
  await expect(page.getByTestId('mixed-basis-note')).toBeVisible();
  await expect(page.locator('[data-testid="cmp-leftAfterLivingCosts"] td[data-best]')).toHaveCount(0);
  await waitForSaved(page);

  // CSV: tax and take-home columns.
  await page.click(field('export-csv'));
  await expect(page.getByTestId('export-outcome')).toContainText('.csv');
  const csvPath = (await app.exportedFiles()).find((file) => file.endsWith('.csv'));
  const lines = (await readFile(csvPath!, 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/,Total in home currency,Tax and contributions,Take-home,Take-home in home currency$/);
  expect(lines[1]).toMatch(/^Shanghai Tech,.*,1,.*,208080\.00,691920\.00,97453\.52$/);
  expect(lines.find((line) => line.startsWith('Seattle Cloud'))).toMatch(/,No tax settings \(compared before tax\),,$/);

  // PDF: the same rows, and no "0.00 / 10" rank without criteria.
  await page.click(field('save-pdf'));
  await expect(page.getByTestId('export-outcome')).toContainText('.pdf');
  const pdf = (await app.exportedFiles()).find((file) => file.endsWith('.pdf'));
  const text = await pdfText(pdf!);
  expect(text).toContain('Take-home');
  expect(text).toContain('97,453.52');
  expect(text).not.toContain('/ 10');
  await pdfToPngs(pdf!, 'tests/e2e/artifacts/offers-after-tax-pdf');

  // Six years and a very long company name: the page never scrolls sideways; tables scroll in their cards.
  await page.click(field('tab-list'));
  await page.locator('[data-offer="Seattle Cloud"] [name="edit-offer"]').click();
  const longName = 'Internationale Nederlanden Groep Technology and Digital Transformation Services Asia-Pacific Regional Headquarters Holding Company Pte Ltd';
  await page.fill(field('offer.company'), longName);
  await page.click(field('back-to-offers'));
  await page.click(field('tab-compare'));
  await page.selectOption(field('comparison.horizonYears'), '6');
  for (const size of [
    { width: 1280, height: 900 },
    { width: 1000, height: 800 },
  ]) {
    await page.setViewportSize(size);
    await expect(page.getByTestId('cmp-takeHome')).toBeVisible();
    expect(await pageOverflowsX(page), `no sideways page scroll at ${size.width}px`).toBe(false);
    const tabs = await page.locator(field('tab-compare')).boundingBox();
    expect(tabs!.x + tabs!.width, `the Compare tab is inside the window at ${size.width}px`).toBeLessThanOrEqual(size.width);
    const header = await page.locator(`[data-testid="comparison-table"] thead th[data-offer="${longName}"]`).boundingBox();
    expect(header!.width, 'a long company name wraps').toBeLessThan(400);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `tests/e2e/artifacts/offers-after-tax-${size.width}-top.png` });
    await page.locator('section[aria-labelledby="comparison-table-title"]').screenshot({ path: `tests/e2e/artifacts/offers-after-tax-${size.width}-table.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
});

import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { createOffer, enterShanghaiTech } from './support/offer-entry';
import { pdfText, pdfToPngs } from './support/pdf';

const field = (name: string) => `[name="${name}"]`;
// Git-ignored, inside the checkout that runs the spec (it was an absolute path into another folder).
const SHOTS = 'tests/e2e/artifacts/i9';

test.use({ clockTime: '2026-12-01T10:00:00' });

/** Current job: USD 210,000 base, 15 % bonus, RSU 400,000 granted 2025-03-01 yearly over 4 years, 27 % effective tax. */
async function enterSeattle(page: Page) {
  await createOffer(page, 'Seattle Cloud', 'USD');
  await page.selectOption(field('offer.kind'), 'currentJob');
  await page.fill(field('offer.city'), 'Seattle');
  await page.selectOption(field('offer.country'), 'US');
  await page.fill(field('offer.startDate'), '2027-03-01');
  await page.fill(field('offer.base.amountMinor'), '210000');
  await page.fill(field('offer.bonus.targetBp'), '15');
  await expect(page.getByTestId('current-job-note')).toBeVisible();
  await page.click(field('add-equity'));
  await page.fill(field('offer.equity.0.grantValueMinor'), '400000');
  await page.fill(field('offer.equity.0.grantDate'), '2025-03-01');
  // A grant date after the move date is refused at the field and not saved.
  await page.fill(field('offer.equity.0.grantDate'), '2027-06-01');
  await expect(page.locator('[data-field-error="offer.equity.0.grantDate"]')).toContainText('on or before');
  await page.fill(field('offer.equity.0.grantDate'), '2025-03-01');
  await expect(page.locator('[data-field-error="offer.equity.0.grantDate"]')).toHaveCount(0);
  // A discount outside 0-1 gets a message at the field.
  await page.fill(field('offer.equity.0.riskDiscountBp'), '1.5');
  await expect(page.locator('[data-field-error="offer.equity.0.riskDiscountBp"]')).toContainText('0 to 1');
  await page.fill(field('offer.equity.0.riskDiscountBp'), '');
  await page.selectOption(field('tax.model'), 'effective-rate');
  await page.fill(field('tax.effectiveRateBp'), '27');
  await page.click(field('back-to-offers'));
}

/** CNY 75,000 x 13, 20 % bonus, RSU 3,000,000 (1-year cliff then quarterly), housing 15,000/month, sign-on 300,000 pro rata over 12 months. */
async function enterShanghai(page: Page) {
  await enterShanghaiTech(page);
  await page.click(field('back-to-offers'));
}

/*
 * The case, worked by hand (4 years, home USD, 1 USD = 7.10 CNY, move and start 2027-03-01).
 *
 * Seattle Cloud (current job). Base 210,000 + bonus 15 % = 31,500 a year. RSU 400,000 granted 2025-03-01,
 * 25 % a year: vests 2026-03-01 and 2027-03-01 are already the person's (not counted); 2028-03-01 and
 * 2029-03-01 (100,000 each) fall in years 1 and 2. Gross 341,500 / 341,500 / 241,500 / 241,500 = 1,166,000.
 * Tax 27 % per year (exact to the cent): 92,205 / 92,205 / 65,205 / 65,205 = 314,820; take-home 851,180.00.
 * Living costs 5,500 x 48 = 264,000. Left 587,180.00 USD.
 *
 * Shanghai Tech (China resident, foreign national, typical contributions 10.5 % + 7 % of the base salary).
 * Base 75,000 x 13 = 975,000; bonus 20 % = 195,000; housing 15,000 x 12 = 180,000 cash (taxed as wages);
 * RSU 3,000,000 at 25 % a year, the first year at the 12-month cliff, then quarterly: 750,000 in each year;
 * sign-on 300,000 in year 1 (the pro rata clawback only matters if the person leaves).
 * Gross 2,400,000 / 2,100,000 x 3 = 8,700,000 CNY. Contributions 17.5 % x 975,000 = 170,625 a year.
 * Every bonus is paid on or after 2028-03-01, so none may be taxed separately: all is combined income.
 * Taxable year 1: 2,400,000 - 60,000 - 170,625 = 2,169,375 -> 45 % - 181,920 = 794,298.75;
 * years 2-4: 1,869,375 -> 659,298.75. Take-home 1,435,076.25 + 3 x 1,270,076.25 = 5,245,305.00 CNY.
 * Living costs 25,000 x 48 = 1,200,000 (the housing allowance is cash: kept in full). Left 4,045,305.00 CNY,
 * / 7.10 = 569,761.2676 -> 569,761.27 USD (one rounding, to the cent).
 *
 * Verdict: 587,180.00 - 569,761.27 = 17,418.73 USD; / 569,761.27 = 3.057 % -> "3.1%". Not a close call (> 2 %).
 * Exchange-rate flip: Shanghai ahead when round(404,530,500 fen x 10^6 / r) > 58,718,000 cents, i.e.
 * r <= 6,889,377 millionths (at 6,889,378 it converts to exactly 58,718,000.00, a tie, not ahead). Shown to
 * 4 decimals rounded down so the sentence stays true: "fewer than 6.8893 CNY".
 * Leaving Seattle Cloud forfeits 200,000 of unvested equity (the 2028 and 2029 vests).
 */
test('the verdict for staying at Seattle Cloud against Shanghai Tech, entered through the UI', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.selectOption(field('profile.homeCurrency'), 'USD');
  await page.selectOption(field('profile.citizenship'), 'CA');
  await page.click('[data-nav="offers"]');
  await enterSeattle(page);
  await enterShanghai(page);
  await page.click(field('tab-compare'));
  await expect(page.getByTestId('offers-comparison')).toBeVisible();
  await page.fill(field('fx.USD.CNY'), '7.10');
  // Only the used pair is on screen; the other rates are behind "All rates".
  await expect(page.locator('[data-testid="fx-used-rates"] input')).toHaveCount(1);
  await expect(page.getByTestId('fx-all-rates')).toContainText('All rates (17)');

  const sentence = page.getByTestId('verdict-sentence');
  // Without living costs the basis is after tax, and the card says what to add.
  await expect(sentence).toHaveAttribute('data-basis', 'afterTax');
  await expect(page.getByTestId('verdict-add-livingCosts')).toHaveText('Add living costs for Seattle Cloud and Shanghai Tech to compare what is left.');
  await page.click(field('add-cost-of-living'));
  await page.fill(field('comparison.costOfLiving.0.otherMonthlyMinor'), '5500');
  await page.click(field('add-cost-of-living'));
  await page.fill(field('comparison.costOfLiving.1.otherMonthlyMinor'), '25000');
  await page.locator(field('comparison.costOfLiving.1.otherMonthlyMinor')).blur();

  await expect(sentence).toHaveText('Over 4 years, after tax and living costs, staying at Seattle Cloud leaves you $17,418.73 (3.1%) more than Shanghai Tech.');
  await expect(page.getByTestId('verdict-close-call')).toHaveCount(0);
  // Leaving also forfeits the bonus not yet paid: year 1's 15 % x 210,000 = 31,500 (paid at the year's end); 231,500 in all.
  await expect(page.getByTestId('verdict-forfeit')).toContainText('Leaving Seattle Cloud forfeits $200,000.00 of unvested equity and $31,500.00 of bonus not yet paid ($231,500.00 in all)');
  // The cost-of-leaving table shows the bonus beside the equity: 200,000 + 31,500 = 231,500 for Seattle Cloud.
  const leavingRow = page.getByTestId('cost-of-leaving').locator('tr[data-offer="Seattle Cloud"]');
  await expect(leavingRow).toContainText('$31,500.00');
  await expect(leavingRow).toContainText('$231,500.00');
  await page.getByTestId('cost-of-leaving').screenshot({ path: `${SHOTS}/cost-of-leaving-en-1280.png` });
  // Staying leads, so no leaving month of the new job can flip it.
  await expect(page.getByTestId('flip-leave-month')).toHaveText('Staying comes out ahead, so no month of leaving a new job changes the answer.');
  await expect(page.getByTestId('verdict-baseline')).toContainText('Shanghai Tech −$17,418.73');
  await expect(page.getByTestId('flip-fx-USD-CNY')).toHaveText('Shanghai Tech comes out ahead if 1 USD buys fewer than 6.8893 CNY (now 7.10).');
  await expect(page.getByTestId('sensitivity-chart').locator('rect')).not.toHaveCount(0);
  // The verdict is on the first screen at 1280 x 860.
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await page.getByTestId('verdict').boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(860);
  await page.screenshot({ path: `${SHOTS}/comparison-en-1280-top.png` });
  await page.screenshot({ path: `${SHOTS}/comparison-en-1280-full.png`, fullPage: true });
  await page.setViewportSize({ width: 1000, height: 860 });
  await page.screenshot({ path: `${SHOTS}/comparison-en-1000-full.png`, fullPage: true });
  await page.locator('.offers-chart-card').screenshot({ path: `${SHOTS}/charts-en-1000.png` });
  await page.getByTestId('flip-card').screenshot({ path: `${SHOTS}/flip-en-1000.png` });
  await page.getByTestId('risk-card').screenshot({ path: `${SHOTS}/risk-en-1000.png` });
  await page.getByTestId('rank-card').screenshot({ path: `${SHOTS}/rank-en-1000.png` });

  // The close-call threshold is adjustable: at 5 % it is a close call.
  await page.fill(field('decision.closeCallBp'), '5');
  await expect(page.getByTestId('verdict-close-call')).toContainText('within 5%');
  await page.fill(field('decision.closeCallBp'), '2');
  await expect(page.getByTestId('verdict-close-call')).toHaveCount(0);

  // The PDF carries the verdict.
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.click(field('save-pdf'));
  await expect(page.getByTestId('export-outcome')).toContainText('.pdf');
  const pdf = (await app.exportedFiles()).find((file) => file.endsWith('.pdf'));
  const text = (await pdfText(pdf!)).replace(/\s+/g, ' ');
  expect(text).toContain('staying at Seattle Cloud leaves you $17,418.73 (3.1%) more than Shanghai Tech');
  await pdfToPngs(pdf!, `${SHOTS}/comparison-pdf`);

  // Choose Shanghai Tech: destination, start date, accepted and the Z-visa checklist in one change; one undo puts it all back.
  await page.click(field('choose-offer'));
  await expect(page.getByTestId('choose-dialog')).toContainText('Shanghai, China');
  await expect(page.locator(field('choose.createChecklist'))).toBeChecked();
  await page.click(field('choose-confirm'));
  await expect(page.getByTestId('choose-outcome')).toContainText('Shanghai Tech chosen');
  await page.click(field('tab-list'));
  await expect(page.locator('[data-offer="Shanghai Tech"]').first()).toContainText('Accepted');
  await page.click('[data-nav="checklists"]');
  await expect(page.getByTestId('checklist-detail')).toContainText('Z visa');
  await page.click('[data-nav="overview"]');
  await expect(page.locator(field('move.destinationCity'))).toHaveValue('Shanghai');
  await expect(page.locator(field('move.targetStartDate'))).toHaveValue('Mar 1, 2027');
  await page.keyboard.press('Control+z');
  await expect(page.locator(field('move.destinationCity'))).toHaveValue('');
  await expect(page.locator(field('move.targetStartDate'))).toHaveValue('');
  await page.click('[data-nav="offers"]');
  await expect(page.locator('[data-offer="Shanghai Tech"]').first()).toContainText('Considering');
  await page.click('[data-nav="checklists"]');
  await expect(page.getByTestId('empty-checklists')).toBeVisible();

  // In Chinese.
  await page.click('[data-nav="settings"]');
  await page.selectOption(field('profile.interfaceLanguage'), 'zh-CN');
  await page.click('[data-nav="offers"]');
  await page.click(field('tab-compare'));
  await expect(sentence).toHaveText('4 年内，税后并扣除生活成本，留在 Seattle Cloud 比 Shanghai Tech 多剩 US$17,418.73（3.1%）。');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/comparison-zh-1280-full.png`, fullPage: true });
  await page.screenshot({ path: `${SHOTS}/comparison-zh-1280-top.png` });
  await page.setViewportSize({ width: 1000, height: 860 });
  await page.screenshot({ path: `${SHOTS}/comparison-zh-1000-full.png`, fullPage: true });
  await page.screenshot({ path: `${SHOTS}/comparison-zh-1000-top.png` });
  await page.locator('.offers-chart-card').screenshot({ path: `${SHOTS}/charts-zh-1000.png` });
  await page.getByTestId('flip-card').screenshot({ path: `${SHOTS}/flip-zh-1000.png` });
  await page.setViewportSize({ width: 1280, height: 860 });
});

/*
 * Two new offers, compared before tax (no tax settings), 4 years, home USD, both starting 2027-03-01.
 * Alpha Labs: 120,000 a year; sign-on 30,000 at month 0, repaid in full if leaving before month 12; RSU 120,000
 * vesting 25 % a year after a 12-month cliff (30,000 at months 12, 24, 36, 48). 4 x 120,000 + 30,000 + 120,000 = 630,000.
 * Beta Corp: 150,000 a year, nothing else: 600,000. Alpha ahead by 30,000 = 5 % of 600,000.
 * Leaving Alpha at the end of month m < 12: 10,000 m (the sign-on goes back) against Beta's 12,500 m over the
 * same months: worse. At m = 12: 120,000 + 30,000 + 30,000 = 180,000 against 150,000; each vest restores the
 * 30,000 lead before it shrinks to 2,500 (m = 23: 290,000 vs 287,500). So worse in months 1-11 only: the
 * last worse month is 11, 2027-03-01 + 11 months = 2028-02-01; from month 12 on Alpha stays ahead.
 */
test('the leaving-month flip point, and choosing an offer other than the best with one undo', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.selectOption(field('profile.homeCurrency'), 'USD');
  await page.click('[data-nav="offers"]');

  await createOffer(page, 'Alpha Labs', 'USD');
  await page.fill(field('offer.city'), 'Austin');
  await page.selectOption(field('offer.country'), 'US');
  await page.fill(field('offer.startDate'), '2027-03-01');
  await page.fill(field('offer.base.amountMinor'), '120000');
  await page.locator(field('offer.base.amountMinor')).blur();
  // Money fields show grouped digits once left; the section's title sums it up in one line.
  await expect(page.locator(field('offer.base.amountMinor'))).toHaveValue('120,000');
  await expect(page.getByTestId('section-summary-base')).toHaveText('$120,000.00 a year');
  // The basics line reads the start date in the person's language, not as stored.
  await expect(page.getByTestId('section-summary-basics')).toHaveText('Austin, United States · starts Mar 1, 2027');
  await page.click(field('add-sign-on'));
  await page.fill(field('offer.signOn.installments.0.amountMinor'), '30000');
  await page.selectOption(field('offer.signOn.clawback.kind'), 'full');
  await page.fill(field('offer.signOn.clawback.untilMonth'), '12');
  await page.click(field('add-equity'));
  await page.fill(field('offer.equity.0.grantValueMinor'), '120000');
  await page.locator(field('offer.equity.0.grantValueMinor')).blur();
  await expect(page.getByTestId('section-summary-signOn')).toHaveText('$30,000.00 in 1 payment · repaid in full if you leave before month 12');
  await expect(page.getByTestId('section-summary-equity')).toHaveText('1 grant worth $120,000.00');
  // A closed section keeps its one-line summary; each item has its Remove in one place, its header.
  await page.locator('[data-section="equity"] > summary').click();
  await expect(page.locator('[data-section="equity"]')).not.toHaveAttribute('open', '');
  await expect(page.getByTestId('section-summary-equity')).toBeVisible();
  await page.locator('[data-section="equity"] > summary').click();
  await expect(page.getByRole('button', { name: 'Remove Payment 1' })).toBeVisible();
  await expect(page.locator('[data-testid="equity-grant"] .offers-subcard__header [name="remove-item"]')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/editor-en-1280.png`, fullPage: true });
  await page.click(field('back-to-offers'));

  await createOffer(page, 'Beta Corp', 'USD');
  await page.fill(field('offer.city'), 'Denver');
  await page.selectOption(field('offer.country'), 'US');
  await page.fill(field('offer.startDate'), '2027-04-01');
  await page.fill(field('offer.base.amountMinor'), '150000');
  await page.click(field('back-to-offers'));

  await page.click(field('tab-compare'));
  const sentence = page.getByTestId('verdict-sentence');
  await expect(sentence).toHaveText('Over 4 years, before tax, Alpha Labs pays you $30,000.00 (5%) more than Beta Corp.');
  await expect(page.getByTestId('flip-leave-month')).toHaveText(
    'Leave Alpha Labs in its first 11 months (by Feb 1, 2028) and Beta Corp would have been the better choice; from month 12 on Alpha Labs stays ahead.',
  );
  await expect(page.getByTestId('sensitivity-chart')).toContainText('Leaving Alpha Labs in month 1–48');
  await page.getByTestId('flip-card').screenshot({ path: `${SHOTS}/flip-leave-en-1280.png` });

  // Choose the best first, then change your mind and choose Beta Corp: one undo goes back to Alpha Labs.
  await page.click(field('choose-offer'));
  await page.click(field('choose-confirm'));
  await expect(page.getByTestId('choose-outcome')).toContainText('Alpha Labs chosen');
  await page.selectOption(field('choose-which'), { label: 'Beta Corp' });
  await expect(page.locator(field('choose-offer'))).toHaveText('Choose Beta Corp');
  await page.click(field('choose-offer'));
  await expect(page.getByTestId('choose-dialog')).toContainText('Denver, United States');
  await page.click(field('choose-confirm'));
  await expect(page.getByTestId('choose-outcome')).toContainText('Beta Corp chosen');
  await page.click(field('tab-list'));
  await expect(page.locator('[data-offer="Beta Corp"]').first()).toContainText('Accepted');
  await expect(page.locator('[data-offer="Alpha Labs"]').first()).toContainText('Considering');
  await page.click('[data-nav="overview"]');
  await expect(page.locator(field('move.destinationCity'))).toHaveValue('Denver');
  await expect(page.locator(field('move.targetStartDate'))).toHaveValue('Apr 1, 2027'); // 2027-04-01 shown in English
  await page.keyboard.press('Control+z');
  await expect(page.locator(field('move.destinationCity'))).toHaveValue('Austin');
  await expect(page.locator(field('move.targetStartDate'))).toHaveValue('Mar 1, 2027'); // 2027-03-01
  await page.click('[data-nav="offers"]');
  await expect(page.locator('[data-offer="Alpha Labs"]').first()).toContainText('Accepted');
  await expect(page.locator('[data-offer="Beta Corp"]').first()).toContainText('Considering');

  // In Chinese.
  await page.click('[data-nav="settings"]');
  await page.selectOption(field('profile.interfaceLanguage'), 'zh-CN');
  await page.click('[data-nav="offers"]');
  await page.click(field('tab-compare'));
  await expect(page.getByTestId('flip-leave-month')).toContainText('如果在 Alpha Labs 工作的前 11 个月内');
  await page.getByTestId('flip-card').screenshot({ path: `${SHOTS}/flip-leave-zh-1280.png` });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/comparison-choose-zh-1280-top.png` });
  await page.click(field('tab-list'));
  await page.locator('[data-offer="Alpha Labs"] [name="edit-offer"]').click();
  await expect(page.getByTestId('section-summary-base')).toHaveText('每年 US$120,000.00');
  // City and country joined with the full-width comma in Chinese (text.placeSeparator), as in the choose dialog.
  await expect(page.getByTestId('section-summary-basics')).toHaveText('Austin，美国 · 2027年3月1日 入职');
  await page.screenshot({ path: `${SHOTS}/editor-zh-1280.png`, fullPage: true });
});

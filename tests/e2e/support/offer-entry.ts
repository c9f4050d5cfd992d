import type { Page } from '@playwright/test';
import { expect } from './fixtures';

const field = (name: string) => `[name="${name}"]`;

/** "Add offer" with its company and currency; the editor opens on it. */
export async function createOffer(page: Page, company: string, currency: string) {
  await page.locator(field('add-offer')).first().click();
  await page.fill(field('new-offer.company'), company);
  await page.selectOption(field('new-offer.currency'), currency);
  await page.click(field('create-offer'));
  await expect(page.locator(field('offer.company'))).toHaveValue(company);
}

/**
 * Issue 9's Shanghai offer, entered through the editor (the decision and US-tax scenarios both use it):
 * CNY 75,000 x 13, 20 % bonus, RSU 3,000,000 (1-year cliff then quarterly), housing 15,000/month, sign-on
 * 300,000 pro rata over 12 months, China resident model with typical contributions. The editor stays open.
 */
export async function enterShanghaiTech(page: Page) {
  await createOffer(page, 'Shanghai Tech', 'CNY');
  await page.fill(field('offer.city'), 'Shanghai');
  await page.selectOption(field('offer.country'), 'CN');
  await page.fill(field('offer.startDate'), '2027-03-01');
  await page.selectOption(field('offer.visaRoute'), 'china-z');
  await page.selectOption(field('offer.base.kind'), 'monthly');
  await page.fill(field('offer.base.amountMinor'), '75000');
  await page.fill(field('offer.base.monthsPerYear'), '13');
  await page.fill(field('offer.bonus.targetBp'), '20');
  await page.click(field('add-sign-on'));
  await page.fill(field('offer.signOn.installments.0.amountMinor'), '300000');
  await page.selectOption(field('offer.signOn.clawback.kind'), 'proRata');
  await page.fill(field('offer.signOn.clawback.untilMonth'), '12');
  await page.click(field('add-equity'));
  await page.fill(field('offer.equity.0.grantValueMinor'), '3000000');
  await page.selectOption(field('offer.equity.0.vesting.frequency'), 'quarterly');
  await page.click(field('add-allowance'));
  await page.selectOption(field('offer.allowances.0.kind'), 'housing');
  await page.fill(field('offer.allowances.0.amountMinor'), '15000');
  await page.selectOption(field('tax.model'), 'china-resident');
  await expect(page.locator(field('tax.isForeignNational'))).toBeChecked();
  await page.click(field('tax.useTypical'));
}

import { describe, expect, it } from 'vitest';
import { missingChinaContributions, offerTakeHome, uncappedChinaContributions, withTypicalContributions } from '../../../../shared/offer-tax';
import { TaxSettingsSchema } from '../../../../shared/tax';
import { USD_CNY, offerA } from '../offers/fixtures';

const resident = TaxSettingsSchema.parse({ model: 'china-resident' });

describe('typical China contributions', () => {
  it('names the contributions a China model leaves at none, and none for other models', () => {
    expect(missingChinaContributions(resident)).toEqual(['socialInsurance', 'housingFund']);
    expect(missingChinaContributions(TaxSettingsSchema.parse({ model: 'china-nonresident' }))).toEqual(['socialInsurance', 'housingFund']);
    expect(missingChinaContributions(TaxSettingsSchema.parse({ model: 'effective-rate' }))).toEqual([]);
    expect(missingChinaContributions(null)).toEqual([]);
  });

  it('fills 10.5 % social insurance and 7 % housing fund, keeps what was entered, and leaves the cap empty unless given', () => {
    const filled = withTypicalContributions(resident);
    expect(filled.socialInsurance).toEqual({ kind: 'percent-of-base', rateBp: 1_050, monthlyBaseMinor: null, monthlyBaseCapMinor: null });
    expect(filled.housingFund).toEqual({ kind: 'percent-of-base', rateBp: 700, monthlyBaseMinor: null, monthlyBaseCapMinor: null });
    expect(TaxSettingsSchema.safeParse(filled).success).toBe(true);
    expect(missingChinaContributions(filled)).toEqual([]);
    expect(uncappedChinaContributions(filled)).toEqual(['socialInsurance', 'housingFund']);
    const entered = { ...resident, housingFund: { kind: 'annual-amount' as const, annualMinor: 1_000_000 } };
    const kept = withTypicalContributions(entered, 3_692_100);
    expect(kept.housingFund).toEqual(entered.housingFund);
    expect(kept.socialInsurance).toMatchObject({ rateBp: 1_050, monthlyBaseCapMinor: 3_692_100 });
    expect(uncappedChinaContributions(kept)).toEqual([]);
  });

  it('lowers take-home by the contributions: offer A year 1, base 75,000 a month, capped at 36,921', () => {
    const context = { horizonYears: 1, homeCurrency: 'USD' as const, rates: USD_CNY, costOfLiving: [] };
    const before = offerTakeHome(offerA(), resident, context).years[0]!.outcome;
    const after = offerTakeHome(offerA(), withTypicalContributions(resident, 3_692_100), context).years[0]!.outcome;
    if (before.status !== 'taxed' || after.status !== 'taxed') throw new Error('expected taxed years');
    // Rounded to the fen each month: 36,921 x 10.5 % = 3,876.71 and x 7 % = 2,584.47; x 12 = 77,534.16.
    expect(after.figures.contributionsMinor).toBe(7_753_416);
    expect(after.figures.takeHomeMinor).toBeLessThan(before.figures.takeHomeMinor);
  });
});

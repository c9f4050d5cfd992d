import { describe, expect, it } from 'vitest';
import { verdictForPlan } from '../../../../../shared/decision/plan-comparison';
import { createEmptyEquityGrant, createEmptyOffer } from '../../../../../shared/offers/schema';
import { createEmptyPlan, planDocumentSchema, type PlanDocument } from '../../../../../shared/plan/plan-schema';
import { TaxSettingsSchema } from '../../../../../shared/tax';

/**
 * A plain two-offer case (simpler than tests/e2e/us-tax.spec.ts, which uses the decision issue's) as a plan document, through the decision room's verdict, which calls
 * the same computeTax. Seattle Cloud (US model, Washington): take-home 239,195.80 a year, 956,783.20 over 4
 * years. Shanghai Tech (China resident, CNY 2,130,000 a year): take-home 1,380,420 CNY a year, 5,521,680 over
 * 4 years = 777,701.41 USD at 7.10. Seattle ahead by 956,783.20 - 777,701.41 = 179,081.79, which is
 * 179,081.79 / 777,701.41 = 23.03% of the runner-up.
 */
function plan(usTaxStatus?: 'citizen' | 'none'): PlanDocument {
  const empty = createEmptyPlan('en');
  const seattle = {
    ...createEmptyOffer('seattle', '2027-01-01', 'USD'),
    company: 'Seattle Cloud',
    city: 'Seattle',
    country: 'US',
    base: { kind: 'annual' as const, amountMinor: 21_000_000, monthsPerYear: 12, yearlyRaiseBp: 0 },
    bonus: { kind: 'percentOfBase' as const, targetBp: 1_500, fixedMinor: 0 },
    equity: [{ ...createEmptyEquityGrant('rsu'), grantValueMinor: 40_000_000 }],
  };
  const shanghai = {
    ...createEmptyOffer('shanghai', '2027-01-01', 'CNY'),
    company: 'Shanghai Tech',
    city: 'Shanghai',
    country: 'CN',
    base: { kind: 'annual' as const, amountMinor: 213_000_000, monthsPerYear: 12, yearlyRaiseBp: 0 },
  };
  return planDocumentSchema.parse({
    ...empty,
    profile: { ...empty.profile, homeCurrency: 'USD', citizenship: 'US', ...(usTaxStatus ? { usTaxStatus } : {}) },
    offers: [seattle, shanghai],
    comparison: { ...empty.comparison, horizonYears: 4, fx: { ...empty.comparison.fx, rates: [{ base: 'USD', quote: 'CNY', rateMicros: 7_100_000 }] } },
    taxByOffer: {
      seattle: TaxSettingsSchema.parse({ model: 'us', us: { state: 'WA' } }),
      shanghai: TaxSettingsSchema.parse({ model: 'china-resident', isForeignNational: true }),
    },
  });
}

describe('the verdict on the US model’s basis', () => {
  it('Seattle on the US model comes out ahead after tax by 179,081.79 (23.03%), as a US citizen too (FTC: no US tax)', () => {
    for (const status of [undefined, 'none', 'citizen'] as const) {
      const verdict = verdictForPlan(plan(status));
      expect(verdict.basis).toBe('afterTax');
      expect(verdict.leader?.company).toBe('Seattle Cloud');
      expect(verdict.leader?.totalMinor).toBe(95_678_320);
      expect(verdict.runnerUp?.totalMinor).toBe(77_770_141);
      expect(verdict.marginMinor).toBe(17_908_179);
      expect(verdict.percentBp).toBe(2_303);
    }
  });

  it('a US citizen keeping a California domicile: California takes 23,774.98 a year from the Shanghai wages', () => {
    const document = plan('citizen');
    const shanghai = { ...document.taxByOffer.shanghai!, usAbroad: { keepsCaliforniaDomicile: true } };
    const verdict = verdictForPlan(planDocumentSchema.parse({ ...document, taxByOffer: { ...document.taxByOffer, shanghai } }));
    // 23,774.98 USD = 168,802.358 CNY -> 168,802.36 a year; take-home 1,380,420 - 168,802.36 = 1,211,617.64
    // CNY; 4 years 4,846,470.56 CNY = 682,601.487 -> 682,601.49 USD.
    expect(verdict.runnerUp?.totalMinor).toBe(68_260_149);
  });
});

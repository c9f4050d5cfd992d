import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { offerIncomeByYear, offerTakeHome } from '../../../../shared/offer-tax';
import { offerBreakdown } from '../../../../shared/offers/breakdown';
import { ALLOWANCE_KINDS, createEmptyEquityGrant, createEmptyOffer, type Offer } from '../../../../shared/offers/schema';
import { TAX_MODELS, TaxSettingsSchema } from '../../../../shared/tax';

const amount = fc.integer({ min: 0, max: 5_000_000_000 }); // up to 50 million major units
const start = fc
  .record({ year: fc.integer({ min: 2024, max: 2031 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}-01`);

const offer: fc.Arbitrary<Offer> = fc
  .record({
    start,
    currency: fc.constantFrom('CNY' as const, 'USD' as const),
    base: amount,
    bonusBp: fc.integer({ min: 0, max: 10_000 }),
    signOn: amount,
    equity: amount,
    relocationKind: fc.constantFrom('none' as const, 'lumpSum' as const, 'reimbursement' as const),
    relocation: amount,
    allowances: fc.array(
      fc.record({ kind: fc.constantFrom(...ALLOWANCE_KINDS), amount: fc.integer({ min: 0, max: 10_000_000 }), isReimbursed: fc.boolean(), isMonthly: fc.boolean() }),
      { maxLength: 4 },
    ),
    subsidy: amount,
  })
  .map((r) => ({
    ...createEmptyOffer('o', r.start, r.currency),
    company: 'X',
    country: 'CN',
    city: 'Shanghai',
    base: { kind: 'annual', amountMinor: r.base, monthsPerYear: 12, yearlyRaiseBp: 0 },
    bonus: { kind: 'percentOfBase', targetBp: r.bonusBp, fixedMinor: 0 },
    signOn: { installments: [{ id: 's', month: 0, amountMinor: r.signOn }], clawback: { kind: 'none', untilMonth: 0 } },
    relocation: { kind: r.relocationKind, amountMinor: r.relocation, month: 0, clawback: { kind: 'none', untilMonth: 0 } },
    equity: [{ ...createEmptyEquityGrant('g'), grantValueMinor: r.equity }],
    allowances: r.allowances.map((a, i) => ({
      id: `a${i}`,
      kind: a.kind,
      label: '',
      amountMinor: a.amount,
      period: a.isMonthly ? ('month' as const) : ('year' as const),
      firstYears: null,
      isReimbursed: a.isReimbursed,
    })),
    subsidies: [{ id: 'sub', name: 'S', kind: 'yearly', amountMinor: r.subsidy, month: 0, years: 2, conditions: '' }],
  }));

const settings = fc
  .record({
    model: fc.constantFrom(...TAX_MODELS),
    isForeignNational: fc.boolean(),
    bonusTreatment: fc.constantFrom('auto' as const, 'separate' as const, 'combined' as const),
    exemptionPreference: fc.constantFrom('auto' as const, 'exempt' as const, 'deductions' as const),
    effectiveRateBp: fc.integer({ min: 0, max: 10_000 }),
    siRate: fc.integer({ min: 0, max: 2_000 }),
  })
  .map(({ siRate, ...rest }) =>
    TaxSettingsSchema.parse({ ...rest, socialInsurance: { kind: 'percent-of-base', rateBp: siRate, monthlyBaseCapMinor: 3_600_000 } }),
  );

const rates = [
  { base: 'USD' as const, quote: 'CNY' as const, rateMicros: 7_100_000 },
  { base: 'USD' as const, quote: 'HKD' as const, rateMicros: 7_800_000 },
  { base: 'USD' as const, quote: 'SGD' as const, rateMicros: 1_300_000 },
];

/** First tax year each model has rules for (all run to 2033, assumed unchanged after the last published year). */
const FIRST_YEAR: Record<string, number> = { 'china-resident': 2023, 'china-nonresident': 2023, us: 2025, 'hong-kong': 2024, singapore: 2023 };

function hasRule(s: ReturnType<typeof TaxSettingsSchema.parse>, taxYear: number): boolean {
  if (s.model === 'effective-rate' || s.model === 'none') return true;
  // The US model without a state falls back to the effective rate (with a notice), which needs no rule.
  if (s.model === 'us' && (s.us?.state ?? null) === null) return true;
  return taxYear >= (FIRST_YEAR[s.model] ?? 0) && taxYear <= 2033;
}

describe('offer take-home properties', () => {
  it('tax is never negative, take-home never above gross, and each row adds up', () => {
    fc.assert(
      fc.property(offer, settings, fc.integer({ min: 1, max: 6 }), (o, s, horizonYears) => {
        const result = offerTakeHome(o, s, { horizonYears, homeCurrency: 'USD', rates, costOfLiving: [] });
        for (const year of result.years) {
          expect(year.outcome.status).toBe(hasRule(s, year.period.taxYear) ? 'taxed' : 'no-rule');
          if (year.outcome.status !== 'taxed') continue;
          const f = year.outcome.figures;
          expect(f.taxMinor).toBeGreaterThanOrEqual(0);
          expect(f.contributionsMinor).toBeGreaterThanOrEqual(0);
          expect(f.takeHomeMinor).toBeLessThanOrEqual(f.grossMinor);
          expect(f.grossMinor - f.taxMinor - f.contributionsMinor).toBe(f.takeHomeMinor);
          expect(f.grossMinor).toBe(year.grossMinor);
        }
        if (result.horizon.ok) {
          expect(result.horizon.figures.takeHomeMinor).toBeLessThanOrEqual(result.horizon.figures.grossMinor);
          expect(result.horizon.figures.grossMinor).toBe(result.breakdown.horizonTotal.total);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the four tax inputs always add up to the breakdown total', () => {
    fc.assert(
      fc.property(offer, fc.integer({ min: 1, max: 6 }), (o, horizonYears) => {
        const rows = offerBreakdown(o, horizonYears).years;
        offerIncomeByYear(o, rows).forEach((income, i) => {
          expect(income.wagesMinor + income.annualBonusMinor + income.equityVestedMinor + income.reimbursedAllowancesMinor).toBe(rows[i]?.total);
          for (const value of Object.values(income.parts)) expect(value).toBeGreaterThanOrEqual(0);
          // The engine refuses inputs whose dated reimbursements do not split the total, or a base above wages.
          expect(income.reimbursedAllowancePayments.reduce((sum, p) => sum + p.amountMinor, 0)).toBe(income.reimbursedAllowancesMinor);
          expect(income.baseSalaryMinor).toBeLessThanOrEqual(income.wagesMinor);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('the suggested (auto) options never leave less take-home than a forced choice', () => {
    fc.assert(
      fc.property(offer, settings, (o, s) => {
        const ctx = { horizonYears: 3, homeCurrency: 'USD' as const, rates, costOfLiving: [] };
        const auto = offerTakeHome(o, { ...s, bonusTreatment: 'auto', exemptionPreference: 'auto' }, ctx);
        const forced = offerTakeHome(o, s, ctx);
        auto.years.forEach((year, i) => {
          const other = forced.years[i]?.outcome;
          if (year.outcome.status === 'taxed' && other?.status === 'taxed') {
            expect(year.outcome.figures.takeHomeMinor).toBeGreaterThanOrEqual(other.figures.takeHomeMinor);
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMPONENT_KEYS, offerBreakdown } from '../../../../shared/offers/breakdown';
import { costOfLeaving } from '../../../../shared/offers/cost-of-leaving';
import { grantVests } from '../../../../shared/offers/equity-value';
import { VEST_FRACTION_DEN, vestEvents } from '../../../../shared/offers/vest-schedule';
import { convertBreakdown } from '../../../../shared/offers/convert-breakdown';
import { BP_WHOLE, mulDivRound } from '../../../../shared/money';
import {
  ALLOWANCE_KINDS,
  VESTING_PRESETS,
  VESTING_PRESET_IDS,
  createEmptyOffer,
  offerSchema,
  type EquityGrant,
  type Offer,
  type VestingSchedule,
} from '../../../../shared/offers/schema';
import { USD_CNY } from './fixtures';

const amount = fc.integer({ min: 0, max: 10_000_000_000 }); // up to 100 million major units
const month = fc.integer({ min: 0, max: 96 });
const clawback = fc.record({ kind: fc.constantFrom('none', 'full', 'proRata'), untilMonth: fc.integer({ min: 1, max: 48 }) });

/** Custom yearly percentages that sum to exactly 100 %: cut points in 0..10000. */
const customYearly = fc
  .array(fc.integer({ min: 0, max: BP_WHOLE }), { minLength: 0, maxLength: 5 })
  .map((cuts) => {
    const sorted = [0, ...cuts.sort((a, b) => a - b), BP_WHOLE];
    return sorted.slice(1).map((value, i) => value - (sorted[i] ?? 0));
  });

const schedule: fc.Arbitrary<VestingSchedule> = fc
  .record({
    preset: fc.constantFrom(...VESTING_PRESET_IDS, 'custom' as const),
    customYearlyBp: customYearly,
    frequency: fc.constantFrom('yearly', 'quarterly', 'monthly'),
    cliffFraction: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ cliffFraction, ...rest }) => {
    const years = rest.preset === 'custom' ? rest.customYearlyBp.length : VESTING_PRESETS[rest.preset].yearlyBp.length;
    return { ...rest, cliffMonths: Math.floor(cliffFraction * years * 12) };
  });

const grant: fc.Arbitrary<EquityGrant> = fc.record({
  id: fc.uuid(),
  label: fc.string({ maxLength: 20 }),
  kind: fc.constantFrom('rsu', 'option'),
  rsuValuation: fc.constantFrom('value', 'shares'),
  grantValueMinor: amount,
  shares: fc.integer({ min: 0, max: 1_000_000 }),
  priceMinor: fc.integer({ min: 0, max: 100_000 }),
  strikeMinor: fc.integer({ min: 0, max: 100_000 }),
  vesting: schedule,
  refresherYearlyMinor: fc.integer({ min: 0, max: 100_000_000 }),
  privateDiscountBp: fc.integer({ min: 0, max: BP_WHOLE }),
  yearlyGrowthBp: fc.integer({ min: -5_000, max: 5_000 }),
});

const offer: fc.Arbitrary<Offer> = fc
  .record({
    base: fc.record({
      kind: fc.constantFrom('annual', 'monthly'),
      amountMinor: amount,
      monthsPerYear: fc.integer({ min: 12, max: 16 }),
      yearlyRaiseBp: fc.integer({ min: 0, max: 2_000 }),
    }),
    bonus: fc.record({ kind: fc.constantFrom('percentOfBase', 'fixed'), targetBp: fc.integer({ min: 0, max: 20_000 }), fixedMinor: amount }),
    installments: fc.array(fc.record({ month, amountMinor: amount }), { maxLength: 3 }),
    signOnClawback: clawback,
    relocation: fc.record({ kind: fc.constantFrom('none', 'lumpSum', 'reimbursement'), amountMinor: amount, month, clawback }),
    equity: fc.array(grant, { maxLength: 3 }),
    allowances: fc.array(
      fc.record({
        kind: fc.constantFrom(...ALLOWANCE_KINDS),
        amountMinor: amount,
        period: fc.constantFrom('month', 'year'),
        firstYears: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
        isReimbursed: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    subsidies: fc.array(
      fc.record({ kind: fc.constantFrom('oneOff', 'yearly'), amountMinor: amount, month, years: fc.integer({ min: 1, max: 8 }) }),
      { maxLength: 2 },
    ),
  })
  .map((parts) => ({
    ...createEmptyOffer('p', '2027-03-01', 'CNY'),
    company: 'Property Co',
    base: parts.base,
    bonus: parts.bonus,
    signOn: { installments: parts.installments.map((item, i) => ({ ...item, id: `i${i}` })), clawback: parts.signOnClawback },
    relocation: parts.relocation,
    equity: parts.equity.map((item, i) => ({ ...item, id: `g${i}` })),
    allowances: parts.allowances.map((item, i) => ({ ...item, id: `a${i}`, label: '' })),
    subsidies: parts.subsidies.map((item, i) => ({ ...item, id: `s${i}`, name: '', conditions: '' })),
  }));

const horizon = fc.integer({ min: 1, max: 6 });

describe('properties over valid offers', () => {
  it('the generator only makes offers the schema accepts', () => {
    fc.assert(fc.property(offer, (o) => offerSchema.safeParse(o).success));
  });

  it('every total is the sum of its components, and the horizon total the sum of the years', () => {
    fc.assert(
      fc.property(offer, horizon, (o, years) => {
        const b = offerBreakdown(o, years);
        for (const row of [...b.years, b.horizonTotal, b.averagePerYear]) {
          expect(row.total).toBe(COMPONENT_KEYS.reduce((sum, key) => sum + row[key], 0));
        }
        for (const key of [...COMPONENT_KEYS, 'total'] as const) {
          expect(b.horizonTotal[key]).toBe(b.years.reduce((sum, row) => sum + row[key], 0));
        }
      }),
    );
  });

  it('nothing is negative, fractional or NaN, in the offer currency or converted', () => {
    fc.assert(
      fc.property(offer, horizon, (o, years) => {
        const b = offerBreakdown(o, years);
        const converted = convertBreakdown(b, 'USD', USD_CNY);
        if (!converted.ok) return false;
        for (const row of [...b.years, b.horizonTotal, ...converted.breakdown.years, converted.breakdown.horizonTotal]) {
          for (const key of [...COMPONENT_KEYS, 'total'] as const) {
            expect(Number.isSafeInteger(row[key])).toBe(true);
            expect(row[key]).toBeGreaterThanOrEqual(0);
          }
        }
        return true;
      }),
    );
  });

  it('a later horizon never changes the earlier years', () => {
    fc.assert(
      fc.property(offer, (o) => {
        expect(offerBreakdown(o, 6).years.slice(0, 3)).toEqual(offerBreakdown(o, 3).years);
      }),
    );
  });

  it('cost of leaving is never negative, and vested plus forfeited is the whole grant', () => {
    fc.assert(
      fc.property(offer, fc.integer({ min: 0, max: 72 }), (o, leaveMonth) => {
        const cost = costOfLeaving(o, leaveMonth);
        expect(cost.signOnOwed).toBeGreaterThanOrEqual(0);
        expect(cost.relocationOwed).toBeGreaterThanOrEqual(0);
        expect(cost.equityForfeited).toBeGreaterThanOrEqual(0);
        expect(cost.total).toBe(cost.signOnOwed + cost.relocationOwed + cost.equityForfeited + cost.bonusForfeited);
        for (const g of o.equity) {
          const vests = grantVests(g, leaveMonth);
          const vested = vests.filter((v) => v.month <= leaveMonth).reduce((s, v) => s + v.valueMinor, 0);
          const forfeited = cost.grants.filter((x) => x.grantId === g.id).reduce((s, x) => s + x.forfeitedMinor, 0);
          expect(vested + forfeited).toBe(vests.reduce((s, v) => s + v.valueMinor, 0));
        }
      }),
    );
  });

  it('every valid schedule vests exactly 100 %, and without growth a grant vests its discounted value exactly', () => {
    fc.assert(
      fc.property(schedule, (s) => {
        expect(vestEvents(s).reduce((sum, e) => sum + e.fractionNum, 0)).toBe(VEST_FRACTION_DEN);
      }),
    );
    fc.assert(
      fc.property(grant, (g) => {
        const flat = { ...g, kind: 'rsu' as const, rsuValuation: 'value' as const, yearlyGrowthBp: 0 };
        const total = grantVests(flat, 0).reduce((sum, v) => sum + v.valueMinor, 0);
        expect(total).toBe(mulDivRound(g.grantValueMinor, BP_WHOLE - g.privateDiscountBp, BP_WHOLE));
      }),
    );
  });
});

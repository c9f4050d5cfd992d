import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COMPARISON_SETTINGS,
  EXAMPLE_FX_RATES,
  comparisonSettingsSchema,
  createDefaultComparisonSettings,
  createEmptyOffer,
  offerSchema,
  type Offer,
} from '../../../../shared/offers/schema';
import { OFFER_MESSAGES, OFFER_MESSAGE_KEYS } from '../../../../shared/offers/messages';
import { offerA, rsu } from './fixtures';

function issuesOf(input: unknown, schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } } } = offerSchema) {
  const result = schema.safeParse(input);
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => ({ message: issue.message, path: issue.path.join('.') }));
}

function withOffer(change: (offer: Offer) => void): Offer {
  const offer = offerA();
  change(offer);
  return offer;
}

describe('offer schema', () => {
  it('refuses an untouched empty offer only for its missing company name', () => {
    expect(issuesOf(createEmptyOffer('o1', '2027-03-01'))).toEqual([
      { message: 'offers.validation.companyRequired', path: 'company' },
    ]);
    expect(issuesOf(withOffer((o) => (o.company = '   ')))).toEqual([{ message: 'offers.validation.companyRequired', path: 'company' }]);
  });

  it('trims the company name it saves', () => {
    const parsed = offerSchema.parse(withOffer((o) => (o.company = '  ACME  ')));
    expect(parsed.company).toBe('ACME');
  });

  it('refuses negative amounts at the field', () => {
    expect(issuesOf(withOffer((o) => (o.base.amountMinor = -1)))).toEqual([
      { message: 'offers.validation.negativeAmount', path: 'base.amountMinor' },
    ]);
    expect(issuesOf(withOffer((o) => (o.allowances[0]!.amountMinor = -5)))[0]?.message).toBe('offers.validation.negativeAmount');
  });

  it('refuses fractional minor units and non-numbers', () => {
    expect(issuesOf(withOffer((o) => (o.base.amountMinor = 1.5)))[0]?.message).toBe('offers.validation.wholeMinorUnits');
    expect(issuesOf(withOffer((o) => ((o.base as { amountMinor: unknown }).amountMinor = '12')))[0]?.message).toBe(
      'offers.validation.notANumber',
    );
    expect(issuesOf(withOffer((o) => (o.base.amountMinor = Number.NaN))).length).toBe(1);
  });

  it('refuses amounts above 10^12 major units, per currency', () => {
    expect(issuesOf(withOffer((o) => (o.base.amountMinor = 100_000_000_000_000)))).toEqual([]);
    expect(issuesOf(withOffer((o) => (o.base.amountMinor = 100_000_000_000_001)))).toEqual([
      { message: 'offers.validation.amountTooLarge', path: 'base.amountMinor' },
    ]);
    const yen = withOffer((o) => {
      o.currency = 'JPY';
      o.base.amountMinor = 1_000_000_000_001;
      o.equity[0]!.grantValueMinor = 1_000_000_000_000;
    });
    expect(issuesOf(yen)).toEqual([{ message: 'offers.validation.amountTooLarge', path: 'base.amountMinor' }]);
  });

  it('refuses vesting that does not sum to 100 %', () => {
    const offer = withOffer((o) => {
      o.equity[0]!.vesting = { preset: 'custom', customYearlyBp: [3_000, 3_000, 3_000], cliffMonths: 12, frequency: 'yearly' };
    });
    expect(issuesOf(offer)).toEqual([{ message: 'offers.validation.vestingSum', path: 'equity.0.vesting.customYearlyBp' }]);
    const empty = withOffer((o) => {
      o.equity[0]!.vesting = { preset: 'custom', customYearlyBp: [], cliffMonths: 0, frequency: 'yearly' };
    });
    expect(issuesOf(empty)[0]?.message).toBe('offers.validation.vestingEmpty');
    const good = withOffer((o) => {
      o.equity[0]!.vesting = { preset: 'custom', customYearlyBp: [5_000, 5_000], cliffMonths: 0, frequency: 'monthly' };
    });
    expect(issuesOf(good)).toEqual([]);
  });

  it('refuses a cliff longer than the schedule', () => {
    const offer = withOffer((o) => {
      o.equity[0]!.vesting = { preset: '33-33-34', customYearlyBp: [], cliffMonths: 37, frequency: 'yearly' };
    });
    expect(issuesOf(offer)).toEqual([{ message: 'offers.validation.cliffTooLong', path: 'equity.0.vesting.cliffMonths' }]);
    const atEnd = withOffer((o) => {
      o.equity[0]!.vesting = { preset: '33-33-34', customYearlyBp: [], cliffMonths: 36, frequency: 'yearly' };
    });
    expect(issuesOf(atEnd)).toEqual([]);
  });

  it('refuses dates that do not exist', () => {
    expect(issuesOf(withOffer((o) => (o.startDate = '2027-02-30')))).toEqual([
      { message: 'offers.validation.invalidDate', path: 'startDate' },
    ]);
    expect(issuesOf(withOffer((o) => (o.decisionDeadline = '2027-13-01')))[0]?.path).toBe('decisionDeadline');
    expect(issuesOf(withOffer((o) => (o.decisionDeadline = '2028-02-29')))).toEqual([]);
  });

  it('refuses clawbacks without a month, unknown currencies and statuses, and duplicate ids', () => {
    expect(issuesOf(withOffer((o) => (o.signOn.clawback = { kind: 'proRata', untilMonth: 0 })))).toEqual([
      { message: 'offers.validation.clawbackMonth', path: 'signOn.clawback.untilMonth' },
    ]);
    expect(issuesOf(withOffer((o) => ((o as { currency: string }).currency = 'XYZ')))[0]?.message).toBe(
      'offers.validation.unknownCurrency',
    );
    expect(issuesOf(withOffer((o) => ((o as { status: string }).status = 'maybe')))[0]?.message).toBe('offers.validation.invalidChoice');
    expect(issuesOf(withOffer((o) => o.equity.push(rsu(1, { id: 'g1' })))).map((i) => i.message)).toContain('offers.validation.duplicateId');
    expect(issuesOf(withOffer((o) => (o.base.monthsPerYear = 11)))[0]?.message).toBe('offers.validation.monthsPerYearRange');
  });

  it('accepts the visa routes as free ids or none', () => {
    expect(issuesOf(withOffer((o) => (o.visaRoute = 'china-z')))).toEqual([]);
    expect(issuesOf(withOffer((o) => (o.visaRoute = null)))).toEqual([]);
  });

  it('uses only registered i18n keys, even for garbage input', () => {
    const garbage: unknown[] = [
      null,
      {},
      { ...offerA(), base: null, equity: [{}], allowances: [{ kind: 'x' }], subsidies: 'no' },
      { ...offerA(), signOn: { installments: [{ id: '', month: -1, amountMinor: 1e20 }], clawback: {} } },
    ];
    for (const input of garbage) {
      for (const issue of issuesOf(input)) expect(OFFER_MESSAGE_KEYS).toContain(issue.message);
    }
  });
});

describe('messages', () => {
  it('has the same keys in English and Simplified Chinese, none empty', () => {
    expect(Object.keys(OFFER_MESSAGES['zh-CN']).sort()).toEqual(Object.keys(OFFER_MESSAGES.en).sort());
    for (const text of [...Object.values(OFFER_MESSAGES.en), ...Object.values(OFFER_MESSAGES['zh-CN'])]) expect(text.length).toBeGreaterThan(0);
  });
});

describe('comparison settings schema', () => {
  it('accepts the defaults: horizon 4, first-year view, example rates with their date', () => {
    expect(comparisonSettingsSchema.parse(DEFAULT_COMPARISON_SETTINGS)).toEqual(DEFAULT_COMPARISON_SETTINGS);
    expect(DEFAULT_COMPARISON_SETTINGS.horizonYears).toBe(4);
    expect(EXAMPLE_FX_RATES.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(EXAMPLE_FX_RATES.rates).toContainEqual({ base: 'USD', quote: 'CNY', rateMicros: 7_100_000 });
  });

  it('hands out independent copies of the defaults', () => {
    const copy = createDefaultComparisonSettings();
    copy.fx.rates[0]!.rateMicros = 1;
    expect(EXAMPLE_FX_RATES.rates[0]!.rateMicros).toBe(7_100_000);
  });

  it('refuses a horizon outside 1..6, bad rates, weights and scores', () => {
    const base = createDefaultComparisonSettings();
    const check = (patch: object) => issuesOf({ ...base, ...patch }, comparisonSettingsSchema).map((i) => i.message);
    expect(check({ horizonYears: 0 })).toEqual(['offers.validation.horizonRange']);
    expect(check({ horizonYears: 7 })).toEqual(['offers.validation.horizonRange']);
    expect(check({ horizonYears: 1 })).toEqual([]);
    expect(check({ horizonYears: 6 })).toEqual([]);
    expect(check({ fx: { asOf: '2026-02-29', rates: [] } })).toEqual(['offers.validation.invalidDate']);
    expect(check({ fx: { asOf: '2026-01-01', rates: [{ base: 'USD', quote: 'USD', rateMicros: 1 }] } })).toEqual([
      'offers.validation.sameCurrency',
    ]);
    expect(check({ fx: { asOf: '2026-01-01', rates: [{ base: 'USD', quote: 'CNY', rateMicros: 0 }] } })).toEqual([
      'offers.validation.rateNotPositive',
    ]);
    expect(
      check({
        fx: {
          asOf: '2026-01-01',
          rates: [
            { base: 'USD', quote: 'CNY', rateMicros: 7_000_000 },
            { base: 'CNY', quote: 'USD', rateMicros: 140_000 },
          ],
        },
      }),
    ).toEqual(['offers.validation.duplicateRate']);
    expect(check({ criteria: [{ id: 'c', name: 'Growth', weight: 101 }] })).toEqual(['offers.validation.weightRange']);
    expect(check({ scores: { o1: { c: 11 } } })).toEqual(['offers.validation.scoreRange']);
    expect(check({ costOfLiving: [{ id: 'x', city: 'Shanghai', currency: 'CNY', monthlyRentMinor: -1, otherMonthlyMinor: 0 }] })).toEqual([
      'offers.validation.negativeAmount',
    ]);
  });
});

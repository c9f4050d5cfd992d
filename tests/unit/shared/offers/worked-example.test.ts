import { describe, expect, it } from 'vitest';
import { offerBreakdown } from '../../../../shared/offers/breakdown';
import { convertBreakdown } from '../../../../shared/offers/convert-breakdown';
import { offerSchema } from '../../../../shared/offers/schema';
import { USD_CNY, offerA, offerB } from './fixtures';

describe("the issue's worked example (start 2027-03-01, horizon 4, USD home, 1 USD = 7.10 CNY)", () => {
  it('both offers pass the schema as entered', () => {
    expect(offerSchema.safeParse(offerA()).success).toBe(true);
    expect(offerSchema.safeParse(offerB()).success).toBe(true);
  });

  it('Offer A: year 1 = 1,815,000 CNY, years 2-4 = 1,515,000, total 6,360,000 CNY', () => {
    const a = offerBreakdown(offerA(), 4);
    expect(a.currency).toBe('CNY');
    expect(a.years.map((row) => row.total)).toEqual([181_500_000, 151_500_000, 151_500_000, 151_500_000]);
    expect(a.years[0]).toEqual({
      year: 1,
      base: 90_000_000,
      bonus: 13_500_000,
      equity: 30_000_000,
      signOn: 30_000_000,
      relocation: 0,
      allowances: 18_000_000,
      subsidies: 0,
      total: 181_500_000,
    });
    expect(a.years[1]).toMatchObject({ signOn: 0, equity: 30_000_000, allowances: 18_000_000 });
    expect(a.horizonTotal.total).toBe(636_000_000);
    expect(a.averagePerYear.total).toBe(159_000_000);
  });

  it('Offer A converts to 895,774.65 USD at 7.10', () => {
    const converted = convertBreakdown(offerBreakdown(offerA(), 4), 'USD', USD_CNY);
    expect(converted.ok).toBe(true);
    if (converted.ok) expect(converted.breakdown.horizonTotal.total).toBe(89_577_465);
  });

  it('Offer B: year 1 = 368,500 USD, years 2-4 = 303,500, total 1,279,000 USD', () => {
    const b = offerBreakdown(offerB(), 4);
    expect(b.years.map((row) => row.total)).toEqual([36_850_000, 30_350_000, 30_350_000, 30_350_000]);
    expect(b.years[0]).toMatchObject({ base: 18_500_000, bonus: 1_850_000, equity: 10_000_000, signOn: 5_000_000, relocation: 1_500_000 });
    expect(b.horizonTotal.total).toBe(127_900_000);
    const same = convertBreakdown(b, 'USD', USD_CNY);
    expect(same.ok && same.breakdown.horizonTotal.total).toBe(127_900_000);
  });
});

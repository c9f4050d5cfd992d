import { describe, expect, it } from 'vitest';
import { VEST_FRACTION_DEN, vestEvents } from '../../../../shared/offers/vest-schedule';
import { GROWTH_SCALE, grantFaceValue, grantVests, growthFactorScaled } from '../../../../shared/offers/equity-value';
import { equityByYear } from '../../../../shared/offers/equity-by-year';
import type { VestingSchedule } from '../../../../shared/offers/schema';
import { rsu } from './fixtures';

const schedule = (patch: Partial<VestingSchedule>): VestingSchedule => ({
  preset: '25-25-25-25',
  customYearlyBp: [],
  cliffMonths: 12,
  frequency: 'yearly',
  ...patch,
});
const percent = (events: { month: number; fractionNum: number }[]) =>
  events.map((e) => [e.month, (e.fractionNum * 100) / VEST_FRACTION_DEN]);

describe('vest schedule', () => {
  it('25/25/25/25 with a 12-month cliff vests yearly at months 12..48', () => {
    expect(percent(vestEvents(schedule({})))).toEqual([[12, 25], [24, 25], [36, 25], [48, 25]]);
  });

  it('applies each preset', () => {
    expect(percent(vestEvents(schedule({ preset: '5-15-40-40' }))).map((e) => e[1])).toEqual([5, 15, 40, 40]);
    expect(percent(vestEvents(schedule({ preset: '10-20-30-40' }))).map((e) => e[1])).toEqual([10, 20, 30, 40]);
    expect(percent(vestEvents(schedule({ preset: '33-33-34' })))).toEqual([[12, 33], [24, 33], [36, 34]]);
    expect(percent(vestEvents(schedule({ preset: 'custom', customYearlyBp: [6_000, 4_000], cliffMonths: 0 })))).toEqual([[12, 60], [24, 40]]);
  });

  it('vests quarterly after a 12-month cliff: 25 % at the cliff, then 6.25 % a quarter', () => {
    const events = vestEvents(schedule({ frequency: 'quarterly' }));
    expect(events).toHaveLength(13);
    expect(percent(events.slice(0, 3))).toEqual([[12, 25], [15, 6.25], [18, 6.25]]);
    expect(events.at(-1)?.month).toBe(48);
    expect(events.reduce((s, e) => s + e.fractionNum, 0)).toBe(VEST_FRACTION_DEN);
  });

  it('vests monthly after the cliff, and from month 1 with no cliff', () => {
    const monthly = vestEvents(schedule({ frequency: 'monthly' }));
    expect(monthly).toHaveLength(37);
    expect(monthly[0]).toEqual({ month: 12, fractionNum: VEST_FRACTION_DEN / 4 });
    expect(monthly[1]?.month).toBe(13);
    const noCliff = vestEvents(schedule({ frequency: 'monthly', cliffMonths: 0 }));
    expect(noCliff).toHaveLength(48);
    expect(noCliff[0]?.month).toBe(1);
  });

  it('holds everything due before an off-cycle cliff until the cliff', () => {
    expect(percent(vestEvents(schedule({ cliffMonths: 18 })))).toEqual([[18, 25], [24, 25], [36, 25], [48, 25]]);
    expect(percent(vestEvents(schedule({ cliffMonths: 48 })))).toEqual([[48, 100]]);
    expect(percent(vestEvents(schedule({ cliffMonths: 6 })))[0]).toEqual([12, 25]);
  });

  it('skips zero-percent years', () => {
    expect(percent(vestEvents(schedule({ preset: 'custom', customYearlyBp: [0, 10_000], cliffMonths: 0 })))).toEqual([[24, 100]]);
  });
});

describe('equity value', () => {
  it('values RSUs by value or by shares x price', () => {
    expect(grantVests(rsu(1_000_00), 0).map((v) => v.valueMinor)).toEqual([250_00, 250_00, 250_00, 250_00]);
    const byShares = rsu(0, { rsuValuation: 'shares', shares: 100, priceMinor: 12_34 });
    expect(grantVests(byShares, 0).map((v) => v.valueMinor)).toEqual([308_50, 308_50, 308_50, 308_50]);
    expect(grantFaceValue(byShares)).toBe(1_234_00);
  });

  it('rounds so monthly vests still add up to the grant exactly', () => {
    const vests = grantVests(rsu(1_000_01, { vesting: schedule({ frequency: 'monthly', cliffMonths: 0, preset: '33-33-34' }) }), 0);
    expect(vests).toHaveLength(36);
    expect(vests.reduce((s, v) => s + v.valueMinor, 0)).toBe(1_000_01);
    for (const v of vests) expect(Number.isInteger(v.valueMinor)).toBe(true);
  });

  it('grows the price by (1 + g)^t, t in years since the grant', () => {
    expect(growthFactorScaled(0, 24)).toBe(GROWTH_SCALE);
    expect(growthFactorScaled(1_000, 0)).toBe(GROWTH_SCALE);
    expect(growthFactorScaled(1_000, 24)).toBe(1_210_000_000_000n);
    const vests = grantVests(rsu(1_000_00, { yearlyGrowthBp: 1_000 }), 0).map((v) => v.valueMinor);
    // 250 x 1.1, 1.21, 1.331, 1.4641
    expect(vests).toEqual([275_00, 302_50, 332_75, 366_03]);
    const falling = grantVests(rsu(1_000_00, { yearlyGrowthBp: -10_000 }), 0).map((v) => v.valueMinor);
    expect(falling).toEqual([0, 0, 0, 0]);
  });

  it('applies the private-company discount', () => {
    expect(grantVests(rsu(1_000_00, { privateDiscountBp: 3_000 }), 0).map((v) => v.valueMinor)).toEqual([175_00, 175_00, 175_00, 175_00]);
  });

  it('values options at their spread and never below zero', () => {
    const option = rsu(0, { kind: 'option', shares: 1_000, strikeMinor: 10_00, priceMinor: 14_00 });
    expect(grantVests(option, 0).map((v) => v.valueMinor)).toEqual([1_000_00, 1_000_00, 1_000_00, 1_000_00]);
    const underWater = { ...option, priceMinor: 8_00 };
    expect(grantVests(underWater, 0).map((v) => v.valueMinor)).toEqual([0, 0, 0, 0]);
    expect(grantFaceValue(underWater)).toBe(0);
    // Under water today, in the money once growth lifts the price above the strike: 8 x 1.5^t vs 10.
    const recovering = grantVests({ ...underWater, yearlyGrowthBp: 5_000 }, 0).map((v) => v.valueMinor);
    expect(recovering).toEqual([500_00, 2_000_00, 4_250_00, 7_625_00]);
  });

  it('adds expected refreshers at each anniversary on the same schedule', () => {
    const grant = rsu(4_000_00, { refresherYearlyMinor: 400_00 });
    const vests = grantVests(grant, 24);
    expect(vests.filter((v) => v.isRefresher).map((v) => [v.grantMonth, v.month, v.valueMinor])).toEqual([
      [12, 24, 100_00], [12, 36, 100_00], [12, 48, 100_00], [12, 60, 100_00],
      [24, 36, 100_00], [24, 48, 100_00], [24, 60, 100_00], [24, 72, 100_00],
    ]);
    // Within 4 years: year 2 gets the first refresher's first vest, year 3 two, year 4 three.
    expect(equityByYear([grant], 4)).toEqual([1_000_00, 1_100_00, 1_200_00, 1_300_00]);
  });

  it('grows a refresher from its own grant date', () => {
    const grant = rsu(0, { refresherYearlyMinor: 400_00, yearlyGrowthBp: 1_000 });
    expect(grantVests(grant, 12).filter((v) => v.isRefresher)[0]).toMatchObject({ month: 24, valueMinor: 110_00 });
  });

  it('counts quarterly vests after a cliff in the right years', () => {
    const grant = rsu(1_600_00, { vesting: schedule({ frequency: 'quarterly' }) });
    expect(equityByYear([grant], 4)).toEqual([400_00, 400_00, 400_00, 400_00]);
    const offCycle = rsu(1_600_00, { vesting: schedule({ frequency: 'quarterly', cliffMonths: 18 }) });
    expect(equityByYear([offCycle], 4)).toEqual([0, 800_00, 400_00, 400_00]);
  });
});

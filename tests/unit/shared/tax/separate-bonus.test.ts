import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHINA_MONTHLY_TABLE,
  findBonusTrap,
  separateBonusThresholds,
  taxBonusSeparately,
} from '../../../../shared/tax';
import { yuan } from './helpers';

const net = (bonus: number): number => bonus - taxBonusSeparately(CHINA_MONTHLY_TABLE, bonus).taxMinor;

describe('annual bonus taxed separately', () => {
  it.each([
    [36_000, 1_080],
    [36_012, 3_391.2],
    [144_000, 14_190],
  ])('reproduces the reference: bonus %d -> %d', (bonus, tax) => {
    expect(taxBonusSeparately(CHINA_MONTHLY_TABLE, yuan(bonus)).taxMinor).toBe(yuan(tax));
  });

  it('takes the rate from bonus / 12 and the monthly quick deduction once', () => {
    const t = taxBonusSeparately(CHINA_MONTHLY_TABLE, yuan(36_012));
    expect(t).toMatchObject({ rateBp: 1_000, quickDeductionMinor: yuan(210), bracketIndex: 1 });
    expect(t.step.values).toMatchObject({ monthlyEquivalentMinor: yuan(3_001), rateBp: 1_000, quickDeductionMinor: yuan(210), taxMinor: yuan(3_391.2) });
  });

  it.each([
    // 12 x monthly edge, tax at the edge, tax one fen above (at the next rate, with the cliff)
    [36_000, 1_080, 3_390],
    [144_000, 14_190, 27_390],
    [300_000, 58_590, 72_340],
    [420_000, 102_340, 121_590],
    [660_000, 193_590, 223_840],
    [960_000, 328_840, 416_840],
  ])('edge %d: %d at the edge, %d one fen above', (edge, atEdge, above) => {
    expect(taxBonusSeparately(CHINA_MONTHLY_TABLE, yuan(edge)).taxMinor).toBe(yuan(atEdge));
    expect(taxBonusSeparately(CHINA_MONTHLY_TABLE, yuan(edge) + 1).taxMinor).toBe(yuan(above));
  });

  it('a zero bonus owes nothing', () => {
    expect(taxBonusSeparately(CHINA_MONTHLY_TABLE, 0).taxMinor).toBe(0);
  });
});

describe('bonus threshold trap', () => {
  it('bites at 36,012: 36,000 would leave 2,299.20 more', () => {
    const trap = findBonusTrap(CHINA_MONTHLY_TABLE, yuan(36_012));
    expect(trap).toMatchObject({
      bonusMinor: yuan(36_012),
      netMinor: yuan(32_620.8),
      thresholdMinor: yuan(36_000),
      netAtThresholdMinor: yuan(34_920),
      lossMinor: yuan(2_299.2),
      breakEvenBonusMinor: yuan(38_566.67),
    });
    expect(trap?.step.labelKey).toBe('tax.explain.bonusTrap');
  });

  it('does not bite at an edge, below the first edge, or past the break-even point', () => {
    expect(findBonusTrap(CHINA_MONTHLY_TABLE, yuan(36_000))).toBeNull();
    expect(findBonusTrap(CHINA_MONTHLY_TABLE, yuan(20_000))).toBeNull();
    expect(findBonusTrap(CHINA_MONTHLY_TABLE, yuan(38_566.67))).toBeNull();
    expect(findBonusTrap(CHINA_MONTHLY_TABLE, yuan(38_566.66))).not.toBeNull();
    expect(findBonusTrap(CHINA_MONTHLY_TABLE, yuan(100_000))).toBeNull();
  });

  it.each([
    [36_000, 38_566.67],
    [144_000, 160_500],
    [300_000, 318_333.33],
    [420_000, 447_500],
    [660_000, 706_538.46],
    [960_000, 1_120_000],
  ])('dead zone above %d ends at %d (rounding to the fen included)', (edge, breakEven) => {
    const trap = findBonusTrap(CHINA_MONTHLY_TABLE, yuan(edge) + 1);
    expect(trap?.thresholdMinor).toBe(yuan(edge));
    expect(trap?.breakEvenBonusMinor).toBe(yuan(breakEven));
    expect(net(yuan(breakEven))).toBeGreaterThanOrEqual(net(yuan(edge)));
    expect(net(yuan(breakEven) - 1)).toBeLessThan(net(yuan(edge)));
  });

  it('lists the six annual-bonus edges', () => {
    expect(separateBonusThresholds(CHINA_MONTHLY_TABLE)).toEqual([36_000, 144_000, 300_000, 420_000, 660_000, 960_000].map(yuan));
  });

  it('agrees with a brute-force check of every edge below the bonus', () => {
    const edges = separateBonusThresholds(CHINA_MONTHLY_TABLE);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: yuan(2_000_000) }), (bonus) => {
        const bestEdgeNet = Math.max(-Infinity, ...edges.filter((e) => e < bonus).map(net));
        const trap = findBonusTrap(CHINA_MONTHLY_TABLE, bonus);
        if (bestEdgeNet <= net(bonus)) return trap === null;
        return trap !== null && trap.lossMinor === bestEdgeNet - net(bonus) && trap.lossMinor > 0;
      }),
    );
  });

  it('separate tax is never negative and never above the bonus', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000_000 }), (bonus) => {
        const { taxMinor } = taxBonusSeparately(CHINA_MONTHLY_TABLE, bonus);
        return taxMinor >= 0 && taxMinor <= bonus;
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHINA_ANNUAL_TABLE, CHINA_MONTHLY_TABLE, findBracketIndex, taxFromTable, type TaxTable } from '../../../../shared/tax';
import { yuan } from './helpers';

const ANNUAL_RATES = CHINA_ANNUAL_TABLE.map((b) => b.rateBp);

describe('annual comprehensive income table', () => {
  it.each([
    [36_000, 1_080],
    [144_000, 11_880],
    [180_000, 19_080],
    [300_000, 43_080],
    [420_000, 73_080],
    [660_000, 145_080],
    [960_000, 250_080],
  ])('reproduces the reference: taxable %d -> %d', (taxable, tax) => {
    expect(taxFromTable(CHINA_ANNUAL_TABLE, yuan(taxable)).taxMinor).toBe(yuan(tax));
  });

  it.each([
    // edge, rate at the edge, rate one fen above, tax one fen above (rounded to the fen)
    [36_000, 300, 1_000, 1_080],
    [144_000, 1_000, 2_000, 11_880],
    [300_000, 2_000, 2_500, 43_080],
    [420_000, 2_500, 3_000, 73_080],
    [660_000, 3_000, 3_500, 145_080],
    [960_000, 3_500, 4_500, 250_080],
  ])('bracket edge %d is inclusive; one fen more moves to the next rate without a jump', (edge, rateAt, rateAbove, taxAbove) => {
    const at = taxFromTable(CHINA_ANNUAL_TABLE, yuan(edge));
    const above = taxFromTable(CHINA_ANNUAL_TABLE, yuan(edge) + 1);
    expect(at.rateBp).toBe(rateAt);
    expect(above.rateBp).toBe(rateAbove);
    expect(above.taxMinor).toBe(yuan(taxAbove));
  });

  it('rounds the product half up to the fen only once', () => {
    expect(taxFromTable(CHINA_ANNUAL_TABLE, yuan(36_000.05)).taxMinor).toBe(yuan(1_080.01)); // 3,600.005 - 2,520
    expect(taxFromTable(CHINA_ANNUAL_TABLE, yuan(0.16)).taxMinor).toBe(0); // 0.0048 rounds to 0
    expect(taxFromTable(CHINA_ANNUAL_TABLE, yuan(0.17)).taxMinor).toBe(1); // 0.0051 rounds to 0.01
  });

  it('owes nothing on zero or negative taxable income', () => {
    expect(taxFromTable(CHINA_ANNUAL_TABLE, 0)).toMatchObject({ taxMinor: 0, rateBp: 300 });
    expect(taxFromTable(CHINA_ANNUAL_TABLE, -500).taxMinor).toBe(0);
  });

  it('taxes a very large income exactly (past 2^53 in the intermediate product)', () => {
    // 10^12 yuan at 45% less 181,920
    expect(taxFromTable(CHINA_ANNUAL_TABLE, 100_000_000_000_000).taxMinor).toBe(45_000_000_000_000 - yuan(181_920));
  });
});

describe('table data', () => {
  /** Each quick deduction must be what makes the table continuous: qd_i = qd_{i-1} + edge_{i-1} x (r_i - r_{i-1}). */
  function checkQuickDeductions(table: TaxTable): void {
    for (let i = 1; i < table.length; i++) {
      const prev = table[i - 1]!;
      const cur = table[i]!;
      expect(cur.quickDeductionMinor * 10_000).toBe(prev.quickDeductionMinor * 10_000 + prev.upToMinor! * (cur.rateBp - prev.rateBp));
    }
  }
  it('has quick deductions consistent with the rates and edges', () => {
    checkQuickDeductions(CHINA_ANNUAL_TABLE);
    checkQuickDeductions(CHINA_MONTHLY_TABLE);
  });
  it('monthly table is the annual table divided by twelve (edges) with the same rates', () => {
    CHINA_MONTHLY_TABLE.forEach((b, i) => {
      const annual = CHINA_ANNUAL_TABLE[i]!;
      expect(b.rateBp).toBe(annual.rateBp);
      expect(b.upToMinor === null ? null : b.upToMinor * 12).toBe(annual.upToMinor);
    });
  });
  it('finds brackets by comparing against edge x divisor (no division)', () => {
    expect(findBracketIndex(CHINA_MONTHLY_TABLE, yuan(36_000), 12)).toBe(0);
    expect(findBracketIndex(CHINA_MONTHLY_TABLE, yuan(36_000) + 1, 12)).toBe(1);
    expect(findBracketIndex(CHINA_MONTHLY_TABLE, yuan(5_000_000), 12)).toBe(6);
  });
});

describe('annual table properties', () => {
  const amount = fc.integer({ min: 0, max: 100_000_000_000_000 });

  it('tax is never negative and never more than the amount', () => {
    fc.assert(
      fc.property(amount, (t) => {
        const { taxMinor } = taxFromTable(CHINA_ANNUAL_TABLE, t);
        return taxMinor >= 0 && taxMinor <= t;
      }),
    );
  });

  it('the marginal rate is always one of the seven bracket rates', () => {
    fc.assert(fc.property(amount, (t) => ANNUAL_RATES.includes(taxFromTable(CHINA_ANNUAL_TABLE, t).rateBp)));
  });

  it('tax is monotone non-decreasing in taxable income', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return taxFromTable(CHINA_ANNUAL_TABLE, lo).taxMinor <= taxFromTable(CHINA_ANNUAL_TABLE, hi).taxMinor;
      }),
    );
  });

  it('one more fen of income costs at most one fen of tax (no cliff in the comprehensive table)', () => {
    fc.assert(
      fc.property(amount, (t) => {
        const d = taxFromTable(CHINA_ANNUAL_TABLE, t + 1).taxMinor - taxFromTable(CHINA_ANNUAL_TABLE, t).taxMinor;
        return d >= 0 && d <= 1;
      }),
    );
  });

  it('equals taxing each slice at its own rate, rounded once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000_000 }), (t) => {
        // exact slice sum in fen x bp, then rounded half up to the fen
        let lower = 0;
        let sum = 0n;
        for (const b of CHINA_ANNUAL_TABLE) {
          const upper = b.upToMinor ?? Number.MAX_SAFE_INTEGER;
          if (t > lower) sum += BigInt(Math.min(t, upper) - lower) * BigInt(b.rateBp);
          lower = upper;
        }
        const rounded = Number((sum * 2n + 10_000n) / 20_000n);
        return taxFromTable(CHINA_ANNUAL_TABLE, t).taxMinor === rounded;
      }),
    );
  });
});

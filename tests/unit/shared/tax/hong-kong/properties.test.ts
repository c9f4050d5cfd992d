import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeTax } from '../../../../../shared/tax';
import { settings, yearInput } from '../helpers';

const income = fc.integer({ min: 0, max: 2_000_000_000 }); // up to HKD 20M

describe('Hong Kong properties', () => {
  it('never above the standard rate on net income, never negative, never decreasing as income rises', () => {
    fc.assert(
      fc.property(income, income, fc.boolean(), fc.boolean(), fc.constantFrom(2024, 2025, 2026, 2030), (a, b, married, mpf, taxYear) => {
        const s = settings({ model: 'hong-kong', hongKong: { isMarried: married, hasMpf: mpf } });
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lo = computeTax(s, yearInput({ taxYear, wagesMinor: low }));
        const hi = computeTax(s, yearInput({ taxYear, wagesMinor: high }));
        if (!lo.ok || !hi.ok) throw new Error('expected ok');
        for (const r of [lo.value, hi.value]) {
          const standard = r.explanation.find((e) => e.labelKey === 'tax.explain.hk.standard')?.values.taxMinor;
          expect(r.taxMinor).toBeLessThanOrEqual(Number(standard));
          expect(r.taxMinor).toBeGreaterThanOrEqual(0);
        }
        expect(hi.value.taxMinor).toBeGreaterThanOrEqual(lo.value.taxMinor);
      }),
      { numRuns: 400 },
    );
  });
});

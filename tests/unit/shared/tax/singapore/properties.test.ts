import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeTax } from '../../../../../shared/tax';
import { settings, yearInput } from '../helpers';

describe('Singapore properties', () => {
  it('tax never decreases as income rises; a non-resident never pays less than a resident', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500_000_000 }), fc.integer({ min: 0, max: 500_000_000 }), fc.constantFrom(2023, 2024, 2025, 2029), (a, b, taxYear) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const tax = (residency: 'resident' | 'non-resident', amount: number) => {
          const r = computeTax(settings({ model: 'singapore', singapore: { residency } }), yearInput({ taxYear, wagesMinor: amount }));
          if (!r.ok) throw new Error(r.error.code);
          return r.value.taxMinor;
        };
        expect(tax('resident', high)).toBeGreaterThanOrEqual(tax('resident', low));
        expect(tax('non-resident', high)).toBeGreaterThanOrEqual(tax('non-resident', low));
        expect(tax('non-resident', high)).toBeGreaterThanOrEqual(tax('resident', high));
      }),
      { numRuns: 300 },
    );
  });
});

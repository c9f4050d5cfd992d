import { describe, expect, it } from 'vitest';
import { axisTop } from '../../../../renderer/features/language/chart-axis';

describe('axisTop', () => {
  it('leaves room above the maximum, so a plan marker at the maximum is drawn whole', () => {
    expect(axisTop(360)).toBeGreaterThan(360);
    expect(axisTop(360)).toBe(389);
    expect(axisTop(1)).toBe(2);
  });

  it('gives an empty chart (every week zero) an axis of its own rather than a zero-height one', () => {
    expect(axisTop(0)).toBe(1);
    expect(axisTop(Number.NEGATIVE_INFINITY)).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../../../renderer/features/language/chart-axis';

const top = (max: number) => axisTicks(max).at(-1)!;

describe('axisTicks', () => {
  it('leaves room above the maximum, so a plan marker at the maximum is drawn whole', () => {
    for (const max of [1, 7, 60, 71, 80, 100, 360, 999, 1234, 25_000]) {
      expect(top(max), String(max)).toBeGreaterThanOrEqual(max * 1.08);
      // Not so much room that the bars shrink to half the chart.
      expect(top(max), String(max)).toBeLessThanOrEqual(Math.max(2, max * 1.6));
    }
  });

  it('counts from 0 in round, whole, even steps, at most five of them', () => {
    expect(axisTicks(360)).toEqual([0, 100, 200, 300, 400]);
    expect(axisTicks(71)).toEqual([0, 20, 40, 60, 80]);
    expect(axisTicks(100)).toEqual([0, 25, 50, 75, 100, 125]);
    expect(axisTicks(1)).toEqual([0, 1, 2]);
    for (const max of [3, 13, 77, 450, 9_999]) {
      const ticks = axisTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.length).toBeLessThanOrEqual(6);
      for (const tick of ticks) expect(Number.isInteger(tick)).toBe(true);
      for (let index = 2; index < ticks.length; index += 1) expect(ticks[index]! - ticks[index - 1]!).toBe(ticks[1]);
    }
  });

  it('gives an empty chart (every week zero) an axis of its own rather than a zero-height one', () => {
    expect(axisTicks(0)).toEqual([0, 1]);
    expect(axisTicks(Number.NEGATIVE_INFINITY)).toEqual([0, 1]);
  });
});

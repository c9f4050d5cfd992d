import { describe, expect, it } from 'vitest';
import { headroomTicks, niceStep } from '../../../../renderer/components/chart-ticks';

// Every expected value below is worked out by hand in the comment beside it.
describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5, 5 or 10 times a power of ten', () => {
    expect(niceStep(1)).toBe(1); // already nice
    expect(niceStep(3)).toBe(5); // 3 → next nice is 5
    expect(niceStep(23_250)).toBe(25_000); // 2.325e4 → 2.5e4
    expect(niceStep(0.011)).toBe(0.02); // 1.1e-2 → 2e-2
    expect(niceStep(9.1)).toBe(10); // 9.1 → 10
  });
});

describe('headroomTicks', () => {
  it('puts a whole step above a maximum that falls exactly on a tick (the vesting bar that touched the top)', () => {
    // 100,000 over 4 intervals = 25,000 (nice); 100,000 is on a tick, so the top is one step higher.
    expect(headroomTicks([100_000, 40_000])).toEqual({ domain: [0, 125_000], ticks: [0, 25_000, 50_000, 75_000, 100_000, 125_000] });
  });

  it('ends on the first tick above a maximum between ticks', () => {
    // 93,000 / 4 = 23,250 → step 25,000; 93,000 is 3.72 steps → top at 4 steps = 100,000.
    expect(headroomTicks([93_000])).toEqual({ domain: [0, 100_000], ticks: [0, 25_000, 50_000, 75_000, 100_000] });
    // 7 / 4 = 1.75 → step 2; 7 is 3.5 steps → top 8.
    expect(headroomTicks([7, 3])).toEqual({ domain: [0, 8], ticks: [0, 2, 4, 6, 8] });
  });

  it('adds a step when the largest value is just under the next tick', () => {
    // 585,000 / 4 = 146,250 → step 200,000; 585,000 is 2.925 steps → top 600,000, but 15,000 of room is under
    // 5 % of 600,000 (30,000), so the top is 800,000.
    expect(headroomTicks([585_000, 560_000])).toEqual({ domain: [0, 800_000], ticks: [0, 200_000, 400_000, 600_000, 800_000] });
  });

  it('reaches below zero with headroom too when a value is negative', () => {
    // range 80,000 / 4 = 20,000; top: 50,000 is 2.5 steps → 3 steps; bottom: 30,000 is 1.5 steps → −2 steps.
    expect(headroomTicks([-30_000, 50_000])).toEqual({ domain: [-40_000, 60_000], ticks: [-40_000, -20_000, 0, 20_000, 40_000, 60_000] });
  });

  it('has no float noise in small steps', () => {
    // 0.3 / 4 = 0.075 → step 0.1; 0.3 is on a tick (0.3 / 0.1 = 2.9999…), so the top is 0.4.
    expect(headroomTicks([0.3])).toEqual({ domain: [0, 0.4], ticks: [0, 0.1, 0.2, 0.3, 0.4] });
  });

  it('draws 0..1 without data or with only zeros, and ignores values that are not numbers', () => {
    expect(headroomTicks([])).toEqual({ domain: [0, 1], ticks: [0, 1] });
    expect(headroomTicks([0, 0, Number.NaN])).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });

  it('always leaves the largest value strictly under the top tick', () => {
    for (const max of [1, 9.99, 10, 12.5, 250, 999, 1_000, 1_234_567, 2_500_000]) {
      const { domain, ticks } = headroomTicks([max]);
      expect(domain[1], `top for ${max}`).toBeGreaterThan(max);
      expect(ticks.at(-1)).toBe(domain[1]);
      expect(ticks.length, `tick count for ${max}`).toBeLessThanOrEqual(7);
    }
  });
});

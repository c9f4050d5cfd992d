/**
 * Value-axis ticks for the charts, chosen by us rather than by recharts: its "auto" domain can end exactly at
 * the largest bar (a vesting year of 100,000 drew its bar up to the 100K tick, touching the frame). Here the
 * top tick is always a whole step above the largest value, so the tallest bar has headroom, and the steps are
 * "nice" (1, 2, 2.5 or 5 times a power of ten) so the labels read as round amounts in either language.
 */
export interface AxisTicks {
  /** [lowest tick, highest tick]: give it to the axis as its domain so nothing is drawn past the ticks. */
  domain: [number, number];
  ticks: number[];
}

const NICE_STEPS = [1, 2, 2.5, 5, 10] as const;
/** The least room above the largest value, as a share of the axis. */
const MIN_HEADROOM = 0.05;

/** The smallest nice step at least `rough` (rough > 0). */
export function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = NICE_STEPS.find((step) => step >= fraction - 1e-9) ?? 10;
  return nice * power;
}

/**
 * Ticks from 0 (or below it, for negative values) to one step above the largest value, about `count` of them,
 * and a step more if that leaves less than 5 % of the axis above it.
 * No data or all zeros gives 0..1 so the axis still draws.
 */
export function headroomTicks(values: readonly number[], count = 5): AxisTicks {
  const finite = values.filter((value) => Number.isFinite(value));
  const max = Math.max(0, ...finite);
  const min = Math.min(0, ...finite);
  if (max === 0 && min === 0) return { domain: [0, 1], ticks: [0, 1] };
  // count - 1 intervals over the range, then one more step of headroom above (and below a negative minimum).
  const step = niceStep((max - min) / Math.max(1, count - 1));
  let top = max > 0 ? (Math.floor(max / step + 1e-9) + 1) * step : 0;
  const bottom = min < 0 ? -(Math.floor(-min / step + 1e-9) + 1) * step : 0;
  // Just under a tick is still touching to the eye (a cumulative line at 585K under a 600K top): one more step.
  if (max > 0 && top - max < MIN_HEADROOM * (top - bottom)) top += step;
  const ticks: number[] = [];
  // Whole-step multiples counted by index, so 0.1 + 0.2 drift never adds or drops a tick.
  for (let index = Math.round(bottom / step); index <= Math.round(top / step); index++) ticks.push(round(index * step));
  return { domain: [round(bottom), round(top)], ticks };
}

/** Strips float noise from a multiple of a nice step (0.30000000000000004 → 0.3). */
function round(value: number): number {
  return Number(value.toPrecision(12));
}

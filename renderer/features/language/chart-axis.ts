/** Room above the highest bar or plan point, as a share of it. */
const HEADROOM = 0.08;
/** At most this many steps between the ticks (recharts' own default is four). */
const MAX_STEPS = 5;

/** Round steps in increasing order: 1, 2, 5, 10, 20, 25, 50, 100, ... (whole numbers: the axis counts minutes and words). */
function* roundSteps(): Generator<number> {
  for (let power = 1; ; power *= 10) {
    for (const factor of power >= 10 ? [1, 2, 2.5, 5] : [1, 2, 5]) yield factor * power;
  }
}

/**
 * The ticks of a weekly chart's value axis, from 0 to its top: the data's maximum plus some headroom, rounded up
 * to a round step, so the top tick reads 400 rather than 389. Without the headroom a week whose plan is the
 * maximum puts its marker on the plot's top edge, where half of it is cut off.
 */
export function axisTicks(dataMax: number): number[] {
  const withRoom = Number.isFinite(dataMax) && dataMax > 0 ? dataMax * (1 + HEADROOM) : 1;
  for (const step of roundSteps()) {
    const steps = Math.ceil(withRoom / step);
    if (steps <= MAX_STEPS) return Array.from({ length: steps + 1 }, (_, index) => index * step);
  }
  return [0, 1];
}

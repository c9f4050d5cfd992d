/** Room above the highest bar or plan point, as a share of it. */
const HEADROOM = 0.08;

/**
 * The top of a weekly chart's value axis (recharts' domain upper bound; recharts rounds it up to a nice tick).
 * The data's maximum plus some headroom: a week whose plan is the maximum would otherwise put its marker on
 * the plot's top edge, where half of it is cut off.
 */
export function axisTop(dataMax: number): number {
  if (!Number.isFinite(dataMax) || dataMax <= 0) return 1;
  return Math.ceil(dataMax * (1 + HEADROOM));
}

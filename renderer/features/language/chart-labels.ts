const MAX_LABELS = 10;

/**
 * The weekly chart's label step (recharts' XAxis interval: n weeks skipped between labels, 0 labels every
 * week), so about ten labels fit however long the plan. A fixed step, because "preserveStartEnd" measures
 * every label in the DOM on each update of the chart (note 0019).
 */
export function labelStep(weeks: number): number {
  return Math.max(0, Math.ceil(weeks / MAX_LABELS) - 1);
}

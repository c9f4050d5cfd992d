/**
 * Where the chart's key-date labels go so that no two overlap: each label hangs off its line (to the right,
 * or to the left when the right would run past the plot's end) in the first lane, top down, where it has room.
 * Pure arithmetic on pixel widths, so the chart measures text once and the rule is unit-tested.
 */

export interface LabelToPlace {
  id: string;
  /** The line's place in the plot, in px from its left edge. */
  x: number;
  /** The label's width in px. */
  width: number;
}

export interface PlacedLabel {
  id: string;
  /** 0 is the lane right under the month axis. */
  lane: number;
  /** The label's left edge, in px from the plot's left edge. */
  left: number;
  /** Which side of its line the label sits on. */
  side: 'right' | 'left';
}

/** Room between a line and its label, and between two labels in one lane. */
export const LABEL_OFFSET_PX = 3;
export const LABEL_GAP_PX = 8;

type Span = readonly [number, number];

const overlaps = (a: Span, b: Span) => a[0] < b[1] + LABEL_GAP_PX && b[0] < a[1] + LABEL_GAP_PX;

/** The label's span to the right of its line, or to the left when the right runs past the end, or pinned inside when neither fits. */
function spanFor(label: LabelToPlace, plotWidth: number): { span: Span; side: 'right' | 'left' } {
  const right = label.x + LABEL_OFFSET_PX;
  if (right + label.width <= plotWidth) return { span: [right, right + label.width], side: 'right' };
  const left = label.x - LABEL_OFFSET_PX - label.width;
  if (left >= 0) return { span: [left, label.x - LABEL_OFFSET_PX], side: 'left' };
  // Wider than either side: as far right as the plot allows, never before its start.
  const pinned = Math.max(0, plotWidth - label.width);
  return { span: [pinned, pinned + label.width], side: 'right' };
}

/**
 * Lanes for labels, in order of their lines (so the picture reads left to right, top down). Greedy first fit:
 * a label takes the lowest lane none of whose labels it would touch. Returned in the order given.
 */
export function placeLabels(labels: readonly LabelToPlace[], plotWidth: number): PlacedLabel[] {
  const order = labels.map((label, index) => ({ label, index })).sort((a, b) => a.label.x - b.label.x || a.index - b.index);
  const lanes: Span[][] = [];
  const placed: PlacedLabel[] = new Array(labels.length);
  for (const { label, index } of order) {
    const { span, side } = spanFor(label, plotWidth);
    let lane = lanes.findIndex((spans) => !spans.some((other) => overlaps(span, other)));
    if (lane === -1) {
      lane = lanes.length;
      lanes.push([]);
    }
    lanes[lane]!.push(span);
    placed[index] = { id: label.id, lane, left: span[0], side };
  }
  return placed;
}

/** How many lanes the placed labels use (0 for none). */
export function laneCount(placed: readonly PlacedLabel[]): number {
  return placed.reduce((count, label) => Math.max(count, label.lane + 1), 0);
}

export interface TickToPlace {
  id: string;
  /** The tick's place (its gridline), in px from the plot's left edge. */
  x: number;
  width: number;
  /** The tick's year, where its label names it on the first shown label and where the year changes. */
  year?: number;
  /** The label's width with its year written out. */
  yearWidth?: number;
}

/**
 * The month labels of the axis that can be shown without touching: every `step`-th tick, the smallest step
 * of 1, 2, 3, 4, 6 or 12 at which neighbours keep apart. Each label starts at its gridline; one that would
 * run past the plot's end is pulled back inside, and left out if that would make it touch its neighbour.
 * Ticks with a year name it on the first label shown and on each label whose year differs from the one before
 * (decided after thinning: at a step of 2 from February no January is shown). Returns the ticks to label
 * with their left edges and whether each names its year.
 */
export function axisLabels(ticks: readonly TickToPlace[], plotWidth: number): { id: string; left: number; withYear: boolean }[] {
  for (const step of [1, 2, 3, 4, 6, 12]) {
    const chosen = ticks
      .filter((_, index) => index % step === 0)
      .map((tick, index, all) => {
        const withYear = tick.year !== undefined && (index === 0 || all[index - 1]!.year !== tick.year);
        return { ...tick, withYear, width: withYear ? (tick.yearWidth ?? tick.width) : tick.width };
      });
    const isClear = chosen.every((tick, index) => index === 0 || chosen[index - 1]!.x + LABEL_OFFSET_PX + chosen[index - 1]!.width + LABEL_GAP_PX <= tick.x + LABEL_OFFSET_PX);
    if (!isClear && step !== 12) continue;
    const shown: { id: string; left: number; right: number; withYear: boolean }[] = [];
    for (const tick of chosen) {
      const left = Math.max(0, Math.min(tick.x + LABEL_OFFSET_PX, plotWidth - tick.width));
      const previous = shown.at(-1);
      if (previous && previous.right + LABEL_GAP_PX > left) continue;
      shown.push({ id: tick.id, left, right: left + tick.width, withYear: tick.withYear });
    }
    return shown.map(({ id, left, withYear }) => ({ id, left, withYear }));
  }
  return [];
}

import { describe, expect, it } from 'vitest';
import { LABEL_GAP_PX, axisLabels, laneCount, placeLabels, type PlacedLabel } from '../../../../renderer/features/timeline/label-lanes';
import { estimatedTextWidth } from '../../../../renderer/features/timeline/text-width';

const spanOf = (placed: PlacedLabel, width: number) => [placed.left, placed.left + width] as const;

/** No two labels in one lane touch (closer than the gap), and every label is inside the plot. */
function expectClear(labels: { id: string; x: number; width: number }[], placed: PlacedLabel[], plotWidth: number) {
  placed.forEach((label, index) => {
    const [left, right] = spanOf(label, labels[index]!.width);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(plotWidth);
    placed.forEach((other, otherIndex) => {
      if (otherIndex === index || other.lane !== label.lane) return;
      const [otherLeft, otherRight] = spanOf(other, labels[otherIndex]!.width);
      expect(right + LABEL_GAP_PX <= otherLeft || otherRight + LABEL_GAP_PX <= left).toBe(true);
    });
  });
}

describe('placeLabels', () => {
  it('keeps labels far apart in the first lane', () => {
    const labels = [
      { id: 'visa', x: 50, width: 80 },
      { id: 'entry', x: 300, width: 80 },
    ];
    const placed = placeLabels(labels, 600);
    expect(placed.map((label) => label.lane)).toEqual([0, 0]);
    expect(placed.map((label) => label.side)).toEqual(['right', 'right']);
    expect(laneCount(placed)).toBe(1);
  });

  it('stacks overlapping labels (the move, entry and start dates within days) into lanes, in the order of their lines', () => {
    // Given out of order: the lanes follow the lines from left to right.
    const labels = [
      { id: 'start', x: 262, width: 60 },
      { id: 'visa', x: 170, width: 100 },
      { id: 'entry', x: 250, width: 120 },
      { id: 'move', x: 238, width: 60 },
    ];
    const placed = placeLabels(labels, 700);
    expect(Object.fromEntries(placed.map((label) => [label.id, label.lane]))).toEqual({ visa: 0, move: 1, entry: 2, start: 3 });
    expectClear(labels, placed, 700);
    expect(laneCount(placed)).toBe(4);
  });

  it('reuses a lane once a label has passed', () => {
    const labels = [
      { id: 'a', x: 0, width: 100 },
      { id: 'b', x: 50, width: 100 },
      { id: 'c', x: 120, width: 50 },
    ];
    const placed = placeLabels(labels, 600);
    expect(placed.map((label) => label.lane)).toEqual([0, 1, 0]);
    expectClear(labels, placed, 600);
  });

  it('puts a label near the end of the plot on the left of its line instead of past the end', () => {
    const labels = [{ id: 'late', x: 580, width: 90 }];
    const [placed] = placeLabels(labels, 600);
    expect(placed!.side).toBe('left');
    expect(placed!.left + 90).toBeLessThanOrEqual(580);
    expectClear(labels, placeLabels(labels, 600), 600);
  });

  it('keeps a label wider than either side of its line inside the plot', () => {
    const labels = [{ id: 'wide', x: 100, width: 150 }];
    const placed = placeLabels(labels, 200);
    expectClear(labels, placed, 200);
  });

  it('never lets many labels on one day overlap', () => {
    const labels = Array.from({ length: 6 }, (_, index) => ({ id: `same-${index}`, x: 300, width: 70 }));
    const placed = placeLabels(labels, 600);
    expect(new Set(placed.map((label) => label.lane)).size).toBe(6);
    expectClear(labels, placed, 600);
  });
});

describe('axisLabels', () => {
  const ticks = (count: number, spacing: number, width: number) => Array.from({ length: count }, (_, index) => ({ id: `m${index}`, x: 20 + index * spacing, width }));

  it('labels every month when they fit', () => {
    expect(axisLabels(ticks(6, 80, 40), 500)).toHaveLength(6);
  });

  it('thins crowded months out to every second (or further) month, so neighbours never touch', () => {
    const shown = axisLabels(ticks(12, 45, 50), 560);
    expect(shown.map((label) => label.id)).toEqual(['m0', 'm2', 'm4', 'm6', 'm8', 'm10']);
    shown.slice(1).forEach((label, index) => expect(shown[index]!.left + 50 + LABEL_GAP_PX).toBeLessThanOrEqual(label.left));
  });

  it('pulls the last label back inside the plot, or leaves it out when it would touch its neighbour', () => {
    // The last tick at 480 in a 500 px plot: its 45 px label would end at 528.
    const pulled = axisLabels([{ id: 'a', x: 300, width: 45 }, { id: 'b', x: 480, width: 45 }], 500);
    expect(pulled).toEqual([
      { id: 'a', left: 303, withYear: false },
      { id: 'b', left: 455, withYear: false },
    ]);
    const dropped = axisLabels([{ id: 'a', x: 400, width: 45 }, { id: 'b', x: 480, width: 45 }], 500);
    expect(dropped.map((label) => label.id)).toEqual(['a']);
  });

  it('names the year on the first label shown and where the year changes, after thinning', () => {
    // 24 months from Feb 2027 to Jan 2029, 45 px apart: a 50 px label fits every month only if
    // 3 + 50 + 8 <= 45 + 3, which it does not; every second month leaves 90 px, enough even for a 70 px
    // label with its year (3 + 70 + 8 = 81 <= 93). So Feb, Apr, ..., Dec 2028; no January is shown, and the
    // year goes on Feb 2027 (first) and Feb 2028 (the first shown of 2028).
    const months = Array.from({ length: 24 }, (_, index) => ({
      id: `m${index}`,
      x: 20 + index * 45,
      width: 50,
      year: 2027 + Math.floor((index + 1) / 12),
      yearWidth: 70,
    }));
    const shown = axisLabels(months, 1_200);
    expect(shown.map((label) => label.id)).toEqual(['m0', 'm2', 'm4', 'm6', 'm8', 'm10', 'm12', 'm14', 'm16', 'm18', 'm20', 'm22']);
    expect(shown.filter((label) => label.withYear).map((label) => label.id)).toEqual(['m0', 'm12']);
  });
});

describe('estimatedTextWidth', () => {
  it('counts a Chinese character as one em and Latin text as less', () => {
    expect(estimatedTextWidth('入境日期', 10)).toBe(40);
    expect(estimatedTextWidth('Entry', 10)).toBeLessThan(40);
  });
});

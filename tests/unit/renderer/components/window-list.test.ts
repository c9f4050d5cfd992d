import type { Virtualizer } from '@tanstack/react-virtual';
import { describe, expect, it } from 'vitest';
import { observedSize } from '../../../../renderer/components/window-list';

/** A row whose layout must not be read: any read of its size would force a layout of the page. */
const row = new Proxy({} as Element, {
  get(_target, key) {
    if (key === 'offsetHeight' || key === 'getBoundingClientRect' || key === 'clientHeight') throw new Error(`read ${String(key)}`);
    return undefined;
  },
});

function virtualizer(cached: Record<string, number>): Virtualizer<Element, Element> {
  return {
    indexFromElement: () => 3,
    itemSizeCache: new Map(Object.entries(cached)),
    options: { getItemKey: (index: number) => `row-${index}`, estimateSize: () => 37 },
  } as unknown as Virtualizer<Element, Element>;
}

const entry = (blockSize: number) => ({ borderBoxSize: [{ blockSize, inlineSize: 600 }] }) as unknown as ResizeObserverEntry;

describe('observedSize: a row\'s height without reading its layout (windowed lists and the study log)', () => {
  it('takes the height the ResizeObserver reported, rounded', () => {
    expect(observedSize(row, entry(36.6), virtualizer({}))).toBe(37);
    expect(observedSize(row, entry(120.2), virtualizer({ 'row-3': 40 }))).toBe(120);
  });

  it('keeps the height measured before while the row is attached again, before its observer reports', () => {
    expect(observedSize(row, undefined, virtualizer({ 'row-3': 52 }))).toBe(52);
  });

  it('uses the estimate for a row never measured', () => {
    expect(observedSize(row, undefined, virtualizer({ 'row-9': 52 }))).toBe(37);
  });
});

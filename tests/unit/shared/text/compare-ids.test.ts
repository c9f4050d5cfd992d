import { describe, expect, it } from 'vitest';
import { compareIds } from '../../../../shared/text/compare-ids';

describe('compareIds: a fixed order for machine-made ids', () => {
  it('orders by code units, equal ids tie', () => {
    expect(['item-b', 'item-B', 'item-a', 'item-10', 'item-9'].sort(compareIds)).toEqual(['item-10', 'item-9', 'item-B', 'item-a', 'item-b']);
    expect(compareIds('x', 'x')).toBe(0);
    expect(compareIds('a', 'b')).toBe(-1);
    expect(compareIds('b', 'a')).toBe(1);
  });
});

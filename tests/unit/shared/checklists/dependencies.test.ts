import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDependencyCycle, transitiveBlockers } from '../../../../shared/checklists/dependency-graph';
import {
  blockersInList,
  dependencyOrder,
  describeCycle,
  isBlocked,
  openBlockers,
  removeItem,
  setBlockedBy,
  validateBlockedByChange,
} from '../../../../shared/checklists/dependencies';
import { makeItem } from './fixtures';

describe('blocked by', () => {
  const items = [
    makeItem('visa', { title: { en: 'Z visa', 'zh-CN': 'Z字签证' }, status: 'in-progress' }),
    makeItem('photos', { title: 'Photos', status: 'done' }),
    makeItem('letter', { title: 'Letter', status: 'not-needed' }),
    makeItem('passport', { title: 'Passport', status: 'todo' }),
    makeItem('entry', { blockedBy: ['visa', 'photos', 'letter', 'passport'] }),
  ];

  it('lists only blockers that are neither done nor not needed, in the item’s order', () => {
    expect(openBlockers(items[4]!, items)).toEqual([
      { id: 'visa', title: { en: 'Z visa', 'zh-CN': 'Z字签证' } },
      { id: 'passport', title: 'Passport' },
    ]);
    expect(isBlocked(items[4]!, items)).toBe(true);
  });

  it('is free once every blocker is done or not needed', () => {
    const finished = items.map((item) => (item.id === 'entry' ? item : { ...item, status: 'done' as const }));
    expect(openBlockers(finished[4]!, finished)).toEqual([]);
    expect(isBlocked(finished[4]!, finished)).toBe(false);
  });

  it('ignores blockers that no longer exist', () => {
    expect(openBlockers(makeItem('x', { blockedBy: ['gone'] }), items)).toEqual([]);
  });

  it('answers the same for a whole list with one index (blockersInList)', () => {
    const withMore = [...items, makeItem('flight', { blockedBy: ['entry', 'gone'] }), makeItem('move', { blockedBy: ['photos'] })];
    const blockersOf = blockersInList(withMore);
    for (const item of withMore) expect(blockersOf(item)).toEqual(openBlockers(item, withMore));
    expect(blockersOf(withMore[5]!)).toEqual([{ id: 'entry', title: withMore[4]!.title }]);
  });
});

describe('cycle detection', () => {
  it('finds none in a chain or a diamond', () => {
    expect(findDependencyCycle([{ id: 'a', blockedBy: [] }, { id: 'b', blockedBy: ['a'] }, { id: 'c', blockedBy: ['a', 'b'] }])).toBeNull();
  });

  it('names the cycle in dependency order', () => {
    expect(findDependencyCycle([{ id: 'a', blockedBy: ['b'] }, { id: 'b', blockedBy: ['c'] }, { id: 'c', blockedBy: ['a'] }])).toEqual(['a', 'b', 'c']);
    expect(findDependencyCycle([{ id: 'x', blockedBy: [] }, { id: 'a', blockedBy: ['a'] }])).toEqual(['a']);
    // The cycle is reported without the tail that leads into it.
    expect(findDependencyCycle([{ id: 't', blockedBy: ['a'] }, { id: 'a', blockedBy: ['b'] }, { id: 'b', blockedBy: ['a'] }])).toEqual(['a', 'b']);
  });

  it('ignores edges to unknown ids', () => {
    expect(findDependencyCycle([{ id: 'a', blockedBy: ['missing'] }])).toBeNull();
  });

  it('handles a chain of 20,000 items without overflowing the stack', () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => ({ id: `n${i}`, blockedBy: i === 0 ? [] : [`n${i - 1}`] }));
    expect(findDependencyCycle(nodes)).toBeNull();
    nodes[0] = { id: 'n0', blockedBy: ['n19999'] };
    expect(findDependencyCycle(nodes)).toHaveLength(20_000);
  });

  it('always returns a real cycle: each id is blocked by the next (property)', () => {
    const graph = fc.array(fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 3 }), { minLength: 1, maxLength: 8 }).map((lists) =>
      lists.map((targets, i) => ({ id: `n${i}`, blockedBy: targets.filter((t) => t < lists.length).map((t) => `n${t}`) })),
    );
    fc.assert(
      fc.property(graph, (nodes) => {
        const cycle = findDependencyCycle(nodes);
        if (cycle === null) {
          // Without a cycle a full dependency order exists.
          const order = dependencyOrder(nodes).map((n) => n.id);
          nodes.forEach((node) => node.blockedBy.forEach((b) => expect(order.indexOf(b)).toBeLessThan(order.indexOf(node.id))));
          return;
        }
        cycle.forEach((id, index) => {
          const next = cycle[(index + 1) % cycle.length]!;
          expect(nodes.find((n) => n.id === id)!.blockedBy).toContain(next);
        });
      }),
    );
  });

  it('computes everything an item waits for, directly or not', () => {
    const nodes = [{ id: 'a', blockedBy: [] }, { id: 'b', blockedBy: ['a'] }, { id: 'c', blockedBy: ['b'] }];
    expect([...transitiveBlockers(nodes, 'c')].sort()).toEqual(['a', 'b']);
    expect(transitiveBlockers(nodes, 'a').size).toBe(0);
  });
});

describe('refusing changes that would create a cycle', () => {
  const items = [
    makeItem('notification', { title: 'Notification' }),
    makeItem('visa', { title: 'Visa', blockedBy: ['notification'] }),
    makeItem('entry', { title: 'Entry', blockedBy: ['visa'] }),
  ];

  it('accepts a valid change and removes duplicates', () => {
    expect(validateBlockedByChange(items, 'entry', ['visa', 'notification', 'visa'])).toEqual({ ok: true, value: ['visa', 'notification'] });
  });

  it('refuses a change that closes a loop and names it from the changed item', () => {
    const result = validateBlockedByChange(items, 'notification', ['entry']);
    expect(result).toEqual({ ok: false, error: { key: 'checklists.validation.cycle', params: { cycle: ['notification', 'entry', 'visa'] } } });
    if (!result.ok) {
      expect(describeCycle(result.error.params!.cycle as string[], items, 'en')).toBe('Notification → Entry → Visa → Notification');
    }
  });

  it('refuses self-blocking and unknown items', () => {
    expect(validateBlockedByChange(items, 'visa', ['visa'])).toEqual({ ok: false, error: { key: 'checklists.validation.selfBlock' } });
    expect(validateBlockedByChange(items, 'visa', ['nope'])).toEqual({
      ok: false,
      error: { key: 'checklists.validation.unknownItem', params: { id: 'nope' } },
    });
    expect(validateBlockedByChange(items, 'nope', [])).toMatchObject({ ok: false, error: { key: 'checklists.validation.unknownItem' } });
  });

  it('applies a valid change without mutating the input, and keeps the old list on refusal', () => {
    const result = setBlockedBy(items, 'entry', ['notification']);
    expect(result.ok && result.value.find((i) => i.id === 'entry')!.blockedBy).toEqual(['notification']);
    expect(items[2]!.blockedBy).toEqual(['visa']);
    expect(setBlockedBy(items, 'notification', ['visa']).ok).toBe(false);
  });

  it('describes cycles in Chinese with the Chinese titles', () => {
    const zh = [makeItem('a', { title: { en: 'A', 'zh-CN': '甲' } }), makeItem('b', { title: { en: 'B', 'zh-CN': '乙' } })];
    expect(describeCycle(['a', 'b'], zh, 'zh-CN')).toBe('甲 → 乙 → 甲');
  });
});

describe('removing an item', () => {
  it('drops references to it and returns its attachments for deletion', () => {
    const attachment = { id: 'f1', fileName: 'record.pdf', storedName: 'f1.pdf', sizeBytes: 10, addedOn: '2027-01-01' };
    const items = [
      makeItem('record', { attachments: [attachment] }),
      makeItem('application', { blockedBy: ['record', 'other'] }),
      makeItem('other'),
      makeItem('cert', { validity: { basis: 'issue-date', months: 6, issuedOn: null, neededBy: { kind: 'item', itemId: 'record' } } }),
    ];
    const { items: remaining, removedAttachments } = removeItem(items, 'record');
    expect(remaining.map((i) => i.id)).toEqual(['application', 'other', 'cert']);
    expect(remaining[0]!.blockedBy).toEqual(['other']);
    expect(remaining[2]!.validity!.neededBy).toBeNull();
    expect(remaining[1]).toBe(items[2]);
    expect(removedAttachments).toEqual([attachment]);
    expect(removeItem(items, 'nope').removedAttachments).toEqual([]);
  });
});

describe('dependency order', () => {
  it('puts blockers first and otherwise keeps the list order', () => {
    const items = [makeItem('c', { blockedBy: ['b'] }), makeItem('a'), makeItem('b', { blockedBy: ['a'] }), makeItem('d')];
    expect(dependencyOrder(items).map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('appends items caught in a cycle at the end', () => {
    const items = [makeItem('x', { blockedBy: ['y'] }), makeItem('y', { blockedBy: ['x'] }), makeItem('z')];
    expect(dependencyOrder(items).map((i) => i.id)).toEqual(['z', 'x', 'y']);
  });
});

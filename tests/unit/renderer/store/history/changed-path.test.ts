import { describe, expect, it } from 'vitest';
import { changedPath } from '../../../../../renderer/store/history/changed-path';
import { historyCommandOf } from '../../../../../renderer/app/history/undo-shortcuts';

describe('changedPath', () => {
  const base = { profile: { name: 'Li', age: 30 }, offers: [{ id: 'a', company: 'A', isArchived: false }], tags: ['x'] };

  it('finds the one value typed into, even through arrays', () => {
    const next = { ...base, offers: [{ ...base.offers[0]!, company: 'AB' }] };
    expect(changedPath(base, next)).toEqual({ path: 'offers.0.company', isSingleValue: true });
  });

  it('counts an optional field appearing with its first keystroke as one value', () => {
    const next = { ...base, profile: { ...base.profile, note: 'h' } };
    expect(changedPath(base, next)).toEqual({ path: 'profile.note', isSingleValue: true });
  });

  it('calls booleans, added items and several fields at once changes of shape', () => {
    expect(changedPath(base, { ...base, offers: [{ ...base.offers[0]!, isArchived: true }] })).toEqual({ path: 'offers.0.isArchived', isSingleValue: false });
    expect(changedPath(base, { ...base, offers: [...base.offers, { id: 'b', company: 'B', isArchived: false }] })).toEqual({ path: 'offers', isSingleValue: false });
    expect(changedPath(base, { ...base, profile: { name: 'Wu', age: 31 } })).toEqual({ path: 'profile', isSingleValue: false });
  });

  it('is null when nothing changed, even in copies that hold the same values', () => {
    expect(changedPath(base, base)).toBeNull();
    expect(changedPath(base, { ...base, profile: { ...base.profile } })).toBeNull();
    expect(changedPath(base, { ...base, offers: [...base.offers] })).toBeNull();
  });
});

describe('historyCommandOf', () => {
  const chord = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }>) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });

  it('reads Ctrl on Windows and Linux, Cmd on macOS', () => {
    expect(historyCommandOf(chord('z', { ctrlKey: true }), false)).toBe('undo');
    expect(historyCommandOf(chord('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(historyCommandOf(chord('y', { ctrlKey: true }), false)).toBe('redo');
    expect(historyCommandOf(chord('z', { metaKey: true }), true)).toBe('undo');
    expect(historyCommandOf(chord('z', { metaKey: true, shiftKey: true }), true)).toBe('redo');
  });

  it('ignores other chords', () => {
    expect(historyCommandOf(chord('z', { metaKey: true }), false)).toBeNull();
    expect(historyCommandOf(chord('y', { metaKey: true }), true)).toBeNull();
    expect(historyCommandOf(chord('z', {}), false)).toBeNull();
    expect(historyCommandOf(chord('z', { ctrlKey: true, altKey: true }), false)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { commandOfChord, isRendererCommand, sectionOfCommand, SHORTCUTS } from '../../../../shared/menu';

const chord = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}, code?: string) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
  ...(code ? { code } : {}),
});

describe('app shortcuts', () => {
  it('maps Ctrl+1..6 to the sections in sidebar order outside macOS, Cmd+1..6 on macOS', () => {
    const sections = ['1', '2', '3', '4', '5', '6'].map((key) => commandOfChord(chord(key, { ctrlKey: true }), false));
    expect(sections).toEqual(['go.overview', 'go.timeline', 'go.offers', 'go.checklists', 'go.residency', 'go.language']);
    expect(commandOfChord(chord('4', { metaKey: true }), true)).toBe('go.checklists');
    // The other platform's modifier does nothing.
    expect(commandOfChord(chord('4', { metaKey: true }), false)).toBeNull();
    expect(commandOfChord(chord('4', { ctrlKey: true }), true)).toBeNull();
  });

  it('tells Ctrl+N from Ctrl+Shift+N, and searches from Ctrl+K and Ctrl+F', () => {
    expect(commandOfChord(chord('n', { ctrlKey: true }), false)).toBe('newOffer');
    expect(commandOfChord(chord('N', { ctrlKey: true, shiftKey: true }), false)).toBe('newChecklistItem');
    expect(commandOfChord(chord('k', { ctrlKey: true }), false)).toBe('search');
    expect(commandOfChord(chord('f', { metaKey: true }), true)).toBe('search');
    expect(commandOfChord(chord('p', { ctrlKey: true }), false)).toBe('print');
    expect(commandOfChord(chord('E', { ctrlKey: true, shiftKey: true }), false)).toBe('exportPlan');
    expect(commandOfChord(chord(',', { ctrlKey: true }), false)).toBe('settings');
  });

  it('ignores plain keys, Alt (AltGr types characters) and undo/redo (the history keys own them)', () => {
    expect(commandOfChord(chord('n'), false)).toBeNull();
    expect(commandOfChord(chord('n', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(commandOfChord(chord('z', { ctrlKey: true }), false)).toBeNull();
    expect(commandOfChord(chord('y', { ctrlKey: true }), false)).toBeNull();
  });

  it('reads digits from the key position where the layout types another character there', () => {
    // A French keyboard types "&" on the 1 key without Shift.
    expect(commandOfChord(chord('&', { ctrlKey: true }, 'Digit1'), false)).toBe('go.overview');
  });

  it('has no two commands on one key, and checks commands pushed from outside', () => {
    const keys = SHORTCUTS.map((shortcut) => shortcut.accelerator);
    expect(new Set(keys).size).toBe(keys.length);
    expect(isRendererCommand('go.offers')).toBe(true);
    expect(isRendererCommand('openDataFolder')).toBe(false);
    expect(isRendererCommand({ command: 'print' })).toBe(false);
    expect(sectionOfCommand('go.language')).toBe('language');
    expect(sectionOfCommand('print')).toBeNull();
  });
});

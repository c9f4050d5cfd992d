import { MENU_SECTIONS, sectionCommand, type RendererCommand } from './commands';

/**
 * Every app shortcut, written as Electron accelerators. The menu shows them; the page handles the keys
 * itself (commandOfChord), so they work the same in the app and in a plain browser (the e2e tests). Undo
 * and redo are not here: the page's history keys own them (renderer/app/history), text fields keep theirs.
 */
export interface Shortcut {
  command: RendererCommand;
  accelerator: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { command: 'newOffer', accelerator: 'CmdOrCtrl+N' },
  { command: 'newChecklistItem', accelerator: 'CmdOrCtrl+Shift+N' },
  { command: 'logStudyTime', accelerator: 'CmdOrCtrl+L' },
  { command: 'search', accelerator: 'CmdOrCtrl+K' },
  { command: 'search', accelerator: 'CmdOrCtrl+F' },
  { command: 'print', accelerator: 'CmdOrCtrl+P' },
  { command: 'exportPlan', accelerator: 'CmdOrCtrl+Shift+E' },
  { command: 'settings', accelerator: 'CmdOrCtrl+,' },
  ...MENU_SECTIONS.map((section, index) => ({ command: sectionCommand(section), accelerator: `CmdOrCtrl+${index + 1}` })),
];

/** Undo and redo as the menu shows them (the Windows habit Ctrl+Y outside macOS). */
export function historyAccelerators(isMac: boolean): { undo: string; redo: string } {
  return { undo: 'CmdOrCtrl+Z', redo: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y' };
}

/** The accelerators of one command, in the order the menu lists them. */
export function acceleratorsOf(command: RendererCommand): string[] {
  return SHORTCUTS.filter((shortcut) => shortcut.command === command).map((shortcut) => shortcut.accelerator);
}

export interface KeyChord {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface ParsedAccelerator {
  key: string;
  isShift: boolean;
}

function parse(accelerator: string): ParsedAccelerator {
  const parts = accelerator.split('+');
  // "CmdOrCtrl+," ends in the key itself; a "+" key is not used by any shortcut.
  const key = parts[parts.length - 1]!.toLowerCase();
  return { key, isShift: parts.includes('Shift') };
}

const PARSED = SHORTCUTS.map((shortcut) => ({ command: shortcut.command, ...parse(shortcut.accelerator) }));

/**
 * The command a key press means, or null. The primary modifier is Cmd on macOS and Ctrl elsewhere, never
 * both; Alt never (AltGr types characters on many keyboards). Digits are read from the key's position too,
 * so Ctrl+1 works on layouts where the top row types other characters.
 */
export function commandOfChord(chord: KeyChord & { code?: string }, isMac: boolean): RendererCommand | null {
  const isPrimary = isMac ? chord.metaKey && !chord.ctrlKey : chord.ctrlKey && !chord.metaKey;
  if (!isPrimary || chord.altKey) return null;
  const key = chord.key.toLowerCase();
  const digit = chord.code && /^Digit[0-9]$/.test(chord.code) ? chord.code.slice(5) : null;
  const match = PARSED.find((shortcut) => shortcut.isShift === chord.shiftKey && (shortcut.key === key || (digit !== null && shortcut.key === digit)));
  return match?.command ?? null;
}

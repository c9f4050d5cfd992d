export type HistoryCommand = 'undo' | 'redo';

interface KeyChord {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z redoes, and Ctrl+Y too outside macOS (the Windows habit). */
export function historyCommandOf(chord: KeyChord, isMac: boolean): HistoryCommand | null {
  const isPrimary = isMac ? chord.metaKey && !chord.ctrlKey : chord.ctrlKey && !chord.metaKey;
  if (!isPrimary || chord.altKey) return null;
  const key = chord.key.toLowerCase();
  if (key === 'z') return chord.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !isMac && !chord.shiftKey) return 'redo';
  return null;
}

import { noteFocusMoved } from '../../store/history/focus-scope';
import { historyCommandOf, type HistoryCommand } from './undo-shortcuts';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time', 'datetime-local', 'month', 'week']);

/** Where the keys belong to the field's own text undo, not to the plan. */
export function isTextEntry(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

/**
 * Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (Ctrl+Y) undo and redo the plan when the focus is not in a text field;
 * inside one they stay the field's own text undo. The Edit menu's items arrive through
 * window.plannerMenuCommand and follow the same rule. Focus moves end a run of typing (one undo step).
 */
export function installHistoryKeys(run: (command: HistoryCommand) => void): () => void {
  const isMac = /Mac/i.test(navigator.platform || navigator.userAgent);
  const onKeyDown = (event: KeyboardEvent) => {
    const command = historyCommandOf(event, isMac);
    if (!command || isTextEntry(document.activeElement)) return;
    event.preventDefault();
    run(command);
  };
  document.addEventListener('focusin', noteFocusMoved);
  document.addEventListener('keydown', onKeyDown);
  window.plannerMenuCommand = (command) => {
    // execCommand is the one way to reach the field's own undo stack from script; it still works in Chromium.
    if (isTextEntry(document.activeElement)) document.execCommand(command);
    else run(command);
  };
  return () => {
    document.removeEventListener('focusin', noteFocusMoved);
    document.removeEventListener('keydown', onKeyDown);
    delete window.plannerMenuCommand;
  };
}

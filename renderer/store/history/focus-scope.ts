/**
 * Counts focus moves between fields. Keystrokes in one field coalesce into one undo step only while that
 * field keeps the focus: leaving it and coming back later starts a new step. The app shell calls
 * noteFocusMoved on every focusin; without a DOM (unit tests) the scope never changes.
 */
let focusScope = 0;

export function noteFocusMoved(): void {
  focusScope += 1;
}

export function currentFocusScope(): number {
  return focusScope;
}

/**
 * Moves keyboard focus once the element exists: after an open, close, delete or submit, or a command or a
 * search result that leads to another screen, the element to focus is often rendered only on the next commit
 * or by a lazily loaded view. This looks for the first of the selectors to match, frame by frame for a few
 * seconds at most, skipping disabled elements and those inside an `[inert]` part (a dialog's background).
 * A later request cancels an earlier one still looking: the focus goes where the person went last.
 */
const LOOK_FOR_MS = 3_000;
let pending = 0;

export interface FocusOptions {
  /** Select the text of an input once focused (a field to type over). */
  select?: boolean;
  /** Scroll the element to the middle of the view (a place reached from elsewhere). */
  reveal?: boolean;
}

function focusable(selector: string): HTMLElement | null {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element || element.hasAttribute('disabled') || element.closest('[inert]')) return null;
  return element;
}

export function focusWhenShown(selectors: string | readonly string[], options: FocusOptions = {}): void {
  const request = ++pending;
  const wanted = typeof selectors === 'string' ? [selectors] : selectors;
  const started = performance.now();
  const attempt = () => {
    if (request !== pending) return;
    for (const selector of wanted) {
      const element = focusable(selector);
      if (!element) continue;
      element.focus();
      if (options.select && element instanceof HTMLInputElement) element.select();
      if (options.reveal) element.scrollIntoView({ block: 'center' });
      return;
    }
    if (performance.now() - started < LOOK_FOR_MS) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** The CSS selector of an attribute's exact value (names and ids from the plan go through CSS.escape). */
export function attributeSelector(tag: string, attribute: string, value: string): string {
  return `${tag}[${attribute}="${CSS.escape(value)}"]`;
}

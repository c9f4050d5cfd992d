/**
 * Moves keyboard focus once the element exists: after an open, close, delete or submit, the element to
 * focus is often rendered only on the next commit (or by a lazily loaded view), so this looks for it for a
 * few frames instead of focusing at once. A later request cancels an earlier one still looking.
 */
const MAX_FRAMES = 30;
let pending = 0;

export function focusWhenShown(selector: string, options: { select?: boolean } = {}): void {
  const request = ++pending;
  let frames = 0;
  const attempt = () => {
    if (request !== pending) return;
    const element = document.querySelector<HTMLElement>(selector);
    if (element && !element.hasAttribute('disabled')) {
      element.focus();
      if (options.select && element instanceof HTMLInputElement) element.select();
      return;
    }
    if (++frames < MAX_FRAMES) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** The CSS selector of an attribute's exact value (names and ids from the plan go through CSS.escape). */
export function attributeSelector(tag: string, attribute: string, value: string): string {
  return `${tag}[${attribute}="${CSS.escape(value)}"]`;
}

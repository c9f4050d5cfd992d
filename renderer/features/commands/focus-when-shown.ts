/**
 * Views load lazily and open on the next render, so what a command leads to may not exist yet: wait for the
 * first of the selectors to match (a few seconds at most), then move the focus there and bring it into view.
 */
export function focusWhenShown(selectors: readonly string[], timeoutMs = 3000): void {
  const started = performance.now();
  const attempt = () => {
    for (const selector of selectors) {
      const element = document.querySelector<HTMLElement>(selector);
      if (element && !element.closest('[inert]')) {
        element.focus();
        element.scrollIntoView({ block: 'center' });
        return;
      }
    }
    if (performance.now() - started < timeoutMs) window.requestAnimationFrame(attempt);
  };
  window.requestAnimationFrame(attempt);
}

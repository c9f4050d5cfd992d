/**
 * How long the window may stay blank for the plan once the code and texts are in: a plan that takes longer
 * gets the loading line ("Opening your plan…") meanwhile. A usual start has the plan within tens of
 * milliseconds of the code, and drawing the loading line first only flashed it and drew the shell twice,
 * once around it and once around the first screen (issue 16, note 0032).
 */
export const LOADING_LINE_AFTER_MS = 200;

/**
 * When to draw for the first time: once the code is ready and then either the start has settled (the plan
 * is in, the unlock screen or a load error is due) or `patienceMs` have passed. A start that fails still
 * ends the wait; what failed is the store's to show.
 */
export function firstRenderMoment(
  codeReady: Promise<unknown>,
  startup: Promise<unknown>,
  patienceMs = LOADING_LINE_AFTER_MS,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<void> {
  const settled = startup.then(
    () => undefined,
    () => undefined,
  );
  return codeReady.then(() => Promise.race([settled, wait(patienceMs)]));
}

/**
 * The readiness signal on <body data-planner-ready> (what the end-to-end tests and the bench wait on). It
 * is raised only when both the plan is loaded and the first screen has been drawn, so "ready" means the
 * person can see and use the screen, not just that the data arrived.
 */
let loadedAs: string | null = null;
let isFirstScreenDrawn = false;

function raiseWhenBoth(): void {
  if (loadedAs !== null && isFirstScreenDrawn) document.body.dataset.plannerReady = loadedAs;
}

/** The plan is in the store ('true', or 'recovery' when the file could not be used). */
export function markPlanLoaded(mode: 'true' | 'recovery'): void {
  loadedAs = mode;
  raiseWhenBoth();
}

/** Loading failed: nothing else will be drawn, so the signal goes up at once. */
export function markLoadFailed(): void {
  document.body.dataset.plannerReady = 'error';
}

/** Called once the first screen has been committed; waits for the frame that paints it. */
export function markFirstScreenCommitted(): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      isFirstScreenDrawn = true;
      raiseWhenBoth();
    }, 0),
  );
}

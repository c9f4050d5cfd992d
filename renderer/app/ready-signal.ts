/**
 * The readiness signal on <body data-planner-ready> (what the end-to-end tests and the bench wait on). It
 * is raised only when the plan is loaded, the first screen has been painted and its effects have run, so
 * "ready" means the person can see and use the screen, not just that the data arrived.
 */
let loadedAs: string | null = null;
let isFirstScreenPainted = false;
let haveFirstScreenEffectsRun = false;

/** After the frame that paints what was just committed: a frame callback, then a task (the frame is drawn by then). */
function afterNextPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}

function raiseWhenAll(): void {
  if (loadedAs !== null && isFirstScreenPainted && haveFirstScreenEffectsRun) document.body.dataset.plannerReady = loadedAs;
}

/** The plan is in the store ('true', or 'recovery' when the file could not be used). */
export function markPlanLoaded(mode: 'true' | 'recovery'): void {
  loadedAs = mode;
  raiseWhenAll();
}

/**
 * The unlock screen has been committed (a layout effect): "locked" goes up after the frame that paints it. Set
 * when the lock state arrived, it went up while the page could still be blank (the first render waits for
 * the start texts and the overview's code).
 */
export function markLockScreenCommitted(): void {
  afterNextPaint(() => {
    document.body.dataset.plannerReady = 'locked';
  });
}

/** Loading failed: nothing else will be drawn, so the signal goes up at once. */
export function markLoadFailed(): void {
  document.body.dataset.plannerReady = 'error';
}

/**
 * Called as the first screen is committed (a layout effect, before the frame that paints it); waits for that
 * frame. Called from a passive effect instead, which may run only after that paint, it waited for the frame
 * after it too (note 0031).
 */
export function markFirstScreenCommitted(): void {
  afterNextPaint(() => {
    isFirstScreenPainted = true;
    raiseWhenAll();
  });
}

/**
 * Called from a passive effect of the first screen. React runs every passive effect of a commit in one go, the
 * shell's (keyboard shortcuts, menu commands) after the screen's, so they have all run by the next microtask:
 * a test or a person acting on the signal finds every listener in place.
 */
export function markFirstScreenEffectsRun(): void {
  queueMicrotask(() => {
    haveFirstScreenEffectsRun = true;
    raiseWhenAll();
  });
}

import type { FlushOutcome } from '../../shared/contract/flush';
import type { PlannerEvents } from '../../shared/contract/channel';
import type { PlannerApi, PlannerFiles } from '../../shared/contract/operations';

declare global {
  interface Window {
    /** Exposed by the preload (electron/preload/index.ts), or by the end-to-end harness. */
    planner: PlannerApi;
    /** Files dropped on the page, attached by their real paths (the preload reads them); absent outside the app. */
    plannerFiles?: PlannerFiles<File>;
    /** Pushes from main (a clicked notification); absent in a page not opened by the app. */
    plannerEvents?: PlannerEvents;
    /** The plan request public/early-load.js made before the app's modules ran (renderer/store/boot.ts awaits it). */
    plannerEarlyLoad?: ReturnType<PlannerApi['loadPlan']>;
    /** The lock-state request made with it (renderer/features/plan-files/lock-gate.ts awaits it before the plan). */
    plannerEarlyLockState?: ReturnType<PlannerApi['getLockState']>;
    /** Called by main before the window closes, so a debounced edit is not lost. */
    plannerFlushPendingSaves?: () => Promise<FlushOutcome>;
    /** Called by main for the Edit menu's Undo and Redo (renderer/app/history/install-history-keys.ts). */
    plannerMenuCommand?: (command: 'undo' | 'redo') => void;
  }
}

export function planner(): PlannerApi {
  return window.planner;
}

/** The single IPC channel every operation travels on (its own module so the preload stays tiny). */
export const IPC_CHANNEL = 'planner:invoke';

/** Main to renderer: "open this" after the person clicked a notification (payload: an OpenTarget, checked by the page). */
export const OPEN_TARGET_CHANNEL = 'planner:open-target';

/** Main to renderer: a menu item was chosen (payload: a RendererCommand name, checked by the page). */
export const MENU_COMMAND_CHANNEL = 'planner:menu-command';

/** What the preload exposes besides the operations: subscriptions to what main pushes. */
export interface PlannerEvents {
  /** Returns a function that unsubscribes. */
  onOpenTarget(listener: (target: unknown) => void): () => void;
  /** A menu item was chosen; returns a function that unsubscribes. */
  onMenuCommand(listener: (command: unknown) => void): () => void;
}

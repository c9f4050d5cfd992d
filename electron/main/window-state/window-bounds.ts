import { z } from 'zod';

/**
 * Where the window was, per display, as data: no Electron here, so every rule is tested on its own.
 * Stored in the app's own folder beside the plans, never in a plan (it belongs to this computer).
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayInfo {
  id: number;
  workArea: Rect;
}

const rectSchema = z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() });
const placementSchema = z.object({ bounds: rectSchema, isMaximized: z.boolean() });
export type Placement = z.infer<typeof placementSchema>;

export const windowStateSchema = z.object({
  version: z.literal(1),
  /** Display id (as the system numbers it) to the window's last placement there. */
  displays: z.record(z.string(), placementSchema),
  /** The display the window was last on. */
  lastDisplayId: z.string().nullable(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const EMPTY_WINDOW_STATE: WindowState = { version: 1, displays: {}, lastDisplayId: null };

/** A missing, damaged or foreign file reads as "nothing remembered": the window opens at its default size. */
export function parseWindowState(raw: unknown): WindowState {
  const parsed = windowStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : EMPTY_WINDOW_STATE;
}

/** The window's size and place are its own (not maximized) ones; maximized is kept beside them. */
export function recordPlacement(state: WindowState, displayId: number, placement: Placement): WindowState {
  const key = String(displayId);
  return { version: 1, displays: { ...state.displays, [key]: placement }, lastDisplayId: key };
}

/** How much of the window must lie on the display for it to count as there: enough to grab its title bar. */
export const MIN_VISIBLE = { width: 200, height: 100 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** Whether the top of the window (its title bar) can be reached on that display. */
export function isReachableOn(bounds: Rect, display: DisplayInfo): boolean {
  const titleBar = { ...bounds, height: Math.min(bounds.height, 40) };
  const visible = overlap(titleBar, display.workArea);
  const body = overlap(bounds, display.workArea);
  return visible.width >= Math.min(MIN_VISIBLE.width, bounds.width) && visible.height > 0 && body.height >= Math.min(MIN_VISIBLE.height, bounds.height);
}

/** A window larger than the display's work area (a smaller screen now) shrinks to fit and moves inside it. */
export function fitInto(bounds: Rect, workArea: Rect): Rect {
  const width = Math.min(bounds.width, workArea.width);
  const height = Math.min(bounds.height, workArea.height);
  const x = Math.min(Math.max(bounds.x, workArea.x), workArea.x + workArea.width - width);
  const y = Math.min(Math.max(bounds.y, workArea.y), workArea.y + workArea.height - height);
  return { x, y, width, height };
}

/**
 * Where to open: the placement on the display last used, else on another remembered display that still
 * exists (the laptop's own screen after the external one was unplugged); null when none qualifies, and the
 * window opens at its default size where the system puts it.
 */
export function placementToRestore(state: WindowState, displays: readonly DisplayInfo[]): Placement | null {
  const keys = [state.lastDisplayId, ...Object.keys(state.displays).filter((key) => key !== state.lastDisplayId)];
  for (const key of keys) {
    if (key === null) continue;
    const saved = state.displays[key];
    const display = displays.find((candidate) => String(candidate.id) === key);
    if (!saved || !display || !isReachableOn(saved.bounds, display)) continue;
    return { bounds: fitInto(saved.bounds, display.workArea), isMaximized: saved.isMaximized };
  }
  return null;
}

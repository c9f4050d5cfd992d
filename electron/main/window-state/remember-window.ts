import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { screen, type BrowserWindow } from 'electron';
import { parseWindowState, placementToRestore, recordPlacement, type Placement, type Rect, type WindowState } from './window-bounds';

export const WINDOW_STATE_FILE = 'window-state.json';
/** Moves and resizes come in bursts; the file is written once the window has stood still this long. */
export const SAVE_DELAY_MS = 500;

function readState(file: string): WindowState {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return parseWindowState(null);
  }
}

function displays() {
  return screen.getAllDisplays().map((display) => ({ id: display.id, workArea: display.workArea }));
}

export interface WindowMemory {
  /** Size and position for the BrowserWindow's options, or nothing (the default size, placed by the system). */
  readonly initialBounds: Partial<Rect>;
  readonly isMaximized: boolean;
  /** Follows the window from now on and writes where it was; maximizes it first if it was. */
  track(window: BrowserWindow): void;
  /** The last write (for tests and for a quit right after a move). */
  flush(): Promise<void>;
}

/**
 * Remembers the window's size, position and maximized state per display in a small JSON file in the app's
 * folder. Read synchronously once before the window exists (its options need the bounds); written after it
 * settles, with a temp file and a rename so a crash leaves the old file, not half of a new one.
 */
export function rememberWindow(folder: string): WindowMemory {
  const file = join(folder, WINDOW_STATE_FILE);
  let state = readState(file);
  const restored: Placement | null = placementToRestore(state, displays());
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();

  const write = () => {
    const snapshot = JSON.stringify(state, null, 2);
    writing = writing
      .then(async () => {
        await mkdir(folder, { recursive: true });
        const temp = `${file}.${process.pid}.tmp`;
        await writeFile(temp, snapshot, 'utf8');
        await rename(temp, file);
      })
      .catch(() => undefined);
    return writing;
  };

  const capture = (window: BrowserWindow) => {
    if (window.isDestroyed() || window.isMinimized()) return;
    const isMaximized = window.isMaximized() || window.isFullScreen();
    // The window's own size while maximized is the one it returns to.
    const bounds = isMaximized ? window.getNormalBounds() : window.getBounds();
    state = recordPlacement(state, screen.getDisplayMatching(bounds).id, { bounds, isMaximized });
  };

  return {
    initialBounds: restored ? restored.bounds : {},
    isMaximized: restored?.isMaximized ?? false,
    track: (window) => {
      if (restored?.isMaximized) window.maximize();
      const later = () => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          capture(window);
          void write();
        }, SAVE_DELAY_MS);
      };
      const now = () => {
        capture(window);
        void write();
      };
      window.on('resize', later);
      window.on('move', later);
      window.on('maximize', now);
      window.on('unmaximize', now);
      window.on('enter-full-screen', now);
      window.on('leave-full-screen', now);
      window.on('close', () => {
        if (timer) clearTimeout(timer);
        timer = null;
        capture(window);
        void write();
      });
    },
    flush: () => writing,
  };
}

import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Rect } from '../../../../electron/main/window-state/window-bounds';

// A fake `electron` screen: the displays the test plugs in, matched by where a window's centre is.
const electron = vi.hoisted(() => {
  const state = { displays: [] as { id: number; workArea: { x: number; y: number; width: number; height: number } }[] };
  const screen = {
    getAllDisplays: () => state.displays,
    getDisplayMatching: (rect: { x: number; y: number; width: number; height: number }) => {
      const cx = rect.x + rect.width / 2;
      const cy = rect.y + rect.height / 2;
      return (
        state.displays.find((d) => cx >= d.workArea.x && cx < d.workArea.x + d.workArea.width && cy >= d.workArea.y && cy < d.workArea.y + d.workArea.height) ??
        state.displays[0]!
      );
    },
  };
  return { state, screen };
});
vi.mock('electron', () => ({ screen: electron.screen }));

const { rememberWindow, SAVE_DELAY_MS, WINDOW_STATE_FILE } = await import('../../../../electron/main/window-state/remember-window');
const { placementToRestore, fitInto, parseWindowState } = await import('../../../../electron/main/window-state/window-bounds');

const LAPTOP = { id: 1, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const EXTERNAL = { id: 7, workArea: { x: 1440, y: 0, width: 2560, height: 1440 } };

function fakeWindow(bounds: Rect) {
  const window = Object.assign(new EventEmitter(), {
    bounds,
    normal: bounds,
    maximized: false,
    getBounds: () => window.bounds,
    getNormalBounds: () => window.normal,
    isMaximized: () => window.maximized,
    isFullScreen: () => false,
    isMinimized: () => false,
    isDestroyed: () => false,
    maximize: vi.fn(() => {
      window.maximized = true;
    }),
  });
  return window;
}

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'window-state-'));
  electron.state.displays = [LAPTOP, EXTERNAL];
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(folder, { recursive: true, force: true });
});

describe('window state, per display', () => {
  it('opens at the default size the first time, then where it was left, on the display it was on', async () => {
    vi.useFakeTimers();
    const first = rememberWindow(folder);
    expect(first.initialBounds).toEqual({});
    const window = fakeWindow({ x: 1600, y: 100, width: 1300, height: 900 });
    first.track(window as never);
    window.emit('move');
    window.bounds = { x: 1700, y: 120, width: 1300, height: 900 };
    window.emit('resize');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await first.flush();
    const saved = JSON.parse(await readFile(join(folder, WINDOW_STATE_FILE), 'utf8'));
    // The centre (1700 + 650, 120 + 450) is on the external display (x from 1440).
    expect(saved).toEqual({ version: 1, displays: { '7': { bounds: { x: 1700, y: 120, width: 1300, height: 900 }, isMaximized: false } }, lastDisplayId: '7' });
    const second = rememberWindow(folder);
    expect(second.initialBounds).toEqual({ x: 1700, y: 120, width: 1300, height: 900 });
    expect(second.isMaximized).toBe(false);
  });

  it('remembers maximized with the size it returns to, and maximizes again at the next start', async () => {
    const memory = rememberWindow(folder);
    const window = fakeWindow({ x: 100, y: 100, width: 1200, height: 800 });
    memory.track(window as never);
    window.maximized = true;
    window.bounds = LAPTOP.workArea;
    window.emit('maximize');
    await memory.flush();
    const next = rememberWindow(folder);
    expect(next.initialBounds).toEqual({ x: 100, y: 100, width: 1200, height: 800 });
    expect(next.isMaximized).toBe(true);
    const reopened = fakeWindow(next.initialBounds as Rect);
    next.track(reopened as never);
    expect(reopened.maximize).toHaveBeenCalledTimes(1);
  });

  it('keeps one placement per display and, with the external display unplugged, opens where it was on the laptop', async () => {
    const memory = rememberWindow(folder);
    const window = fakeWindow({ x: 50, y: 60, width: 1000, height: 700 });
    memory.track(window as never);
    window.emit('close');
    await memory.flush();
    const again = rememberWindow(folder);
    const moved = fakeWindow({ x: 2000, y: 200, width: 1600, height: 1000 });
    again.track(moved as never);
    moved.emit('close');
    await again.flush();
    const saved = parseWindowState(JSON.parse(await readFile(join(folder, WINDOW_STATE_FILE), 'utf8')));
    expect(Object.keys(saved.displays).sort()).toEqual(['1', '7']);
    expect(saved.lastDisplayId).toBe('7');
    electron.state.displays = [LAPTOP];
    expect(rememberWindow(folder).initialBounds).toEqual({ x: 50, y: 60, width: 1000, height: 700 });
    // No remembered display left at all: the default size where the system puts it.
    electron.state.displays = [{ id: 9, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
    expect(rememberWindow(folder).initialBounds).toEqual({});
  });

  it('does not restore a window that would open off the display (its title bar unreachable)', () => {
    const state = parseWindowState({ version: 1, displays: { '1': { bounds: { x: 1400, y: 850, width: 900, height: 600 }, isMaximized: false } }, lastDisplayId: '1' });
    // Only 40 px of width (1440 - 1400) and 50 px of height (900 - 850) would be on the laptop's work area.
    expect(placementToRestore(state, [LAPTOP])).toBeNull();
    // Half on screen is fine: 1440 - 900 = 540 px across, with the title bar inside.
    const half = parseWindowState({ version: 1, displays: { '1': { bounds: { x: 900, y: 100, width: 900, height: 600 }, isMaximized: false } }, lastDisplayId: '1' });
    expect(placementToRestore(half, [LAPTOP])?.bounds).toEqual({ x: 540, y: 100, width: 900, height: 600 });
  });

  it('shrinks a window saved on a larger screen to the work area it opens on', () => {
    // 2400 x 1400 on a 1440 x 875 work area at (0, 25): the size is capped, the position pulled inside.
    expect(fitInto({ x: 10, y: 0, width: 2400, height: 1400 }, LAPTOP.workArea)).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
  });

  it('reads a damaged or foreign file as nothing remembered', async () => {
    await writeFile(join(folder, WINDOW_STATE_FILE), '{"version": 1, "displays": ');
    expect(rememberWindow(folder).initialBounds).toEqual({});
    await writeFile(join(folder, WINDOW_STATE_FILE), JSON.stringify({ version: 2, displays: {}, lastDisplayId: null }));
    expect(rememberWindow(folder).initialBounds).toEqual({});
  });
});

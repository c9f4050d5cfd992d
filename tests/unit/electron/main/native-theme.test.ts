import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createThemeHandlers } from '../../../../electron/services/appearance/theme-handlers';

// A recorded fake of Electron's nativeTheme: like the real one, shouldUseDarkColors follows themeSource,
// and "system" answers with what the (fake) operating system is set to.
const electron = vi.hoisted(() => {
  const system = { isDark: false };
  let source: 'system' | 'light' | 'dark' = 'system';
  const sourceWrites: string[] = [];
  const nativeTheme = {
    get themeSource() {
      return source;
    },
    set themeSource(value: 'system' | 'light' | 'dark') {
      sourceWrites.push(value);
      source = value;
    },
    get shouldUseDarkColors() {
      return source === 'system' ? system.isDark : source === 'dark';
    },
  };
  const windows: { isDestroyed: () => boolean; setBackgroundColor: (colour: string) => void; colours: string[] }[] = [];
  return { system, sourceWrites, nativeTheme, windows, BrowserWindow: { getAllWindows: () => windows }, reset: () => (source = 'system') };
});
vi.mock('electron', () => ({ nativeTheme: electron.nativeTheme, BrowserWindow: electron.BrowserWindow }));

const { applyThemeSource, windowBackground, WINDOW_BACKGROUND } = await import('../../../../electron/main/native-theme');

function fakeWindow(isDestroyed = false) {
  const colours: string[] = [];
  const window = { isDestroyed: () => isDestroyed, setBackgroundColor: (colour: string) => void colours.push(colour), colours };
  electron.windows.push(window);
  return window;
}

beforeEach(() => {
  electron.reset();
  electron.system.isDark = false;
  electron.sourceWrites.length = 0;
  electron.windows.length = 0;
});

describe('nativeTheme kept in step with the plan', () => {
  it('light and dark force the theme source and the window background; system follows the operating system', () => {
    const window = fakeWindow();
    electron.system.isDark = true;
    expect(applyThemeSource('light')).toEqual({ isDark: false });
    expect(electron.nativeTheme.themeSource).toBe('light');
    expect(applyThemeSource('dark')).toEqual({ isDark: true });
    expect(applyThemeSource('system')).toEqual({ isDark: true });
    electron.system.isDark = false;
    expect(applyThemeSource('system')).toEqual({ isDark: false });
    expect(window.colours).toEqual([WINDOW_BACKGROUND.light, WINDOW_BACKGROUND.dark, WINDOW_BACKGROUND.dark, WINDOW_BACKGROUND.light]);
    // Setting the same source twice writes it once (a write makes Electron repaint every window).
    expect(electron.sourceWrites).toEqual(['light', 'dark', 'system']);
  });

  it('skips a window that is already destroyed', () => {
    const closed = fakeWindow(true);
    const open = fakeWindow();
    applyThemeSource('dark');
    expect(closed.colours).toEqual([]);
    expect(open.colours).toEqual([WINDOW_BACKGROUND.dark]);
  });

  it('a new window starts on the background of the theme in use', () => {
    expect(windowBackground()).toBe(WINDOW_BACKGROUND.light);
    applyThemeSource('dark');
    expect(windowBackground()).toBe(WINDOW_BACKGROUND.dark);
  });

  it('the handler passes the choice to the platform, and says so when there is none', async () => {
    const seen: string[] = [];
    const handlers = createThemeHandlers({ setThemeSource: (theme) => (seen.push(theme), applyThemeSource(theme)) });
    expect(await handlers.setThemeSource({ theme: 'dark' })).toEqual({ ok: true, value: { isApplied: true, isDark: true } });
    expect(seen).toEqual(['dark']);
    expect(electron.nativeTheme.themeSource).toBe('dark');
    expect(await createThemeHandlers({}).setThemeSource({ theme: 'light' })).toEqual({ ok: true, value: { isApplied: false, isDark: false } });
  });
});

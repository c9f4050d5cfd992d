import { BrowserWindow, nativeTheme } from 'electron';
import type { ThemeChoice } from '../../shared/appearance/schema';

/** The page's own background in each theme (renderer/styles/app.css --bg), so a resize or a reload never flashes the other one. */
export const WINDOW_BACKGROUND = { light: '#f6f7f9', dark: '#0f141b' } as const;

export function windowBackground(): string {
  return nativeTheme.shouldUseDarkColors ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;
}

/**
 * The person's choice becomes Electron's themeSource: "system" follows the operating system, "light" and
 * "dark" force it. That also sets the page's prefers-color-scheme and the colours of native menus and
 * dialogs; every open window's background follows.
 */
export function applyThemeSource(theme: ThemeChoice): { isDark: boolean } {
  if (nativeTheme.themeSource !== theme) nativeTheme.themeSource = theme;
  const isDark = nativeTheme.shouldUseDarkColors;
  for (const window of BrowserWindow.getAllWindows()) {
    if (!window.isDestroyed()) window.setBackgroundColor(isDark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light);
  }
  return { isDark };
}

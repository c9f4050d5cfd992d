import { useEffect, useLayoutEffect, useSyncExternalStore } from 'react';
import { appearanceOf, resolveTheme, type ResolvedTheme, type ThemeChoice } from '../../../shared/appearance/appearance';
import { planner } from '../../api/planner';
import { usePlanner } from '../../store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function isSystemDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/** <html data-theme>: the one switch renderer/styles/app.css reads. */
export function showTheme(theme: ResolvedTheme): void {
  document.documentElement.dataset.theme = theme;
}

function subscribeToSystem(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The system's light or dark, live: switching the operating system's setting redraws at once. */
function useSystemDark(): boolean {
  return useSyncExternalStore(subscribeToSystem, isSystemDark);
}

/**
 * Draws the plan's theme (system, light or dark; system until a plan is open) and tells main, so Electron's
 * nativeTheme (window background, native menus and dialogs) follows the same choice.
 */
export function useThemeSync(): ThemeChoice {
  const choice = usePlanner((s) => appearanceOf(s.document).theme);
  const isDark = useSystemDark();
  useLayoutEffect(() => showTheme(resolveTheme(choice, isDark)), [choice, isDark]);
  useEffect(() => {
    void planner()
      .setThemeSource({ theme: choice })
      .catch(() => undefined);
  }, [choice]);
  return choice;
}

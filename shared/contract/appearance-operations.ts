import { z } from 'zod';
import { THEME_CHOICES } from '../appearance/appearance';

/**
 * Keeping Electron's own theme (window background, native menus and dialogs, the page's
 * prefers-color-scheme) in step with the person's choice (issue 14). Spread into operations.ts.
 */
export const appearanceRequestSchemas = {
  setThemeSource: z.object({ theme: z.enum(THEME_CHOICES) }).strict(),
};

export interface AppearanceResults {
  /** isApplied is false where there is no native theme to set (a test without the double); isDark is what the system now draws. */
  setThemeSource: { isApplied: boolean; isDark: boolean };
}

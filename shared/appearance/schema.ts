import { z } from 'zod';
import { THEME_CHOICES } from './appearance';

export { appearanceOf, DEFAULT_APPEARANCE, isThemeChoice, resolveTheme, THEME_CHOICES, type ResolvedTheme, type ThemeChoice } from './appearance';

/**
 * How the app looks (issue 14). Optional in the plan: a plan without it follows the system's light or dark
 * setting. "system" is stored as such, never resolved, so the plan keeps following the system when it changes.
 */
export const AppearanceSettingsSchema = z
  .object({ theme: z.enum(THEME_CHOICES, { error: 'appearance.validation.theme' }) }, { error: 'appearance.validation.settings' })
  .strict();
export type AppearanceSettings = z.infer<typeof AppearanceSettingsSchema>;

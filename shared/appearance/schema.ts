import { z } from 'zod';

/**
 * How the app looks (issue 14). Optional in the plan: a plan without it follows the system's light or dark
 * setting. "system" is stored as such, never resolved, so the plan keeps following the system when it changes.
 */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
/** What is actually drawn: the choice, with "system" resolved against prefers-color-scheme. */
export type ResolvedTheme = Exclude<ThemeChoice, 'system'>;

export const AppearanceSettingsSchema = z
  .object({ theme: z.enum(THEME_CHOICES, { error: 'appearance.validation.theme' }) }, { error: 'appearance.validation.settings' })
  .strict();
export type AppearanceSettings = z.infer<typeof AppearanceSettingsSchema>;

export const DEFAULT_APPEARANCE: AppearanceSettings = { theme: 'system' };

export function appearanceOf(plan: { appearance?: AppearanceSettings } | null | undefined): AppearanceSettings {
  return plan?.appearance ?? DEFAULT_APPEARANCE;
}

export function resolveTheme(choice: ThemeChoice, isSystemDark: boolean): ResolvedTheme {
  if (choice === 'system') return isSystemDark ? 'dark' : 'light';
  return choice;
}

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

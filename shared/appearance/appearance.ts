import type { AppearanceSettings } from './schema';

/**
 * How the app looks (issue 14), without the schema: the renderer's first screen needs these, and the
 * schema (zod) loads only with the first edit (renderer/store/edit-tools).
 */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
/** What is actually drawn: the choice, with "system" resolved against prefers-color-scheme. */
export type ResolvedTheme = Exclude<ThemeChoice, 'system'>;

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

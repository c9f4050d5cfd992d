export { AppearanceSettingsSchema, DEFAULT_APPEARANCE, THEME_CHOICES, appearanceOf, isThemeChoice, resolveTheme } from './schema';
export type { AppearanceSettings, ResolvedTheme, ThemeChoice } from './schema';

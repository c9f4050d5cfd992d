/** English texts of ui-messages.ts (one module per language so only the active one loads, issue 16). */
export const messages = {
  'appearance.title': 'Appearance',
  'appearance.theme': 'Theme',
  'appearance.theme.system': 'Same as the system',
  'appearance.theme.light': 'Light',
  'appearance.theme.dark': 'Dark',
  'appearance.hint': 'Printouts and PDFs are always light.',
  'appearance.validation.theme': 'Choose system, light or dark.',
  'appearance.validation.settings': 'The appearance settings are not valid.',
  'a11y.skipToContent': 'Skip to main content',
  'a11y.heatmap': 'Minutes studied per day, {{from}} to {{to}}: {{studyDays}} days with study, {{minutes}} minutes in all, {{missed}} missed, {{rest}} rest days. Most in one day: {{max}} minutes.',
  'a11y.heatmapEmpty': 'Minutes studied per day, {{from}} to {{to}}: nothing logged yet.',
} as const;

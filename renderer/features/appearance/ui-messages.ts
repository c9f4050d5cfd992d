/**
 * Theme, skip link and other screen-reader texts (issue 14, part B); zh-CN must have the same keys.
 */
const en = {
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
};

const zhCN: typeof en = {
  'appearance.title': '外观',
  'appearance.theme': '主题',
  'appearance.theme.system': '跟随系统',
  'appearance.theme.light': '浅色',
  'appearance.theme.dark': '深色',
  'appearance.hint': '打印件和 PDF 始终为浅色。',
  'appearance.validation.theme': '请选择跟随系统、浅色或深色。',
  'appearance.validation.settings': '外观设置无效。',
  'a11y.skipToContent': '跳到主要内容',
  'a11y.heatmap': '{{from}} 至 {{to}} 每天的学习分钟数：学习了 {{studyDays}} 天，共 {{minutes}} 分钟，错过 {{missed}} 天，休息 {{rest}} 天。单日最多 {{max}} 分钟。',
  'a11y.heatmapEmpty': '{{from}} 至 {{to}} 每天的学习分钟数：尚无记录。',
};

export const appearanceUiMessages = { en, 'zh-CN': zhCN };

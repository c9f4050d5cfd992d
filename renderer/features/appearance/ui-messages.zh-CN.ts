import type { SameKeys } from '../../../shared/i18n/same-keys';
import type { messages as en } from './ui-messages.en';

/** 简体中文 texts of ui-messages.ts; typed against the English module so both have exactly the same keys. */
export const messages = {
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
} as const satisfies SameKeys<typeof en>;

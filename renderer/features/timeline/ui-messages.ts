/**
 * UI strings of the overview dashboard, the timeline, reminders, calendar export and the printed plan
 * summary (flat keys); zh-CN must have the same keys.
 */
import { messages as en } from './ui-messages.en';
import { messages as zhCN } from './ui-messages.zh-CN';

export const timelineUiMessages = {
  en,
  'zh-CN': zhCN,
} as const;

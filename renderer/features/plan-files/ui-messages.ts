/** UI strings for plans, whole-plan export and import (flat keys); zh-CN must have the same keys. */
import { messages as en } from './ui-messages.en';
import { messages as zhCN } from './ui-messages.zh-CN';

export const planFilesUiMessages = {
  en,
  'zh-CN': zhCN,
} as const;

/** UI strings of the checklists screens (flat keys, e.g. 'checklists.ui.title'); zh-CN must have the same keys. */
import { messages as en } from './ui-messages.en';
import { messages as zhCN } from './ui-messages.zh-CN';

export const checklistsUiMessages = {
  en,
  'zh-CN': zhCN,
} as const;

/** Texts of undo and redo (flat keys 'history.*'); zh-CN has the same keys. */
import { messages as en } from './ui-messages.en';
import { messages as zhCN } from './ui-messages.zh-CN';

export const historyUiMessages = {
  en,
  'zh-CN': zhCN,
};

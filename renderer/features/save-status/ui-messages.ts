/** Texts of the save status line, the read-only and external-change banners (flat keys); zh-CN has the same keys. */
import { messages as en } from './ui-messages.en';
import { messages as zhCN } from './ui-messages.zh-CN';

export const saveStatusUiMessages = {
  en,
  'zh-CN': zhCN,
};

/** UI strings of the offers screens (flat keys, e.g. 'offers.ui.title'); zh-CN must have the same keys. */
import { messages as en } from './ui-messages.en';
import { messages as zhCN } from './ui-messages.zh-CN';

export const offersUiMessages = {
  en,
  'zh-CN': zhCN,
} as const;

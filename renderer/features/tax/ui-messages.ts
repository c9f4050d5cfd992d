import { messages as en } from './ui-messages.en';
import { messages as zhCN } from './ui-messages.zh-CN';

/** UI strings of the tax panels (flat keys); zh-CN has the same keys. The integration's own keys are merged in. */
export const taxUiMessages = {
  en,
  'zh-CN': zhCN,
} as const;

/** UI strings of the US, Hong Kong, Singapore and US-abroad panels and China's equity grants (en and zh-CN, the same keys). */
import { messages as en } from './world-ui-messages.en';
import { messages as zhCN } from './world-ui-messages.zh-CN';

export const worldTaxUiMessages = {
  en,
  'zh-CN': zhCN,
} as const;

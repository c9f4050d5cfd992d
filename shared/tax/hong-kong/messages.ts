/** i18n keys of the Hong Kong and Singapore models and China's equity rule (en and zh-CN, the same keys). */
import { messages as en } from './messages.en';
import { messages as zhCN } from './messages.zh-CN';

export const ASIA_TAX_MESSAGES = {
  en,
  'zh-CN': zhCN,
} as const satisfies Record<'en' | 'zh-CN', Record<string, string>>;

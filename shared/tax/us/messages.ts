/**
 * i18n keys of the US model, the states and US persons abroad (en and zh-CN, the same keys). Spread into
 * TAX_MESSAGES by shared/tax/messages.ts. Explanation values are formatted by suffix like the China ones.
 */
import { messages as en } from './messages.en';
import { messages as zhCN } from './messages.zh-CN';

export const US_TAX_MESSAGES = {
  en,
  'zh-CN': zhCN,
} as const satisfies Record<'en' | 'zh-CN', Record<string, string>>;

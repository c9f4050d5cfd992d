/**
 * Every i18n key the tax engine and its schema use, in English and Simplified Chinese. Explanation steps carry
 * a key and named values; the UI formats each value by its suffix (Minor = money, Bp = percent) and, for
 * option names (chosen, suggested, share, cityTier, basis), looks up the matching tax.label.* key before
 * interpolating {{name}}.
 */
import { messages as en } from './messages.en';
import { messages as zhCN } from './messages.zh-CN';

export const TAX_MESSAGES = {
  en,
  'zh-CN': zhCN,
} as const satisfies Record<'en' | 'zh-CN', Record<string, string>>;

export type TaxMessageKey = keyof (typeof TAX_MESSAGES)['en'];

export const TAX_MESSAGE_KEYS = Object.keys(TAX_MESSAGES.en) as TaxMessageKey[];

// msg() lives in message-key.ts, so the schemas that use it do not pull the texts into the first load.
export { msg } from './message-key';

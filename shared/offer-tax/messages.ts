/**
 * i18n keys of the offers-and-tax integration (flat, en and zh-CN with the same keys). Registered by the tax
 * feature's ui-messages.ts, which spreads them into its own table.
 */
import { messages as en } from './messages.en';
import { messages as zhCN } from './messages.zh-CN';

export const OFFER_TAX_MESSAGES = {
  en,
  'zh-CN': zhCN,
} as const satisfies Record<'en' | 'zh-CN', Record<string, string>>;

export type OfferTaxMessageKey = keyof (typeof OFFER_TAX_MESSAGES)['en'];

/**
 * Every i18n key the offers schema and CSV export use, with English and Simplified Chinese text. The schema's
 * refinements carry keys, never prose, so the UI can show the message at the field in the person's language.
 * The UI registers OFFER_MESSAGES under its i18n namespace; tests check every key the schema emits is here.
 */
import { messages as en } from './messages.en';
import { messages as zhCN } from './messages.zh-CN';

export const OFFER_MESSAGES = {
  en,
  'zh-CN': zhCN,
} as const satisfies Record<'en' | 'zh-CN', Record<string, string>>;

export type OfferMessageKey = keyof (typeof OFFER_MESSAGES)['en'];

export const OFFER_MESSAGE_KEYS = Object.keys(OFFER_MESSAGES.en) as OfferMessageKey[];

// msg() lives in message-key.ts, so the schemas that use it do not pull the texts into the first load.
export { msg } from './message-key';

/**
 * Every user-facing string of the language feature, in i18next format ({{name}} interpolation). Keys are
 * flat and dotted; i18next finds flat dotted keys through its default ignoreJSONStructure lookup. zh-CN is
 * typed against en so a key cannot be missing from one language.
 */
import { messages as en } from './messages.en';
import { messages as zhCN } from './messages.zh-CN';

export type MessageKey = keyof typeof en;

export const messages = { en, 'zh-CN': zhCN } as const satisfies Record<string, Record<MessageKey, string>>;

export type Locale = keyof typeof messages;

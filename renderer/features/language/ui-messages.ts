/** UI strings of the language screens (flat keys, e.g. 'language.ui.title'); zh-CN must have the same keys. */
import { messages as en } from './ui-messages.en';
import { messages as zhCN } from './ui-messages.zh-CN';

export const languageUiMessages = { en, 'zh-CN': zhCN } as const;

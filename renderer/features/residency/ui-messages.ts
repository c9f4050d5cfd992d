/** Strings of the Days in China screen and of the trip-log line in the tax panel (issue 13). */
import { messages as en } from './ui-messages.en';
import { messages as zhCN } from './ui-messages.zh-CN';

export const residencyUiMessages = { en, 'zh-CN': zhCN } as const;

/** UI strings of the plan search (flat keys); zh-CN must have the same keys. */
import { messages as en } from './ui-messages.en';
import { messages as zhCN } from './ui-messages.zh-CN';

export const searchUiMessages = { en, 'zh-CN': zhCN };

/**
 * Theme, skip link and other screen-reader texts (issue 14, part B); zh-CN must have the same keys.
 */
import { messages as en } from './ui-messages.en';
import { messages as zhCN } from './ui-messages.zh-CN';

export const appearanceUiMessages = { en, 'zh-CN': zhCN };

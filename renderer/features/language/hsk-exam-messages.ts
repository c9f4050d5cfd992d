/** Strings of the HSK 3.0 exam-changes card on an HSK goal (issue 13). */
import { messages as en } from './hsk-exam-messages.en';
import { messages as zhCN } from './hsk-exam-messages.zh-CN';

export const hskExamMessages = { en, 'zh-CN': zhCN } as const;

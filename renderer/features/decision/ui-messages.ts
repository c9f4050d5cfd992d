/** UI strings of the decision part of the comparison (verdict, drivers, risk, flip points, rank, choosing). */
import { messages as en } from './ui-messages.en';
import { messages as zhCN } from './ui-messages.zh-CN';

export const decisionUiMessages = {
  en,
  'zh-CN': zhCN,
} as const satisfies Record<'en' | 'zh-CN', Record<string, string>>;

/** Validation messages for the profile and move (keys used by shared/plan/profile-schema.ts). */
import { messages as en } from './messages.en';
import { messages as zhCN } from './messages.zh-CN';

export const planMessages = {
  en,
  'zh-CN': zhCN,
} as const;

/**
 * Messages of the days-in-country counter (validation keys used by schema.ts and the words of its answers).
 * zh-CN is typed against en so a key cannot be missing from one language.
 */
import { messages as en } from './messages.en';
import { messages as zhCN } from './messages.zh-CN';


export const residencyMessages = { en, 'zh-CN': zhCN } as const;
export type ResidencyMessageKey = keyof typeof en;

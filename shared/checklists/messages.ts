/*
 * Every user-facing string of the checklists domain, as i18next resources (nested; keys are read with
 * the default "." separator, e.g. t('checklists.validation.cycle')). The Chinese table is typed against
 * the English one, so a key missing in either language is a compile error.
 * Plurals use i18next's _one/_other suffixes; Chinese needs only _other but carries both to keep the
 * key sets identical.
 */
import { messages as en } from './messages.en';
import { messages as zhCN } from './messages.zh-CN';

type MessageTree<T> = { [K in keyof T]: T[K] extends string ? string : MessageTree<T[K]> };
export type ChecklistMessages = MessageTree<typeof en>;

export const checklistMessages = { en, 'zh-CN': zhCN } as const;

// Key builders for values that come from data live in message-keys.ts (no texts, so the first load
// need not carry the tables to build a key); re-exported here for existing callers.
export * from './message-keys';

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

// Key builders for values that come from data, so callers never assemble key strings by hand.
export const statusLabelKey = (status: string): string => `checklists.status.${status}`;
export const categoryLabelKey = (category: string): string => `checklists.category.${category}`;
export const anchorLabelKey = (anchor: string): string => `checklists.anchor.${anchor}`;
export const urgencyLabelKey = (urgency: string): string => `checklists.urgency.${urgency}`;
export const validityMessageKey = (kind: string): string => `checklists.validity.${kind}`;
export const VERIFY_WITH_OFFICIAL_SOURCE_KEY = 'checklists.verify.label';

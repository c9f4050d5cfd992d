import type { ItemStatus } from './schema';

/*
 * The checklists' fixed lists without the schema (zod): the overview, the timeline and the reminders use
 * them on the first screen, and the schema loads only with the first edit (renderer/store/edit-tools).
 */

/** 'last-abroad' (the last day in the country being left, issue 13) comes before entry; older plans simply lack it. */
export const ANCHOR_KEYS = ['offer-accepted', 'visa-appointment', 'last-abroad', 'entry', 'start', 'move'] as const;

export const ITEM_STATUSES = ['todo', 'in-progress', 'done', 'not-needed'] as const;

export const ITEM_CATEGORIES = [
  'visa',
  'work-permit',
  'documents',
  'registration',
  'residence',
  'travel',
  'housing',
  'moving',
  'finance',
  'tax',
  'health',
  'insurance',
  'family',
  'pets',
  'communication',
  'employment',
  'other',
] as const;

export function isOpenStatus(status: ItemStatus): boolean {
  return status === 'todo' || status === 'in-progress';
}

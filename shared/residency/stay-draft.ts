import { isIsoDate } from '../dates/iso-date';
import { typedDateToIso } from '../dates/format-date';
import { MAX_TRIP_NOTE, stayOverlapIssues, type Stay } from './schema';

/** A stay as typed in the form: text fields, not yet checked. */
export interface StayDraft {
  readonly id: string;
  readonly entry: string;
  /** Empty: still in China. */
  readonly exit: string;
  readonly isPlanned: boolean;
  readonly note: string;
}

export type StayField = 'entry' | 'exit' | 'note';
export type StayDraftResult = { ok: true; value: Stay } | { ok: false; errors: Partial<Record<StayField, { key: string }>> };

export function stayToDraft(stay: Stay): StayDraft {
  return { id: stay.id, entry: stay.entry, exit: stay.exit ?? '', isPlanned: stay.isPlanned, note: stay.note };
}

/**
 * Checks one stay against itself and against the others in the log (not the one being edited), so the
 * message appears at the field that is wrong and nothing invalid reaches the plan.
 */
export function validateStayDraft(draft: StayDraft, others: readonly Stay[]): StayDraftResult {
  const errors: Partial<Record<StayField, { key: string }>> = {};
  const entry = typedDateToIso(draft.entry);
  const exit = typedDateToIso(draft.exit);
  if (!isIsoDate(entry)) errors.entry = { key: 'residency.validation.date' };
  if (exit !== '' && !isIsoDate(exit)) errors.exit = { key: 'residency.validation.date' };
  if (!errors.entry && !errors.exit && exit !== '' && exit < entry) errors.exit = { key: 'residency.validation.exitBeforeEntry' };
  if (draft.note.length > MAX_TRIP_NOTE) errors.note = { key: 'residency.validation.noteTooLong' };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const stay: Stay = { id: draft.id, entry, exit: exit === '' ? null : exit, isPlanned: draft.isPlanned, note: draft.note };
  const all = [...others.filter((other) => other.id !== stay.id), stay];
  const issue = stayOverlapIssues(all).find((i) => i.index === all.length - 1) ?? stayOverlapIssues(all)[0];
  if (issue) return { ok: false, errors: { entry: { key: issue.message } } };
  return { ok: true, value: stay };
}

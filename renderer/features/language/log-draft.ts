import type { IsoDate } from '../../../shared/dates/iso-date';
import { typedDateToIso } from '../../../shared/dates/format-date';
import type { StudyLogEntry } from '../../../shared/language/schema';
import { validateLogEntry } from '../../../shared/language/validation';
import { errorsByField, numberFromText, type DraftResult } from './goal-draft';

/** A study log row as typed; empty minutes or words mean 0, so "30 minutes, no new words" is quick to log. */
export interface LogDraft {
  id: string;
  goalId: string;
  date: string;
  minutes: string;
  newWords: string;
  note: string;
}

export function newLogDraft(id: string, goalId: string, today: IsoDate): LogDraft {
  return { id, goalId, date: today, minutes: '', newWords: '', note: '' };
}

export function logEntryToDraft(entry: StudyLogEntry): LogDraft {
  return { ...entry, minutes: String(entry.minutes), newWords: String(entry.newWords) };
}

const countFromText = (text: string) => (text.trim() === '' ? 0 : numberFromText(text));

export function validateLogDraft(draft: LogDraft, today: IsoDate): DraftResult<StudyLogEntry> {
  const input = {
    id: draft.id,
    goalId: draft.goalId,
    date: typedDateToIso(draft.date),
    minutes: countFromText(draft.minutes),
    newWords: countFromText(draft.newWords),
    note: draft.note,
  };
  const result = validateLogEntry(input, today);
  if (!result.ok) return { ok: false, errors: errorsByField(result.errors) };
  // An entry with neither minutes nor words records nothing; say so rather than store an empty row.
  if (result.value.minutes === 0 && result.value.newWords === 0) {
    return { ok: false, errors: { minutes: { key: 'language.ui.log.nothingToLog' } } };
  }
  return result;
}

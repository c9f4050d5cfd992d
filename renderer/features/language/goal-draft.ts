import { FRAMEWORKS, findLevel, getFramework, publishedWordCount, type FrameworkId, type StandardId } from '../../../shared/language/frameworks';
import type { LanguageGoal, RestRule } from '../../../shared/language/schema';
import { validateGoal, type FieldError } from '../../../shared/language/validation';
import type { IsoDate } from '../../../shared/dates/iso-date';
import { typedDateToIso } from '../../../shared/dates/format-date';
import { goalLanguageToStore } from '../../../shared/language/goal-language';
import { normalizeNumberText } from '../../../shared/text/number-text';

/**
 * What the goal form holds while the person types: text exactly as typed, so an invalid entry stays on
 * screen with its message and is never saved. validateGoalDraft turns it into a goal only when the shared
 * validation (with today's date) accepts all of it.
 */
export interface GoalDraft {
  id: string;
  language: string;
  framework: FrameworkId;
  standard: StandardId;
  targetLevel: string;
  targetDate: string;
  isExamDate: boolean;
  currentLevel: string;
  knownWordsNow: string;
  knownWordsAsOf: string;
  targetWords: string;
  hoursPerWeek: string;
  restKind: RestRule['kind'];
  restDaysPerWeek: string;
  restWeekdays: number[];
  why: string;
  examDate: string;
  registrationDeadline: string;
  dateChangeCutoff: string;
  resultsDate: string;
}

export type GoalFieldName = Exclude<keyof GoalDraft, 'id' | 'restKind' | 'restDaysPerWeek' | 'restWeekdays'> | 'rest';

export interface FieldMessage {
  key: string;
  params?: Record<string, string | number>;
}

export type DraftResult<T> = { ok: true; value: T } | { ok: false; errors: Partial<Record<string, FieldMessage>> };

export function newGoalDraft(id: string, today: IsoDate, language: string): GoalDraft {
  return {
    id,
    language,
    framework: 'hsk3',
    standard: FRAMEWORKS.hsk3.defaultStandardId,
    targetLevel: '',
    targetDate: '',
    isExamDate: true,
    currentLevel: '',
    knownWordsNow: '0',
    knownWordsAsOf: today,
    targetWords: '',
    hoursPerWeek: '5',
    restKind: 'per-week',
    restDaysPerWeek: '1',
    restWeekdays: [],
    why: '',
    examDate: '',
    registrationDeadline: '',
    dateChangeCutoff: '',
    resultsDate: '',
  };
}

const numberOrNull = (value: number | null) => (value === null ? '' : String(value));

/** `languageName` shows a stored language code as its name in the interface language. */
export function goalToDraft(goal: LanguageGoal, languageName: (stored: string) => string = (stored) => stored): GoalDraft {
  // A published count is not the person's to enter, so the field stays empty and the built-in figure shows.
  const isPublished = publishedWordCount(goal.standard, goal.targetLevel) !== null;
  return {
    id: goal.id,
    language: languageName(goal.language),
    framework: goal.framework,
    standard: goal.standard,
    targetLevel: goal.targetLevel,
    targetDate: goal.targetDate,
    isExamDate: goal.isExamDate,
    currentLevel: goal.currentLevel ?? '',
    knownWordsNow: String(goal.knownWordsNow),
    knownWordsAsOf: goal.knownWordsAsOf,
    targetWords: isPublished ? '' : numberOrNull(goal.targetWords),
    hoursPerWeek: String(goal.hoursPerWeek),
    restKind: goal.rest.kind,
    restDaysPerWeek: goal.rest.kind === 'per-week' ? String(goal.rest.daysPerWeek) : '1',
    restWeekdays: goal.rest.kind === 'weekdays' ? [...goal.rest.weekdays] : [],
    why: goal.why,
    examDate: goal.isExamDate ? '' : (goal.exam.examDate ?? ''),
    registrationDeadline: goal.exam.registrationDeadline ?? '',
    dateChangeCutoff: goal.exam.dateChangeCutoff ?? '',
    resultsDate: goal.exam.resultsDate ?? '',
  };
}

/** A number when the text is one ("12", "-3", "4.5"); otherwise the text itself, which the schema refuses. */
export function numberFromText(text: string): number | string {
  const trimmed = normalizeNumberText(text);
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

const dateOrNull = (text: string) => (text.trim() === '' ? null : typedDateToIso(text));

/** Switching framework keeps what still fits and resets what belongs to the old one. */
export function changeFramework(draft: GoalDraft, framework: FrameworkId): GoalDraft {
  if (framework === draft.framework) return draft;
  const keepLevel = (level: string) => (framework === 'custom' || findLevel(framework, level) !== null ? level : '');
  return {
    ...draft,
    framework,
    standard: getFramework(framework).defaultStandardId,
    targetLevel: keepLevel(draft.targetLevel),
    currentLevel: keepLevel(draft.currentLevel),
  };
}

export function draftToGoalInput(draft: GoalDraft): unknown {
  const rest =
    draft.restKind === 'per-week'
      ? { kind: 'per-week', daysPerWeek: numberFromText(draft.restDaysPerWeek) }
      : { kind: 'weekdays', weekdays: [...draft.restWeekdays].sort((a, b) => a - b) };
  const published = publishedWordCount(draft.standard, draft.targetLevel.trim());
  return {
    id: draft.id,
    language: goalLanguageToStore(draft.language),
    framework: draft.framework,
    standard: draft.standard,
    targetLevel: draft.targetLevel,
    targetDate: typedDateToIso(draft.targetDate),
    isExamDate: draft.isExamDate,
    currentLevel: draft.currentLevel.trim() === '' ? null : draft.currentLevel,
    knownWordsNow: numberFromText(draft.knownWordsNow),
    knownWordsAsOf: typedDateToIso(draft.knownWordsAsOf),
    // With a published count the stored target stays null: the table is the one source of that number.
    targetWords: published !== null || draft.targetWords.trim() === '' ? null : numberFromText(draft.targetWords),
    hoursPerWeek: numberFromText(draft.hoursPerWeek),
    rest,
    why: draft.why,
    exam: {
      examDate: draft.isExamDate ? null : dateOrNull(draft.examDate),
      registrationDeadline: dateOrNull(draft.registrationDeadline),
      dateChangeCutoff: dateOrNull(draft.dateChangeCutoff),
      resultsDate: dateOrNull(draft.resultsDate),
    },
  };
}

/** The form field a shared validation path belongs to ('exam.examDate', 'rest', 'knownWordsNow'...). */
export function fieldOfPath(path: readonly (string | number)[]): string {
  if (path[0] === 'rest') return 'rest';
  if (path[0] === 'exam' && typeof path[1] === 'string') return `exam.${path[1]}`;
  return String(path[0] ?? 'form');
}

/** First message per field, in the order validation reported them. */
export function errorsByField(errors: readonly FieldError[]): Partial<Record<string, FieldMessage>> {
  const byField: Partial<Record<string, FieldMessage>> = {};
  for (const error of errors) {
    const field = fieldOfPath(error.path);
    if (!byField[field]) byField[field] = { key: error.key, ...(error.params ? { params: error.params } : {}) };
  }
  return byField;
}

export function validateGoalDraft(draft: GoalDraft, today: IsoDate, previous: LanguageGoal | null): DraftResult<LanguageGoal> {
  const result = validateGoal(draftToGoalInput(draft), today, { previous });
  return result.ok ? result : { ok: false, errors: errorsByField(result.errors) };
}

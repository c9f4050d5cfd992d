import { describe, expect, it } from 'vitest';
import {
  changeFramework,
  draftToGoalInput,
  errorsByField,
  goalToDraft,
  newGoalDraft,
  numberFromText,
  validateGoalDraft,
  type GoalDraft,
} from '../../../../renderer/features/language/goal-draft';
import { hsk4Goal } from '../../shared/language/fixtures';

const TODAY = '2027-01-11';

function hsk4Draft(patch: Partial<GoalDraft> = {}): GoalDraft {
  return { ...goalToDraft(hsk4Goal()), ...patch };
}

describe('goal draft: text as typed to a goal', () => {
  it('round-trips the issue scenario goal', () => {
    const result = validateGoalDraft(hsk4Draft(), TODAY, null);
    expect(result).toEqual({ ok: true, value: hsk4Goal() });
  });

  it('a new draft starts on HSK 3.0 with the national standard, dated today, and is not valid until a level and date are chosen', () => {
    const draft = newGoalDraft('g1', TODAY, 'Chinese');
    expect(draft).toMatchObject({ framework: 'hsk3', standard: 'hsk3-gf0025-2021', knownWordsAsOf: TODAY });
    const result = validateGoalDraft(draft, TODAY, null);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.targetLevel?.key).toBe('language.error.levelRequired');
      expect(result.errors.targetDate?.key).toBe('language.error.dateInvalid');
    }
  });

  it('numbers are parsed only when the whole text is a number', () => {
    expect(numberFromText(' 1500 ')).toBe(1500);
    expect(numberFromText('-3')).toBe(-3);
    expect(numberFromText('4.5')).toBe(4.5);
    expect(numberFromText('12a')).toBe('12a');
    expect(numberFromText('')).toBe('');
  });

  it('refuses the issue bad inputs with messages at their fields', () => {
    const result = validateGoalDraft(hsk4Draft({ targetDate: '2027-01-10', knownWordsNow: '12000', hoursPerWeek: '-1' }), TODAY, null);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.targetDate).toEqual({ key: 'language.error.targetDateInPast' });
    expect(result.errors.knownWordsNow).toEqual({ key: 'language.error.knownWordsAboveTotal', params: { max: 11092 } });
    expect(result.errors.hoursPerWeek?.key).toBe('language.error.hoursNegative');
    expect(validateGoalDraft(hsk4Draft({ knownWordsNow: '-5' }), TODAY, null)).toMatchObject({ ok: false, errors: { knownWordsNow: { key: 'language.error.wordsNegative' } } });
    expect(validateGoalDraft(hsk4Draft({ knownWordsNow: 'many' }), TODAY, null)).toMatchObject({ ok: false, errors: { knownWordsNow: { key: 'language.error.notANumber' } } });
  });

  it('an old goal whose date has passed can still be edited when the date is unchanged', () => {
    const old = hsk4Goal({ targetDate: '2027-01-05' });
    expect(validateGoalDraft({ ...goalToDraft(old), why: 'new note' }, TODAY, old).ok).toBe(true);
    expect(validateGoalDraft({ ...goalToDraft(old), targetDate: '2027-01-06' }, TODAY, old).ok).toBe(false);
  });

  it('a published word count is never stored as the person’s own target', () => {
    expect(draftToGoalInput(hsk4Draft({ targetWords: '3000' }))).toMatchObject({ targetWords: null });
  });

  it('CEFR needs the person’s own target; exam dates map into exam, and the exam date is the target date when ticked', () => {
    const cefr = changeFramework(hsk4Draft(), 'cefr');
    expect(cefr).toMatchObject({ framework: 'cefr', standard: 'cefr-none', targetLevel: '', currentLevel: '' });
    const withLevel = { ...cefr, targetLevel: 'B2' };
    expect(validateGoalDraft(withLevel, TODAY, null)).toMatchObject({ ok: false, errors: { targetWords: { key: 'language.error.targetWordsRequired' } } });
    const valid = validateGoalDraft({ ...withLevel, targetWords: '4000', registrationDeadline: '2027-05-01', examDate: '2027-06-01' }, TODAY, null);
    expect(valid).toMatchObject({ ok: true, value: { targetWords: 4000, exam: { examDate: null, registrationDeadline: '2027-05-01' } } });
    const separateExam = validateGoalDraft({ ...withLevel, targetWords: '4000', isExamDate: false, examDate: '2027-06-01' }, TODAY, null);
    expect(separateExam).toMatchObject({ ok: true, value: { exam: { examDate: '2027-06-01' } } });
  });

  it('fixed rest weekdays are stored sorted; a registration deadline after the exam is refused at its field', () => {
    const result = validateGoalDraft(hsk4Draft({ restKind: 'weekdays', restWeekdays: [7, 3] }), TODAY, null);
    expect(result).toMatchObject({ ok: true, value: { rest: { kind: 'weekdays', weekdays: [3, 7] } } });
    expect(validateGoalDraft(hsk4Draft({ registrationDeadline: '2027-07-01' }), TODAY, null)).toMatchObject({
      ok: false,
      errors: { 'exam.registrationDeadline': { key: 'language.error.registrationAfterExam' } },
    });
  });

  it('keeps the first message per field', () => {
    expect(
      errorsByField([
        { path: ['rest', 'daysPerWeek'], key: 'a' },
        { path: ['rest'], key: 'b' },
        { path: ['exam', 'examDate'], key: 'c' },
      ]),
    ).toEqual({ rest: { key: 'a' }, 'exam.examDate': { key: 'c' } });
  });
});

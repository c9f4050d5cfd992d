import { describe, expect, it } from 'vitest';
import { LanguageDataSchema, validateGoal, validateLogEntry, type FieldError } from '../../../../shared/language';
import { entry, hsk4Goal } from './fixtures';

const TODAY = '2027-01-04';

function keysOf(result: { ok: true } | { ok: false; errors: FieldError[] }): string[] {
  return result.ok ? [] : result.errors.map((error) => error.key);
}

describe('validateGoal', () => {
  it('accepts the HSK 3.0 level 4 goal', () => {
    const result = validateGoal(hsk4Goal(), TODAY);
    expect(result).toEqual({ ok: true, value: hsk4Goal() });
  });

  it('refuses a target date in the past, relative to the today passed in', () => {
    const result = validateGoal(hsk4Goal({ targetDate: '2027-01-03' }), TODAY);
    expect(result).toEqual({ ok: false, errors: [{ path: ['targetDate'], key: 'language.error.targetDateInPast' }] });
    expect(validateGoal(hsk4Goal({ targetDate: TODAY }), TODAY).ok).toBe(true);
  });

  it('lets an old goal be edited after its date as long as the date is not changed', () => {
    const old = hsk4Goal({ targetDate: '2026-12-01', knownWordsAsOf: '2026-06-01' });
    expect(validateGoal({ ...old, why: 'new note' }, TODAY, { previous: old }).ok).toBe(true);
    expect(keysOf(validateGoal({ ...old, targetDate: '2026-12-02' }, TODAY, { previous: old }))).toEqual([
      'language.error.targetDateInPast',
    ]);
  });

  it('refuses a word count dated in the future', () => {
    expect(keysOf(validateGoal(hsk4Goal({ knownWordsAsOf: '2027-01-05' }), TODAY))).toEqual(['language.error.knownWordsAsOfInFuture']);
  });

  it('refuses negative or fractional known words and more known words than the whole list', () => {
    expect(keysOf(validateGoal(hsk4Goal({ knownWordsNow: -1 }), TODAY))).toEqual(['language.error.wordsNegative']);
    expect(keysOf(validateGoal(hsk4Goal({ knownWordsNow: 10.5 }), TODAY))).toEqual(['language.error.wordsWhole']);
    const tooMany = validateGoal(hsk4Goal({ knownWordsNow: 11_093 }), TODAY);
    expect(tooMany).toEqual({
      ok: false,
      errors: [{ path: ['knownWordsNow'], key: 'language.error.knownWordsAboveTotal', params: { max: 11_092 } }],
    });
    expect(validateGoal(hsk4Goal({ knownWordsNow: 11_092 }), TODAY).ok).toBe(true);
    const hsk2 = hsk4Goal({ framework: 'hsk2', standard: 'hsk2-2009', knownWordsNow: 5001 });
    expect(keysOf(validateGoal(hsk2, TODAY))).toEqual(['language.error.knownWordsAboveTotal']);
  });

  it('derives target words for HSK and refuses a different number', () => {
    expect(validateGoal(hsk4Goal({ targetWords: 3245 }), TODAY).ok).toBe(true);
    const wrong = validateGoal(hsk4Goal({ targetWords: 3000 }), TODAY);
    expect(wrong).toEqual({
      ok: false,
      errors: [{ path: ['targetWords'], key: 'language.error.targetWordsDerived', params: { words: 3245 } }],
    });
  });

  it('requires the person to enter target words for CEFR, custom and syllabus levels 7-9', () => {
    const cefr = hsk4Goal({ framework: 'cefr', standard: 'cefr-none', targetLevel: 'B2', currentLevel: 'B1', isExamDate: false });
    expect(keysOf(validateGoal(cefr, TODAY))).toEqual(['language.error.targetWordsRequired']);
    expect(validateGoal({ ...cefr, targetWords: 4000 }, TODAY).ok).toBe(true);
    const custom = hsk4Goal({ framework: 'custom', standard: 'custom', targetLevel: 'Read a lease', currentLevel: 'beginner' });
    expect(keysOf(validateGoal(custom, TODAY))).toEqual(['language.error.targetWordsRequired']);
    expect(validateGoal({ ...custom, targetWords: 2000, knownWordsNow: 50_000 }, TODAY).ok).toBe(true);
    const syllabus7 = hsk4Goal({ standard: 'hsk3-exam-syllabus', targetLevel: '7' });
    expect(keysOf(validateGoal(syllabus7, TODAY))).toEqual(['language.error.targetWordsRequired']);
  });

  it('refuses a standard or level from another framework', () => {
    expect(keysOf(validateGoal(hsk4Goal({ standard: 'hsk2-2009' }), TODAY))).toEqual(['language.error.standardMismatch']);
    expect(keysOf(validateGoal(hsk4Goal({ targetLevel: 'B2' }), TODAY))).toEqual(['language.error.levelUnknown']);
    expect(keysOf(validateGoal(hsk4Goal({ currentLevel: '10' }), TODAY))).toEqual(['language.error.levelUnknown']);
    expect(keysOf(validateGoal(hsk4Goal({ framework: 'hsk2', standard: 'hsk2-2009', targetLevel: '7' }), TODAY))).toEqual([
      'language.error.levelUnknown',
    ]);
  });

  it('refuses bad hours and rest rules', () => {
    expect(keysOf(validateGoal(hsk4Goal({ hoursPerWeek: -1 }), TODAY))).toEqual(['language.error.hoursNegative']);
    expect(keysOf(validateGoal(hsk4Goal({ hoursPerWeek: 169 }), TODAY))).toEqual(['language.error.hoursTooMany']);
    expect(keysOf(validateGoal(hsk4Goal({ rest: { kind: 'per-week', daysPerWeek: 7 } }), TODAY))).toEqual([
      'language.error.restDaysInvalid',
    ]);
    expect(keysOf(validateGoal(hsk4Goal({ rest: { kind: 'weekdays', weekdays: [6, 6] } }), TODAY))).toEqual([
      'language.error.restWeekdayDuplicate',
    ]);
    expect(validateGoal(hsk4Goal({ rest: { kind: 'weekdays', weekdays: [6, 7] } }), TODAY).ok).toBe(true);
  });

  it('checks exam milestones against the exam date', () => {
    const exam = (fields: Partial<ReturnType<typeof hsk4Goal>['exam']>) =>
      hsk4Goal({ exam: { examDate: null, registrationDeadline: null, dateChangeCutoff: null, resultsDate: null, ...fields } });
    expect(validateGoal(exam({ registrationDeadline: '2027-05-20', resultsDate: '2027-07-15' }), TODAY).ok).toBe(true);
    expect(keysOf(validateGoal(exam({ registrationDeadline: '2027-06-27' }), TODAY))).toEqual(['language.error.registrationAfterExam']);
    expect(keysOf(validateGoal(exam({ resultsDate: '2027-06-25' }), TODAY))).toEqual(['language.error.resultsBeforeExam']);
    expect(keysOf(validateGoal(exam({ dateChangeCutoff: '2027-06-26' }), TODAY))).toEqual(['language.error.cutoffNotBeforeExam']);
    expect(keysOf(validateGoal(exam({ examDate: '2027-06-27' }), TODAY))).toEqual(['language.error.examDateMismatch']);
    const noExam = hsk4Goal({ isExamDate: false, exam: { examDate: null, registrationDeadline: '2027-05-01', dateChangeCutoff: null, resultsDate: null } });
    expect(keysOf(validateGoal(noExam, TODAY))).toEqual(['language.error.examDateRequired']);
  });

  it('reports shape errors and date errors together, each at its field', () => {
    const result = validateGoal({ ...hsk4Goal(), targetDate: '2026-12-31', knownWordsNow: 'many', language: ' ' }, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual(
        expect.arrayContaining([
          { path: ['language'], key: 'language.error.languageRequired' },
          { path: ['knownWordsNow'], key: 'language.error.notANumber' },
          { path: ['targetDate'], key: 'language.error.targetDateInPast' },
        ]),
      );
    }
    expect(keysOf(validateGoal({ ...hsk4Goal(), targetDate: '2027-02-30' }, TODAY))).toEqual(['language.error.dateInvalid']);
    expect(keysOf(validateGoal(null, TODAY))).toEqual(['language.error.invalid']);
  });
});

describe('validateLogEntry', () => {
  it('accepts an entry for today and refuses one in the future', () => {
    expect(validateLogEntry(entry(TODAY, 30, 10), TODAY).ok).toBe(true);
    const future = validateLogEntry(entry('2027-01-05', 30, 10), TODAY);
    expect(future).toEqual({ ok: false, errors: [{ path: ['date'], key: 'language.error.logDateInFuture' }] });
  });

  it('refuses negative minutes or words and impossible minutes', () => {
    expect(keysOf(validateLogEntry(entry(TODAY, -5, 10), TODAY))).toEqual(['language.error.minutesNegative']);
    expect(keysOf(validateLogEntry(entry(TODAY, 30, -1), TODAY))).toEqual(['language.error.wordsNegative']);
    expect(keysOf(validateLogEntry(entry(TODAY, 1441, 0), TODAY))).toEqual(['language.error.minutesTooMany']);
    expect(keysOf(validateLogEntry(entry(TODAY, 12.5, 0), TODAY))).toEqual(['language.error.minutesWhole']);
    expect(keysOf(validateLogEntry({ ...entry(TODAY, 10, 1), note: 'x'.repeat(501) }, TODAY))).toEqual(['language.error.textTooLong']);
  });
});

describe('LanguageDataSchema', () => {
  it('holds several goals and refuses log entries for a missing goal or duplicate ids', () => {
    const goals = [hsk4Goal(), hsk4Goal({ id: 'goal-b', targetLevel: '5' })];
    expect(LanguageDataSchema.safeParse({ goals, studyLog: [entry(TODAY, 10, 5), entry(TODAY, 5, 1, 'goal-b')] }).success).toBe(true);
    const orphan = LanguageDataSchema.safeParse({ goals, studyLog: [entry(TODAY, 10, 5, 'gone')] });
    expect(orphan.success ? [] : orphan.error.issues.map((issue) => issue.message)).toEqual(['language.error.logGoalMissing']);
    const dup = LanguageDataSchema.safeParse({ goals: [hsk4Goal(), hsk4Goal()], studyLog: [] });
    expect(dup.success ? [] : dup.error.issues.map((issue) => issue.message)).toEqual(['language.error.idDuplicate']);
  });
});

import type { LanguageGoal, StudyLogEntry } from '../../../../shared/language';

/** The scenario: HSK 3.0 level 4 (3,245 words) for 2027-06-26, 1,500 words known on 2027-01-04. */
export function hsk4Goal(overrides: Partial<LanguageGoal> = {}): LanguageGoal {
  return {
    id: 'goal-hsk4',
    language: 'zh',
    framework: 'hsk3',
    standard: 'hsk3-gf0025-2021',
    targetLevel: '4',
    targetDate: '2027-06-26',
    isExamDate: true,
    currentLevel: '3',
    knownWordsNow: 1500,
    knownWordsAsOf: '2027-01-04',
    targetWords: null,
    hoursPerWeek: 6,
    rest: { kind: 'per-week', daysPerWeek: 1 },
    why: 'HSK 4 for the manager track',
    exam: { examDate: null, registrationDeadline: null, dateChangeCutoff: null, resultsDate: null },
    ...overrides,
  };
}

let nextId = 0;
export function entry(date: string, minutes: number, newWords: number, goalId = 'goal-hsk4'): StudyLogEntry {
  nextId += 1;
  return { id: `e${nextId}`, goalId, date, minutes, newWords, note: '' };
}

import { z } from 'zod';
import { compareIso, isIsoDate } from '../dates/iso-date';
import { FRAMEWORK_IDS, STANDARD_IDS, WORD_STANDARDS, findLevel, isStandardOf, publishedWordCount } from './frameworks';
import type { FrameworkId, StandardId } from './frameworks';
import { effectiveExamDate } from './exam-date';

/**
 * Persisted shape of language goals and the study log. Every message is an i18n key from messages.ts, so the
 * UI can show it at the field. These schemas never read the clock: checks against "today" live in
 * validation.ts and take today as a parameter.
 */

export const MAX_MINUTES_PER_ENTRY = 24 * 60;
export const MAX_WORDS_PER_ENTRY = 10_000;
export const MAX_HOURS_PER_WEEK = 7 * 24;
export const MAX_TEXT_LENGTH = 500;
export const MAX_LABEL_LENGTH = 60;

const isoDate = z.string({ error: 'language.error.dateInvalid' }).refine(isIsoDate, { error: 'language.error.dateInvalid' });

const id = z.string({ error: 'language.error.idRequired' }).min(1, { error: 'language.error.idRequired' });

const wordCount = z
  .number({ error: 'language.error.notANumber' })
  .int({ error: 'language.error.wordsWhole' })
  .min(0, { error: 'language.error.wordsNegative' });

/** ISO weekday numbers, Monday = 1 ... Sunday = 7 (date-fns getISODay), so weeks start on Monday as in China. */
const isoWeekday = z.number({ error: 'language.error.restWeekdayInvalid' }).int().min(1).max(7);

/**
 * Planned rest either as a number of free days per week (taken whenever the person likes) or as fixed
 * weekdays. At least one study day a week must remain, or there is nothing to plan.
 */
export const RestRuleSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('per-week'),
      daysPerWeek: z
        .number({ error: 'language.error.restDaysInvalid' })
        .int({ error: 'language.error.restDaysInvalid' })
        .min(0, { error: 'language.error.restDaysInvalid' })
        .max(6, { error: 'language.error.restDaysInvalid' }),
    }),
    z.object({
      kind: z.literal('weekdays'),
      weekdays: z
        .array(isoWeekday)
        .max(6, { error: 'language.error.restDaysInvalid' })
        .refine((days) => new Set(days).size === days.length, { error: 'language.error.restWeekdayDuplicate' }),
    }),
  ],
  { error: 'language.error.restDaysInvalid' },
);

/**
 * Exam logistics the person enters. dateChangeCutoff is an override: null means "derive it" (27 days before
 * an HSK exam), so the derived date is never stored twice. examDate null with isExamDate means the target
 * date is the exam date.
 */
export const ExamMilestonesSchema = z.object({
  examDate: isoDate.nullable(),
  registrationDeadline: isoDate.nullable(),
  dateChangeCutoff: isoDate.nullable(),
  resultsDate: isoDate.nullable(),
});

const GoalShape = z.object({
  id,
  language: z
    .string({ error: 'language.error.languageRequired' })
    .trim()
    .min(1, { error: 'language.error.languageRequired' })
    .max(MAX_LABEL_LENGTH, { error: 'language.error.labelTooLong' }),
  framework: z.enum(FRAMEWORK_IDS as [FrameworkId, ...FrameworkId[]], { error: 'language.error.frameworkUnknown' }),
  standard: z.enum(STANDARD_IDS as [StandardId, ...StandardId[]], { error: 'language.error.standardUnknown' }),
  targetLevel: z
    .string({ error: 'language.error.levelRequired' })
    .trim()
    .min(1, { error: 'language.error.levelRequired' })
    .max(MAX_LABEL_LENGTH, { error: 'language.error.labelTooLong' }),
  targetDate: isoDate,
  isExamDate: z.boolean(),
  currentLevel: z.string().trim().max(MAX_LABEL_LENGTH, { error: 'language.error.labelTooLong' }).nullable(),
  knownWordsNow: wordCount,
  knownWordsAsOf: isoDate,
  /** Only for goals whose standard publishes no count (CEFR, custom, HSK 3.0 syllabus 7-9); else null or equal. */
  targetWords: z
    .number({ error: 'language.error.notANumber' })
    .int({ error: 'language.error.wordsWhole' })
    .min(1, { error: 'language.error.targetWordsPositive' })
    .nullable(),
  hoursPerWeek: z
    .number({ error: 'language.error.notANumber' })
    .min(0, { error: 'language.error.hoursNegative' })
    .max(MAX_HOURS_PER_WEEK, { error: 'language.error.hoursTooMany' }),
  rest: RestRuleSchema,
  why: z.string().max(MAX_TEXT_LENGTH, { error: 'language.error.textTooLong' }),
  exam: ExamMilestonesSchema,
});

type GoalShapeValue = z.infer<typeof GoalShape>;

function isLevelOf(framework: FrameworkId, level: string): boolean {
  // A custom goal names its level in free text; the built-in frameworks only accept their own level ids.
  return framework === 'custom' || findLevel(framework, level) !== null;
}

function checkGoal(goal: GoalShapeValue, ctx: z.RefinementCtx): void {
  const fail = (path: string[], message: string, params?: Record<string, number | string>): void => {
    ctx.addIssue({ code: 'custom', path, message, ...(params ? { params } : {}) });
  };

  const isStandardOk = isStandardOf(goal.framework, goal.standard);
  const isLevelOk = isLevelOf(goal.framework, goal.targetLevel);
  if (!isStandardOk) fail(['standard'], 'language.error.standardMismatch');
  if (!isLevelOk) fail(['targetLevel'], 'language.error.levelUnknown');
  if (goal.currentLevel !== null && goal.currentLevel !== '' && !isLevelOf(goal.framework, goal.currentLevel)) {
    fail(['currentLevel'], 'language.error.levelUnknown');
  }

  // Word checks need a standard and level that fit the framework; otherwise the message above says enough.
  if (isStandardOk && isLevelOk) {
    const published = publishedWordCount(goal.standard, goal.targetLevel);
    if (published !== null && goal.targetWords !== null && goal.targetWords !== published) {
      fail(['targetWords'], 'language.error.targetWordsDerived', { words: published });
    }
    if (published === null && goal.targetWords === null) fail(['targetWords'], 'language.error.targetWordsRequired');
  }
  // Nobody can know more words "of" a list than the list holds; standards of unknown size are not checked.
  const total = isStandardOk ? WORD_STANDARDS[goal.standard].totalWords : null;
  if (total !== null && goal.knownWordsNow > total) {
    fail(['knownWordsNow'], 'language.error.knownWordsAboveTotal', { max: total });
  }

  const { exam } = goal;
  if (goal.isExamDate && exam.examDate !== null && exam.examDate !== goal.targetDate) {
    fail(['exam', 'examDate'], 'language.error.examDateMismatch');
  }
  const examDate = effectiveExamDate(goal);
  if (examDate !== null) {
    if (exam.registrationDeadline !== null && compareIso(exam.registrationDeadline, examDate) > 0) {
      fail(['exam', 'registrationDeadline'], 'language.error.registrationAfterExam');
    }
    if (exam.dateChangeCutoff !== null && compareIso(exam.dateChangeCutoff, examDate) >= 0) {
      fail(['exam', 'dateChangeCutoff'], 'language.error.cutoffNotBeforeExam');
    }
    if (exam.resultsDate !== null && compareIso(exam.resultsDate, examDate) < 0) {
      fail(['exam', 'resultsDate'], 'language.error.resultsBeforeExam');
    }
  } else if (exam.registrationDeadline !== null || exam.dateChangeCutoff !== null || exam.resultsDate !== null) {
    fail(['exam', 'examDate'], 'language.error.examDateRequired');
  }
}

export const LanguageGoalSchema = GoalShape.superRefine(checkGoal);
export type LanguageGoal = z.infer<typeof LanguageGoalSchema>;
export type RestRule = z.infer<typeof RestRuleSchema>;
export type ExamMilestones = z.infer<typeof ExamMilestonesSchema>;

export const StudyLogEntrySchema = z.object({
  id,
  goalId: id,
  date: isoDate,
  minutes: z
    .number({ error: 'language.error.notANumber' })
    .int({ error: 'language.error.minutesWhole' })
    .min(0, { error: 'language.error.minutesNegative' })
    .max(MAX_MINUTES_PER_ENTRY, { error: 'language.error.minutesTooMany' }),
  newWords: wordCount.max(MAX_WORDS_PER_ENTRY, { error: 'language.error.wordsTooMany' }),
  note: z.string().max(MAX_TEXT_LENGTH, { error: 'language.error.textTooLong' }),
});
export type StudyLogEntry = z.infer<typeof StudyLogEntrySchema>;

/** A broken rule between goals and log entries, as the language section's schema reports it. */
export interface LanguageDataIssue {
  message: string;
  path: PropertyKey[];
}

/**
 * The rules across the section in the order its schema reports them: goal ids unique, entry ids unique,
 * every entry pointing at a goal it holds. Plain code, so an edit's check (check-language-edit.ts) runs them
 * over a thousand entries without parsing each again.
 */
export function languageDataIssues(data: { goals: readonly { id: string }[]; studyLog: readonly { id: string; goalId: string }[] }): LanguageDataIssue[] {
  const issues: LanguageDataIssue[] = [];
  const goalIds = new Set<string>();
  data.goals.forEach((goal, index) => {
    if (goalIds.has(goal.id)) issues.push({ path: ['goals', index, 'id'], message: 'language.error.idDuplicate' });
    goalIds.add(goal.id);
  });
  const entryIds = new Set<string>();
  data.studyLog.forEach((entry, index) => {
    if (entryIds.has(entry.id)) issues.push({ path: ['studyLog', index, 'id'], message: 'language.error.idDuplicate' });
    entryIds.add(entry.id);
    if (!goalIds.has(entry.goalId)) issues.push({ path: ['studyLog', index, 'goalId'], message: 'language.error.logGoalMissing' });
  });
  return issues;
}

/** The language part of a plan document: several goals and one log whose entries point at a goal. */
export const LanguageDataSchema = z
  .object({
    goals: z.array(LanguageGoalSchema),
    studyLog: z.array(StudyLogEntrySchema),
  })
  .superRefine((data, ctx) => {
    for (const issue of languageDataIssues(data)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type LanguageData = z.infer<typeof LanguageDataSchema>;

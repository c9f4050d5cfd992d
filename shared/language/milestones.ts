import { addDaysIso, addMonthsIso, compareIso, type IsoDate } from '../dates/iso-date';
import { getFramework, isHskFramework } from './frameworks';
import type { MessageKey } from './messages';
import type { LanguageGoal } from './schema';
import { effectiveExamDate } from './exam-date';

/** In the order they are shown when two fall on the same day. */
export const MILESTONE_KINDS = ['registration-deadline', 'date-change-cutoff', 'target', 'exam', 'results', 'score-expiry'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export interface LanguageMilestone {
  /** Stable across renders: goal id plus kind, so the timeline can key on it. */
  id: string;
  goalId: string;
  kind: MilestoneKind;
  date: IsoDate;
  labelKey: MessageKey;
  /** Computed by a rule (27 days before an HSK exam, score valid two years) rather than entered. */
  isDerived: boolean;
}

/** The HSK date-change cut-off: an entered override, else the framework's rule, else none. */
export function dateChangeCutoff(goal: LanguageGoal): { date: IsoDate; isDerived: boolean } | null {
  if (goal.exam.dateChangeCutoff !== null) return { date: goal.exam.dateChangeCutoff, isDerived: false };
  const examDate = effectiveExamDate(goal);
  const days = getFramework(goal.framework).dateChangeCutoffDays;
  if (examDate === null || days === null) return null;
  return { date: addDaysIso(examDate, -days), isDerived: true };
}

/**
 * A goal's dated items for the timeline, in date order: registration deadline, date-change cut-off, exam
 * day, results, the day the score report stops being accepted (HSK: two years), and the target date when it
 * is not the exam itself. Items the person has not entered and no rule derives are left out.
 */
export function goalMilestones(goal: LanguageGoal): LanguageMilestone[] {
  const items: LanguageMilestone[] = [];
  const add = (kind: MilestoneKind, date: IsoDate, isDerived: boolean): void => {
    items.push({ id: `${goal.id}:${kind}`, goalId: goal.id, kind, date, labelKey: `language.milestone.${kind}`, isDerived });
  };
  const examDate = effectiveExamDate(goal);
  if (goal.exam.registrationDeadline !== null) add('registration-deadline', goal.exam.registrationDeadline, false);
  const cutoff = dateChangeCutoff(goal);
  if (cutoff) add('date-change-cutoff', cutoff.date, cutoff.isDerived);
  if (examDate !== null) add('exam', examDate, false);
  if (examDate !== goal.targetDate) add('target', goal.targetDate, false);
  if (examDate !== null && goal.exam.resultsDate !== null) add('results', goal.exam.resultsDate, false);
  const validityYears = getFramework(goal.framework).scoreValidityYears;
  if (examDate !== null && validityYears !== null && isHskFramework(goal.framework)) {
    add('score-expiry', addMonthsIso(examDate, validityYears * 12), true);
  }
  return items.sort((a, b) => compareIso(a.date, b.date) || MILESTONE_KINDS.indexOf(a.kind) - MILESTONE_KINDS.indexOf(b.kind));
}

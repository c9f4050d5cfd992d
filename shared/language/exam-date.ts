import type { IsoDate } from '../dates/iso-date';

interface ExamDateFields {
  targetDate: IsoDate;
  isExamDate: boolean;
  exam: { examDate: IsoDate | null };
}

/**
 * The exam day of a goal, if it has one: the milestone entered by the person, or the target date itself
 * when the person said the target date is the exam. Kept apart so schema and milestones agree on it.
 */
export function effectiveExamDate(goal: ExamDateFields): IsoDate | null {
  if (goal.exam.examDate !== null) return goal.exam.examDate;
  return goal.isExamDate ? goal.targetDate : null;
}

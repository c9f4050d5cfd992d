import { blockersInList } from '../checklists/dependencies';
import { assessItemDeadline } from '../checklists/late-from-start';
import type { LocalizedText } from '../checklists/localized-text';
import { effectiveAnchors } from '../checklists/plan-anchors';
import { isOpenStatus } from '../checklists/checklist-values';
import { daysBetween, type IsoDate } from '../dates/iso-date';
import { pacing, type PacingStatus } from '../language/pacing';
import type { PlanDocument } from '../plan/plan-schema';

export interface Countdown {
  date: IsoDate;
  /** Calendar days from today; negative once the day has passed. */
  days: number;
}

/** Days to the move and to the first day at work, from the plan's own dates. */
export function countdowns(plan: PlanDocument, today: IsoDate): { move: Countdown | null; start: Countdown | null } {
  const of = (date: IsoDate | null): Countdown | null => (date ? { date, days: daysBetween(today, date) } : null);
  return { move: of(plan.move.targetMoveDate), start: of(plan.move.targetStartDate) };
}

export interface ChecklistProgress {
  checklistId: string;
  title: LocalizedText;
  total: number;
  /** Done or not needed. */
  done: number;
  open: number;
  /** Open, due date passed after it became known. */
  overdue: number;
  /** Open, due date already past when it became known: to do as soon as possible. */
  asap: number;
  /** Open and waiting for another open item. */
  blocked: number;
}

/** Per checklist (not archived, in the person's order): done, open, overdue, as soon as possible and blocked. */
export function checklistProgress(plan: PlanDocument, today: IsoDate): ChecklistProgress[] {
  const anchors = effectiveAnchors(plan.checklists.anchors, plan.move);
  return plan.checklists.checklists
    .filter((checklist) => !checklist.archived)
    .sort((a, b) => a.order - b.order)
    .map((checklist) => {
      const open = checklist.items.filter((item) => isOpenStatus(item.status));
      const blockersOf = blockersInList(checklist.items);
      const urgencies = open.map((item) => assessItemDeadline(item, checklist, anchors, plan.checklists.anchorsChangedOn, today).urgency);
      return {
        checklistId: checklist.id,
        title: checklist.title,
        total: checklist.items.length,
        done: checklist.items.length - open.length,
        open: open.length,
        overdue: urgencies.filter((urgency) => urgency === 'overdue').length,
        asap: urgencies.filter((urgency) => urgency === 'asap').length,
        blocked: open.filter((item) => blockersOf(item).length > 0).length,
      };
    });
}

export interface LanguageProgress {
  goalId: string;
  language: string;
  targetLevel: string;
  targetDate: IsoDate;
  status: PacingStatus;
  /** On pace: met, ahead or on track. */
  isOnPace: boolean;
  weeklyWordQuota: number | null;
  /** New words per week over the pace window, rounded down; null without a log. */
  currentWordsPerWeek: number | null;
  knownWordsEstimate: number;
  targetWords: number | null;
}

const ON_PACE: ReadonlySet<PacingStatus> = new Set(['met', 'ahead', 'on-track']);

/** Per language goal: on pace or behind, and the weekly word quota (from shared/language's pacing). */
export function languageProgress(plan: PlanDocument, today: IsoDate): LanguageProgress[] {
  return plan.language.goals.map((goal) => {
    const pace = pacing(goal, plan.language.studyLog, today);
    return {
      goalId: goal.id,
      language: goal.language,
      targetLevel: goal.targetLevel,
      targetDate: goal.targetDate,
      status: pace.status,
      isOnPace: ON_PACE.has(pace.status),
      weeklyWordQuota: pace.weeklyWordQuota,
      currentWordsPerWeek: pace.currentPace ? Math.floor(pace.currentPace.wordsPerWeek) : null,
      knownWordsEstimate: pace.knownWordsEstimate,
      targetWords: pace.targetWords,
    };
  });
}

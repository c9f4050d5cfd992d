import { compareIso, type IsoDate } from '../dates/iso-date';
import { assessDeadline, DEFAULT_DUE_SOON_DAYS, type DeadlineAssessment } from './due-dates';
import { ANCHOR_KEYS } from './checklist-values';
import type { AnchorsChangedOn, Checklist, ChecklistItem, PlanAnchors } from './schema';

/*
 * A deadline that was already past when the person first saw it (the checklist was made five weeks before
 * the visa appointment, and the template says "60 days before") is not something they failed to do in
 * time: it reads "as soon as possible", with its rule. Only a deadline that was still ahead on that day and
 * has passed since is overdue, in red.
 */

/**
 * The day from which the item's deadline counts as known: the checklist's creation day, or, for a
 * deadline relative to an anchor, the later day that anchor was last set. Without a recorded change day
 * (older plans), the creation day.
 */
export function deadlineKnownSince(
  item: Pick<ChecklistItem, 'due'>,
  checklist: Pick<Checklist, 'createdOn'>,
  anchorsChangedOn: AnchorsChangedOn | undefined,
): IsoDate {
  if (item.due.kind !== 'relative') return checklist.createdOn;
  const changedOn = anchorsChangedOn?.[item.due.anchor];
  return changedOn && compareIso(changedOn, checklist.createdOn) > 0 ? changedOn : checklist.createdOn;
}

/** Whether the due date lies before the day the deadline became known. */
export function isLateFromStart(dueDate: IsoDate, knownSince: IsoDate): boolean {
  return compareIso(dueDate, knownSince) < 0;
}

/**
 * assessDeadline with the checklist's history: an open item whose deadline was late from the start has
 * urgency 'asap' instead of 'overdue'.
 */
export function assessItemDeadline(
  item: Pick<ChecklistItem, 'due' | 'status'>,
  checklist: Pick<Checklist, 'createdOn'>,
  anchors: PlanAnchors,
  anchorsChangedOn: AnchorsChangedOn | undefined,
  today: IsoDate,
  dueSoonDays: number = DEFAULT_DUE_SOON_DAYS,
): DeadlineAssessment {
  const assessment = assessDeadline(item, anchors, today, dueSoonDays);
  if (assessment.urgency !== 'overdue' || assessment.resolution.kind !== 'date') return assessment;
  const knownSince = deadlineKnownSince(item, checklist, anchorsChangedOn);
  return isLateFromStart(assessment.resolution.date, knownSince) ? { ...assessment, urgency: 'asap' } : assessment;
}

/** The change days with `anchors` marked as changed today (when their date really changed). */
export function withAnchorsChanged(
  changedOn: AnchorsChangedOn | undefined,
  before: PlanAnchors,
  after: PlanAnchors,
  today: IsoDate,
): AnchorsChangedOn | undefined {
  const changed = ANCHOR_KEYS.filter((key) => before[key] !== after[key] && after[key] !== undefined);
  if (changed.length === 0) return changedOn;
  const next: AnchorsChangedOn = { ...changedOn };
  for (const key of changed) next[key] = today;
  return next;
}

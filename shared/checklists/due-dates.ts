import { addDaysIso, addMonthsIso, daysBetween, type IsoDate } from '../dates/iso-date';
import { remembered } from '../memo/remembered';
import { isOpenStatus } from './checklist-values';
import type { AnchorKey, Due, ItemStatus, PlanAnchors } from './schema';

/*
 * Deadlines are never stored: they are derived from the item's rule and the plan's anchor dates each
 * time, so changing the entry date moves every deadline that depends on it.
 */

export type DueResolution =
  | { kind: 'date'; date: IsoDate }
  | { kind: 'missing-anchor'; anchor: AnchorKey }
  | { kind: 'none' };

/** Months first, then days, so "entry + 1 month - 1 day" lands on the day before the month-day. */
export function offsetIsoDate(date: IsoDate, offsetMonths: number, offsetDays: number): IsoDate {
  return offsetDateOf(`${date}|${offsetMonths}|${offsetDays}`);
}

// Items made from the same template share their offsets and anchors: one answer serves them all.
const offsetDateOf = remembered((key: string): IsoDate => {
  const [date, months, days] = key.split('|') as [IsoDate, string, string];
  const offsetMonths = Number(months);
  const afterMonths = offsetMonths === 0 ? date : addMonthsIso(date, offsetMonths);
  return addDaysIso(afterMonths, Number(days));
});

export function resolveDueDate(item: { due: Due }, anchors: PlanAnchors): DueResolution {
  const { due } = item;
  switch (due.kind) {
    case 'none':
      return { kind: 'none' };
    case 'fixed':
      return { kind: 'date', date: due.date };
    case 'relative': {
      const anchorDate = anchors[due.anchor];
      // A missing anchor is reported, never replaced by a guess: a wrong date is worse than none.
      if (!anchorDate) return { kind: 'missing-anchor', anchor: due.anchor };
      return { kind: 'date', date: offsetIsoDate(anchorDate, due.offsetMonths ?? 0, due.offsetDays) };
    }
  }
}

/** Calendar days from today to the date: 0 on the day, negative once it has passed. */
export function daysLeft(date: IsoDate, today: IsoDate): number {
  return daysBetween(today, date);
}

/** asap: the deadline had already passed when the checklist was made or its anchor was set (see late-from-start.ts). */
export type Urgency = 'done' | 'overdue' | 'asap' | 'due-soon' | 'ok' | 'undated';

export const DEFAULT_DUE_SOON_DAYS = 14;

export interface DeadlineAssessment {
  resolution: DueResolution;
  urgency: Urgency;
  /** Null when there is no date to count to. */
  daysLeft: number | null;
}

/**
 * Finished items (done or not needed) never look urgent, however old their deadline. Due today counts as
 * due soon, not overdue: the day is not over.
 */
export function assessDeadline(
  item: { due: Due; status: ItemStatus },
  anchors: PlanAnchors,
  today: IsoDate,
  dueSoonDays: number = DEFAULT_DUE_SOON_DAYS,
): DeadlineAssessment {
  const resolution = resolveDueDate(item, anchors);
  const left = resolution.kind === 'date' ? daysLeft(resolution.date, today) : null;
  return { resolution, daysLeft: left, urgency: urgencyOf(item.status, left, dueSoonDays) };
}

export function urgencyOf(status: ItemStatus, left: number | null, dueSoonDays: number = DEFAULT_DUE_SOON_DAYS): Urgency {
  if (!isOpenStatus(status)) return 'done';
  if (left === null) return 'undated';
  if (left < 0) return 'overdue';
  if (left <= dueSoonDays) return 'due-soon';
  return 'ok';
}

/** The i18n key for "set the entry date to see this deadline", one per anchor so both languages read well. */
export function missingAnchorMessageKey(anchor: AnchorKey): string {
  return `checklists.due.missingAnchor.${anchor}`;
}

const ANCHOR_SEQUENCE: readonly AnchorKey[] = ['offer-accepted', 'visa-appointment', 'entry', 'start'];

/**
 * Anchor dates that contradict the usual order (entry before the visa appointment, start before the offer
 * was accepted). Only a warning: real plans have odd cases, such as a visa-free entry for a visit first.
 */
export function anchorOrderWarnings(anchors: PlanAnchors): { key: string; earlier: AnchorKey; later: AnchorKey }[] {
  const warnings: { key: string; earlier: AnchorKey; later: AnchorKey }[] = [];
  const present = ANCHOR_SEQUENCE.filter((anchor) => anchors[anchor] !== undefined);
  for (let i = 0; i < present.length; i += 1) {
    for (let j = i + 1; j < present.length; j += 1) {
      const earlier = present[i]!;
      const later = present[j]!;
      if (anchors[later]! < anchors[earlier]!) {
        warnings.push({ key: 'checklists.anchors.outOfOrder', earlier, later });
      }
    }
  }
  // The last day abroad is checked against entry only: an offer can be accepted before or after leaving.
  if (anchors['last-abroad'] && anchors.entry && anchors.entry < anchors['last-abroad']) {
    warnings.push({ key: 'checklists.anchors.outOfOrder', earlier: 'last-abroad', later: 'entry' });
  }
  return warnings;
}

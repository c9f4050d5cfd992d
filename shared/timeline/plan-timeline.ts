import { effectiveAnchors } from '../checklists/plan-anchors';
import { resolveDueDate } from '../checklists/due-dates';
import { isOpenStatus, type ChecklistItem } from '../checklists/schema';
import type { LocalizedText } from '../checklists/localized-text';
import { compareIso, type IsoDate } from '../dates/iso-date';
import { goalMilestones } from '../language/milestones';
import type { PlanDocument } from '../plan/plan-schema';

/** Which screen an entry belongs to, so the timeline can take the person there. */
export type TimelineSection = 'overview' | 'offers' | 'checklists' | 'language';

/**
 * One dated thing in the plan. `what` names it: an i18n key with values, or (for checklist items) the
 * item's own bilingual title; `context` says where it comes from (the checklist, the offer, the goal).
 */
export interface TimelineEntry {
  id: string;
  date: IsoDate;
  section: TimelineSection;
  what: { key: string; values?: Record<string, string> } | { text: LocalizedText };
  context: { key: string; values?: Record<string, string> } | { text: LocalizedText } | null;
}

const OPEN_OFFER_STATUSES = new Set(['considering', 'negotiating']);

function checklistEntries(plan: PlanDocument): TimelineEntry[] {
  const anchors = effectiveAnchors(plan.checklists.anchors, plan.move);
  return plan.checklists.checklists
    .filter((checklist) => !checklist.archived)
    .flatMap((checklist) =>
      checklist.items
        .filter((item: ChecklistItem) => isOpenStatus(item.status))
        .flatMap((item): TimelineEntry[] => {
          const due = resolveDueDate(item, anchors);
          if (due.kind !== 'date') return [];
          return [{ id: `checklist:${item.id}`, date: due.date, section: 'checklists', what: { text: item.title }, context: { text: checklist.title } }];
        }),
    );
}

/**
 * Everything in the plan that has a date, in date order: the move and the start, offer decision
 * deadlines, open checklist deadlines (relative ones resolved against the plan's own dates) and language
 * exam milestones. Derived from the document, never stored.
 */
export function planTimeline(plan: PlanDocument): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  if (plan.move.targetMoveDate) {
    entries.push({ id: 'move', date: plan.move.targetMoveDate, section: 'overview', what: { key: 'timeline.move' }, context: null });
  }
  if (plan.move.targetStartDate) {
    entries.push({ id: 'start', date: plan.move.targetStartDate, section: 'overview', what: { key: 'timeline.start' }, context: null });
  }
  for (const offer of plan.offers) {
    if (offer.isArchived || !offer.decisionDeadline || !OPEN_OFFER_STATUSES.has(offer.status)) continue;
    entries.push({
      id: `offer:${offer.id}`,
      date: offer.decisionDeadline,
      section: 'offers',
      what: { key: 'timeline.offerDecision', values: { company: offer.company } },
      context: null,
    });
  }
  entries.push(...checklistEntries(plan));
  for (const goal of plan.language.goals) {
    for (const milestone of goalMilestones(goal)) {
      entries.push({
        id: `language:${milestone.id}`,
        date: milestone.date,
        section: 'language',
        what: { key: milestone.labelKey },
        context: { key: 'timeline.languageGoal', values: { level: goal.targetLevel, language: goal.language } },
      });
    }
  }
  return entries.sort((a, b) => compareIso(a.date, b.date) || a.id.localeCompare(b.id));
}

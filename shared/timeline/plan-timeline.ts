import { blockersInList, type Blocker } from '../checklists/dependencies';
import { resolveDueDate } from '../checklists/due-dates';
import { deadlineKnownSince, isLateFromStart } from '../checklists/late-from-start';
import { effectiveAnchors } from '../checklists/plan-anchors';
import { isOpenStatus } from '../checklists/checklist-values';
import type { AnchorKey, Checklist, ChecklistItem, Due, PlanAnchors } from '../checklists/schema';
import { validUntilFromIssue } from '../checklists/validity';
import type { LocalizedText } from '../checklists/localized-text';
import { compareIso, type IsoDate } from '../dates/iso-date';
import { goalLevel } from '../language/frameworks';
import { goalMilestones } from '../language/milestones';
import type { LanguageGoal } from '../language/schema';
import type { PlanDocument } from '../plan/plan-schema';
import { compareIds } from '../text/compare-ids';

/** Which screen an entry belongs to, so the timeline can take the person there. */
export type TimelineSection = 'overview' | 'offers' | 'checklists' | 'language';

/** What kind of date it is; the timeline filters and the calendar export pick by kind. */
export const TIMELINE_KINDS = ['move', 'offer', 'checklist', 'document', 'language'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export type TimelineLabel = { key: string; values?: Record<string, string> } | { text: LocalizedText };

/** Where the entry lives, precisely enough to open it: the checklist and item, the offer, the goal. */
export interface TimelineTarget {
  /** 'timeline' opens the timeline itself (a grouped reminder does). */
  section: TimelineSection | 'timeline';
  checklistId?: string;
  itemId?: string;
  offerId?: string;
  goalId?: string;
}

/**
 * One dated thing in the plan. `what` names it: an i18n key with values, or (for checklist items) the
 * item's own bilingual title; `context` says where it comes from (the checklist, the offer, the goal).
 */
export interface TimelineEntry {
  id: string;
  date: IsoDate;
  kind: TimelineKind;
  section: TimelineSection;
  target: TimelineTarget;
  what: TimelineLabel;
  context: TimelineLabel | null;
  /** Something a person must do by the date (a deadline), as opposed to an event (the exam, the move). */
  isDeadline: boolean;
  /** The anchor date a relative deadline hangs on: moving that date moves this entry. */
  anchor: AnchorKey | null;
  /** The item's deadline rule, to say "as soon as possible (entry + 30 days)". Null for other entries. */
  rule: Due | null;
  /** The due date had already passed when the checklist was made or its anchor was set. */
  isLateFromStart: boolean;
  /** Ids of the timeline entries (open items) that must be done first. */
  blockedBy: string[];
  /** The person's own notes, for the calendar's description. */
  notes: string;
  /** The first source with an address (the template's official page), for the calendar's description. */
  sourceUrl: string | null;
}

const OPEN_OFFER_STATUSES = new Set(['considering', 'negotiating']);

const itemEntryId = (item: Pick<ChecklistItem, 'id'>) => `checklist:${item.id}`;

function firstSourceUrl(checklist: Checklist): string | null {
  return checklist.sources.find((source) => source.url !== null)?.url ?? null;
}

function itemDeadlineEntry(
  checklist: Checklist,
  item: ChecklistItem,
  anchors: PlanAnchors,
  plan: PlanDocument,
  blockersOf: (item: ChecklistItem) => Blocker[],
): TimelineEntry | null {
  if (!isOpenStatus(item.status)) return null;
  const due = resolveDueDate(item, anchors);
  if (due.kind !== 'date') return null;
  return {
    id: itemEntryId(item),
    date: due.date,
    kind: 'checklist',
    section: 'checklists',
    target: { section: 'checklists', checklistId: checklist.id, itemId: item.id },
    what: { text: item.title },
    context: { text: checklist.title },
    isDeadline: true,
    anchor: item.due.kind === 'relative' ? item.due.anchor : null,
    rule: item.due,
    isLateFromStart: isLateFromStart(due.date, deadlineKnownSince(item, checklist, plan.checklists.anchorsChangedOn)),
    blockedBy: blockersOf(item).map(itemEntryId),
    notes: item.notes,
    sourceUrl: firstSourceUrl(checklist),
  };
}

/** The last day a document is valid, when the person has entered its expiry or issue date. */
export function documentValidUntil(item: Pick<ChecklistItem, 'validity'>): IsoDate | null {
  const { validity } = item;
  if (!validity) return null;
  if (validity.basis === 'expiry-date') return validity.expiresOn;
  return validity.issuedOn ? validUntilFromIssue(validity.issuedOn, validity.months) : null;
}

function documentExpiryEntry(checklist: Checklist, item: ChecklistItem): TimelineEntry | null {
  // A document already obtained (done) still expires; one marked not needed does not matter.
  if (item.status === 'not-needed') return null;
  const validUntil = documentValidUntil(item);
  if (!validUntil) return null;
  return {
    id: `document:${item.id}`,
    date: validUntil,
    kind: 'document',
    section: 'checklists',
    target: { section: 'checklists', checklistId: checklist.id, itemId: item.id },
    what: { key: 'timeline.documentExpires', values: {} },
    context: { text: item.title },
    isDeadline: false,
    anchor: null,
    rule: null,
    isLateFromStart: false,
    blockedBy: [],
    notes: item.notes,
    sourceUrl: firstSourceUrl(checklist),
  };
}

/**
 * A place for planTimeline to keep the checklists' entries between calls (issue 16): they are most of the
 * timeline (30 lists of 40 items in a large plan) and depend on the checklists and the move only. A caller
 * that never changes a document in place (the renderer's store) passes one: an edit elsewhere in the plan
 * reuses all of them, and an edit in one checklist (a tick) computes that checklist's entries only.
 */
export interface TimelineMemo {
  checklists?: { checklists: PlanDocument['checklists']; move: PlanDocument['move']; entries: TimelineEntry[] };
  /** Each checklist's entries, kept while the checklist and the dates its deadlines count from are the same. */
  perChecklist?: WeakMap<Checklist, KeptChecklistEntries>;
}

interface KeptChecklistEntries {
  dates: ChecklistDates;
  entries: TimelineEntry[];
}

/** What a checklist's entries read besides the checklist: its deadlines' anchor dates and the days they were set. */
interface ChecklistDates {
  stored: PlanDocument['checklists']['anchors'];
  targetStartDate: PlanDocument['move']['targetStartDate'];
  targetMoveDate: PlanDocument['move']['targetMoveDate'];
  anchorsChangedOn: PlanDocument['checklists']['anchorsChangedOn'];
}

const sameDates = (a: ChecklistDates, b: ChecklistDates) =>
  a.stored === b.stored && a.targetStartDate === b.targetStartDate && a.targetMoveDate === b.targetMoveDate && a.anchorsChangedOn === b.anchorsChangedOn;

function checklistEntries(plan: PlanDocument, memo: TimelineMemo | undefined): TimelineEntry[] {
  const kept = memo?.checklists;
  if (kept && kept.checklists === plan.checklists && kept.move === plan.move) return kept.entries;
  const entries = computeChecklistEntries(plan, memo);
  if (memo) memo.checklists = { checklists: plan.checklists, move: plan.move, entries };
  return entries;
}

function computeChecklistEntries(plan: PlanDocument, memo: TimelineMemo | undefined): TimelineEntry[] {
  const anchors = effectiveAnchors(plan.checklists.anchors, plan.move);
  const dates: ChecklistDates = {
    stored: plan.checklists.anchors,
    targetStartDate: plan.move.targetStartDate,
    targetMoveDate: plan.move.targetMoveDate,
    anchorsChangedOn: plan.checklists.anchorsChangedOn,
  };
  const perChecklist = memo ? (memo.perChecklist ??= new WeakMap()) : null;
  const entriesOf = (checklist: Checklist): TimelineEntry[] => {
    const kept = perChecklist?.get(checklist);
    if (kept && sameDates(kept.dates, dates)) return kept.entries;
    const blockersOf = blockersInList(checklist.items);
    const entries = checklist.items.flatMap((item) =>
      [itemDeadlineEntry(checklist, item, anchors, plan, blockersOf), documentExpiryEntry(checklist, item)].filter((entry) => entry !== null),
    );
    perChecklist?.set(checklist, { dates, entries });
    return entries;
  };
  return plan.checklists.checklists.filter((checklist) => !checklist.archived).flatMap(entriesOf);
}

const plainEntry = (
  fields: Pick<TimelineEntry, 'id' | 'date' | 'kind' | 'section' | 'target' | 'what' | 'context' | 'isDeadline'> & Partial<TimelineEntry>,
): TimelineEntry => ({ anchor: null, rule: null, isLateFromStart: false, blockedBy: [], notes: '', sourceUrl: null, ...fields });

function moveEntries(plan: PlanDocument): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const target: TimelineTarget = { section: 'overview' };
  if (plan.move.targetMoveDate) {
    entries.push(plainEntry({ id: 'move', date: plan.move.targetMoveDate, kind: 'move', section: 'overview', target, what: { key: 'timeline.move' }, context: null, isDeadline: false, anchor: 'move', notes: plan.move.notes }));
  }
  if (plan.move.targetStartDate) {
    entries.push(plainEntry({ id: 'start', date: plan.move.targetStartDate, kind: 'move', section: 'overview', target, what: { key: 'timeline.start' }, context: null, isDeadline: false, anchor: 'start' }));
  }
  return entries;
}

function offerEntries(plan: PlanDocument): TimelineEntry[] {
  return plan.offers
    .filter((offer) => !offer.isArchived && offer.decisionDeadline && OPEN_OFFER_STATUSES.has(offer.status))
    .map((offer) =>
      plainEntry({
        id: `offer:${offer.id}`,
        date: offer.decisionDeadline!,
        kind: 'offer',
        section: 'offers',
        target: { section: 'offers', offerId: offer.id },
        what: { key: 'timeline.offerDecision', values: { company: offer.company } },
        context: null,
        isDeadline: true,
        notes: offer.notes,
      }),
    );
}

function languageEntries(plan: PlanDocument): TimelineEntry[] {
  return plan.language.goals.flatMap((goal) =>
    goalMilestones(goal).map((milestone) =>
      plainEntry({
        id: `language:${milestone.id}`,
        date: milestone.date,
        kind: 'language',
        section: 'language',
        target: { section: 'language', goalId: goal.id },
        what: { key: milestone.labelKey },
        // The level as the goal names it ("HSK 4", "B2 (Vantage)"): its message key for a built-in level, the
        // person's own words for a custom one; the page reads both in the interface language (entry-text.ts).
        context: { key: 'timeline.languageGoal', values: { level: goal.targetLevel, language: goal.language, ...levelKeyOf(goal) } },
        // Registering and changing the date are things to do by a day; the exam and results just happen.
        isDeadline: milestone.kind === 'registration-deadline' || milestone.kind === 'date-change-cutoff',
      }),
    ),
  );
}

function levelKeyOf(goal: Pick<LanguageGoal, 'framework' | 'targetLevel'>): { levelKey?: string } {
  const level = goalLevel(goal);
  return level ? { levelKey: level.labelKey } : {};
}

/** Date order; on the same day by kind (the move before the deadlines it causes), then by id, so the order never flickers. */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return compareIso(a.date, b.date) || TIMELINE_KINDS.indexOf(a.kind) - TIMELINE_KINDS.indexOf(b.kind) || compareIds(a.id, b.id);
}

/**
 * Everything in the plan that has a date, in date order: the move and the start, offer decision
 * deadlines, open checklist deadlines (relative ones resolved against the plan's own dates), document
 * expiries and language exam milestones. Derived from the document, never stored.
 */
export function planTimeline(plan: PlanDocument, memo?: TimelineMemo): TimelineEntry[] {
  return [...moveEntries(plan), ...offerEntries(plan), ...checklistEntries(plan, memo), ...languageEntries(plan)].sort(compareEntries);
}

import type { LocalizedText } from '../../../shared/checklists/localized-text';
import type { PlanDocument } from '../../../shared/contract/operations';
import type { LanguageGoal } from '../../../shared/language/schema';

type GoalRef = Pick<LanguageGoal, 'framework' | 'targetLevel'>;

/** What one step of the history did, in terms a person recognises ("deleted offer Shanghai Tech"). */
export type ChangeDescription =
  | { kind: 'offerAdded' | 'offerDeleted' | 'offerEdited' | 'taxEdited'; name: string }
  | { kind: 'checklistAdded' | 'checklistDeleted' | 'checklistEdited'; title: LocalizedText }
  | { kind: 'itemAdded' | 'itemDeleted'; title: LocalizedText }
  | { kind: 'attachmentDeleted'; fileName: string }
  | { kind: 'goalAdded' | 'goalEdited'; goal: GoalRef }
  | { kind: 'goalDeleted'; goal: GoalRef; logCount: number }
  | { kind: 'logEntryAdded' | 'logEntryDeleted' | 'logEntryEdited'; date: string }
  | { kind: 'comparisonEdited' | 'profileEdited' | 'moveEdited' | 'anchorsEdited' | 'planReplaced' | 'planEdited' };

interface WithId {
  id: string;
}

function firstMissing<T extends WithId>(from: readonly T[], inside: readonly T[]): T | undefined {
  const ids = new Set(inside.map((item) => item.id));
  return from.find((item) => !ids.has(item.id));
}

function firstChanged<T extends WithId>(before: readonly T[], after: readonly T[]): T | undefined {
  const old = new Map(before.map((item) => [item.id, item]));
  return after.find((item) => old.get(item.id) !== item);
}

function describeOffers(before: PlanDocument, after: PlanDocument): ChangeDescription {
  const deleted = firstMissing(before.offers, after.offers);
  if (deleted) return { kind: 'offerDeleted', name: deleted.company };
  const added = firstMissing(after.offers, before.offers);
  if (added) return { kind: 'offerAdded', name: added.company };
  const edited = firstChanged(before.offers, after.offers);
  return { kind: 'offerEdited', name: edited?.company ?? '' };
}

function describeTax(before: PlanDocument, after: PlanDocument): ChangeDescription {
  const offerId = Object.keys({ ...before.taxByOffer, ...after.taxByOffer }).find((id) => before.taxByOffer[id] !== after.taxByOffer[id]);
  return { kind: 'taxEdited', name: after.offers.find((offer) => offer.id === offerId)?.company ?? '' };
}

function describeChecklists(before: PlanDocument, after: PlanDocument): ChangeDescription {
  const [old, next] = [before.checklists, after.checklists];
  if (old.anchors !== next.anchors && old.checklists === next.checklists) return { kind: 'anchorsEdited' };
  const deleted = firstMissing(old.checklists, next.checklists);
  if (deleted) return { kind: 'checklistDeleted', title: deleted.title };
  const added = firstMissing(next.checklists, old.checklists);
  if (added) return { kind: 'checklistAdded', title: added.title };
  const changed = firstChanged(old.checklists, next.checklists);
  const previous = old.checklists.find((checklist) => checklist.id === changed?.id);
  if (changed && previous) {
    const item = firstMissing(previous.items, changed.items);
    if (item) return { kind: 'itemDeleted', title: item.title };
    const newItem = firstMissing(changed.items, previous.items);
    if (newItem) return { kind: 'itemAdded', title: newItem.title };
    const edited = firstChanged(previous.items, changed.items);
    const before = previous.items.find((item) => item.id === edited?.id);
    const attachment = before && edited ? firstMissing(before.attachments, edited.attachments) : undefined;
    if (attachment) return { kind: 'attachmentDeleted', fileName: attachment.fileName };
  }
  return { kind: 'checklistEdited', title: changed?.title ?? '' };
}

function describeLanguage(before: PlanDocument, after: PlanDocument): ChangeDescription {
  const [old, next] = [before.language, after.language];
  const deletedGoal = firstMissing(old.goals, next.goals);
  if (deletedGoal) {
    const logCount = old.studyLog.filter((entry) => entry.goalId === deletedGoal.id).length;
    return { kind: 'goalDeleted', goal: deletedGoal, logCount };
  }
  const addedGoal = firstMissing(next.goals, old.goals);
  if (addedGoal) return { kind: 'goalAdded', goal: addedGoal };
  if (old.goals !== next.goals) {
    const edited = firstChanged(old.goals, next.goals);
    if (edited) return { kind: 'goalEdited', goal: edited };
  }
  const deletedEntry = firstMissing(old.studyLog, next.studyLog);
  if (deletedEntry) return { kind: 'logEntryDeleted', date: deletedEntry.date };
  const addedEntry = firstMissing(next.studyLog, old.studyLog);
  if (addedEntry) return { kind: 'logEntryAdded', date: addedEntry.date };
  return { kind: 'logEntryEdited', date: firstChanged(old.studyLog, next.studyLog)?.date ?? '' };
}

/** Describes going from `before` to `after`; a change to several parts at once (a restore) is one "replaced". */
export function describeChange(before: PlanDocument, after: PlanDocument): ChangeDescription {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])] as (keyof PlanDocument)[];
  const changed = keys.filter((key) => before[key] !== after[key]);
  // Deleting an offer also drops its tax settings and scores: that is still "deleted offer".
  if (changed.includes('offers')) {
    const others = changed.filter((key) => key !== 'offers' && key !== 'taxByOffer' && key !== 'comparison');
    return others.length === 0 ? describeOffers(before, after) : { kind: 'planReplaced' };
  }
  if (changed.length !== 1) return changed.length === 0 ? { kind: 'planEdited' } : { kind: 'planReplaced' };
  switch (changed[0]) {
    case 'taxByOffer':
      return describeTax(before, after);
    case 'comparison':
      return { kind: 'comparisonEdited' };
    case 'checklists':
      return describeChecklists(before, after);
    case 'language':
      return describeLanguage(before, after);
    case 'profile':
      return { kind: 'profileEdited' };
    case 'move':
      return { kind: 'moveEdited' };
    default:
      return { kind: 'planEdited' };
  }
}

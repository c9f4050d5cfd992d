import type { IsoDate } from '../dates/iso-date';
import type { DeadlineAssessment } from './due-dates';
import { assessItemDeadline } from './late-from-start';
import { openBlockers, type Blocker } from './dependencies';
import { isOpenStatus } from './checklist-values';
import type { AnchorsChangedOn, Checklist, ChecklistItem, PlanAnchors } from './schema';
import { checkItemValidity, type ValidityCheck } from './validity';

export type PrintScope = 'all' | 'open';

/** "Open items only" means not done and not marked not needed. */
export function selectItemsForPrint(items: readonly ChecklistItem[], scope: PrintScope): ChecklistItem[] {
  return scope === 'all' ? [...items] : items.filter((item) => isOpenStatus(item.status));
}

export interface PrintableRow {
  item: ChecklistItem;
  isTicked: boolean;
  deadline: DeadlineAssessment;
  validity: ValidityCheck;
  blockers: Blocker[];
}

/**
 * Everything a printout needs, computed once from the document: the rows in checklist order with their
 * deadlines, validity checks and blockers, plus the template's provenance (sources, reviewed-on date,
 * notices) that must appear on paper too.
 */
export function buildPrintableChecklist(checklist: Checklist, anchors: PlanAnchors, today: IsoDate, scope: PrintScope, anchorsChangedOn?: AnchorsChangedOn) {
  const rows: PrintableRow[] = selectItemsForPrint(checklist.items, scope).map((item) => ({
    item,
    isTicked: item.status === 'done',
    deadline: assessItemDeadline(item, checklist, anchors, anchorsChangedOn, today),
    validity: checkItemValidity(item, checklist.items, anchors),
    blockers: openBlockers(item, checklist.items),
  }));
  return {
    title: checklist.title,
    printedOn: today,
    scope,
    templateVersion: checklist.templateVersion,
    reviewedOn: checklist.reviewedOn,
    sources: checklist.sources,
    notices: checklist.notices,
    rows,
  };
}

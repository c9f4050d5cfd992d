import type { IsoDate } from '../dates/iso-date';
import type { LocalizedText } from './localized-text';
import type { Checklist, ChecklistItem, Due, ItemCategory, NeededBy, Validity } from './schema';
import type { ChecklistTemplate, TemplateDue, TemplateValidity } from './template-schema';

/** Supplies fresh unique ids (the caller decides how: crypto.randomUUID in the app, a counter in tests). */
export type IdFactory = () => string;

function dueFromTemplate(due: TemplateDue): Due {
  if (due.kind === 'none') return { kind: 'none' };
  const { anchor, offsetDays, offsetMonths } = due;
  return offsetMonths === undefined ? { kind: 'relative', anchor, offsetDays } : { kind: 'relative', anchor, offsetDays, offsetMonths };
}

function validityFromTemplate(validity: TemplateValidity, idOfKey: ReadonlyMap<string, string>): Validity {
  const neededBy: NeededBy =
    validity.neededBy.kind === 'item'
      ? { kind: 'item', itemId: idOfKey.get(validity.neededBy.itemKey)! }
      : validity.neededBy.offsetDays === undefined
        ? { kind: 'anchor', anchor: validity.neededBy.anchor }
        : { kind: 'anchor', anchor: validity.neededBy.anchor, offsetDays: validity.neededBy.offsetDays };
  // The person's own dates (issue, expiry) are unknown when the list is made.
  return validity.basis === 'issue-date'
    ? { basis: 'issue-date', months: validity.months, issuedOn: null, neededBy }
    : { basis: 'expiry-date', validMonthsPast: validity.validMonthsPast, expiresOn: null, neededBy };
}

/**
 * A new checklist from a template: every item gets a fresh id and the template's keys in blockedBy and
 * "needed by" are mapped to those ids. The template's version, review date and sources are copied, so the
 * list and its printout keep naming the rules it was built from after the app ships newer templates.
 * Assumes a template that passed ChecklistTemplateSchema (the built-in ones are tested to).
 */
export function createChecklistFromTemplate(
  template: ChecklistTemplate,
  idFactory: IdFactory,
  today: IsoDate,
  order = 0,
): Checklist {
  const checklistId = idFactory();
  const idOfKey = new Map<string, string>();
  for (const item of template.items) idOfKey.set(item.key, idFactory());
  const items: ChecklistItem[] = template.items.map((item) => ({
    id: idOfKey.get(item.key)!,
    templateItemKey: item.key,
    title: { ...item.title },
    details: { ...item.details },
    category: item.category,
    status: 'todo',
    notes: '',
    due: dueFromTemplate(item.due),
    validity: item.validity ? validityFromTemplate(item.validity, idOfKey) : null,
    blockedBy: item.blockedBy.map((key) => idOfKey.get(key)!),
    attachments: [],
    isCustom: false,
    needsVerification: item.needsVerification,
  }));
  return {
    id: checklistId,
    title: { ...template.title },
    templateId: template.id,
    templateVersion: template.version,
    reviewedOn: template.reviewedOn,
    sources: template.sources.map((source) => ({ ...source })),
    notices: template.notices.map((notice) => ({ text: { ...notice.text }, needsVerification: notice.needsVerification })),
    order,
    archived: false,
    createdOn: today,
    items,
  };
}

export function createBlankChecklist(title: string, idFactory: IdFactory, today: IsoDate, order = 0): Checklist {
  return {
    id: idFactory(),
    title,
    templateId: null,
    templateVersion: null,
    reviewedOn: null,
    sources: [],
    notices: [],
    order,
    archived: false,
    createdOn: today,
    items: [],
  };
}

export function createCustomItem(
  fields: { title: LocalizedText; details?: LocalizedText; category?: ItemCategory; due?: Due },
  idFactory: IdFactory,
): ChecklistItem {
  return {
    id: idFactory(),
    templateItemKey: null,
    title: fields.title,
    details: fields.details ?? '',
    category: fields.category ?? 'other',
    status: 'todo',
    notes: '',
    due: fields.due ?? { kind: 'none' },
    validity: null,
    blockedBy: [],
    attachments: [],
    isCustom: true,
    needsVerification: false,
  };
}

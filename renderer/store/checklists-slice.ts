import type { StateCreator } from 'zustand';
import { createBlankChecklist, createChecklistFromTemplate, createCustomItem } from '../../shared/checklists/create-checklist';
import { removeItem, validateBlockedByChange, type ItemResult } from '../../shared/checklists/dependencies';
import { withAnchorsChanged } from '../../shared/checklists/late-from-start';
import { isMoveAnchor, moveFieldOf, withStoredAnchor } from '../../shared/checklists/plan-anchors';
import { insertItemAt, moveByOffset, moveChecklist, nextChecklistOrder, sortChecklists } from '../../shared/checklists/reorder';
import type { AnchorKey, Attachment, Checklist, ChecklistItem } from '../../shared/checklists/schema';
import { todayIso, type IsoDate } from '../../shared/dates/iso-date';
import type { PlanDocument } from '../../shared/contract/operations';
import { templateTools } from './edit-tools';
import type { PlannerState } from './planner-state';

/** Fields of an item the person edits directly; ids, attachments and blockers have their own actions. */
export type ItemPatch = Partial<Pick<ChecklistItem, 'title' | 'details' | 'category' | 'status' | 'notes' | 'due' | 'validity'>>;

/** Actions of the checklists feature. They change the plan only through editDocument, so autosave sees every edit. */
export interface ChecklistsSlice {
  /** Which checklist is open; screen state only, never saved. */
  selectedChecklistId: string | null;
  selectChecklist(id: string | null): void;
  addChecklistFromTemplate(templateId: string): void;
  addBlankChecklist(title: string): void;
  renameChecklist(checklistId: string, title: string): void;
  moveChecklistBy(checklistId: string, offset: number): void;
  setChecklistArchived(checklistId: string, isArchived: boolean): void;
  updateChecklistItem(checklistId: string, itemId: string, patch: ItemPatch): void;
  /** Inserts a custom item at `index` and returns its id. */
  addCustomItem(checklistId: string, index: number, title: string): string;
  moveChecklistItem(checklistId: string, itemId: string, offset: number): void;
  /** Removes the item and every reference to it; returns its attachments so their copies can be deleted. */
  deleteChecklistItem(checklistId: string, itemId: string): Attachment[];
  /** Refuses self-blocking and cycles, returning the reason; nothing is saved then. */
  changeBlockedBy(checklistId: string, itemId: string, blockedBy: readonly string[]): ItemResult<string[]>;
  addAttachments(checklistId: string, itemId: string, attachments: readonly Attachment[]): void;
  removeAttachment(checklistId: string, itemId: string, attachmentId: string): void;
  /** Start and move are written to `move` (the one place they live); the others to the checklists section. */
  setPlanAnchor(anchor: AnchorKey, date: IsoDate | null): void;
}

const newId = (): string => crypto.randomUUID();

function mapChecklist(document: PlanDocument, checklistId: string, edit: (checklist: Checklist) => Checklist): PlanDocument {
  return {
    ...document,
    checklists: {
      ...document.checklists,
      checklists: document.checklists.checklists.map((checklist) => (checklist.id === checklistId ? edit(checklist) : checklist)),
    },
  };
}

function mapItem(checklist: Checklist, itemId: string, edit: (item: ChecklistItem) => ChecklistItem): Checklist {
  return { ...checklist, items: checklist.items.map((item) => (item.id === itemId ? edit(item) : item)) };
}

export const createChecklistsSlice: StateCreator<PlannerState, [], [], ChecklistsSlice> = (set, get) => {
  const editChecklist = (checklistId: string, edit: (checklist: Checklist) => Checklist) =>
    get().editDocument((document) => mapChecklist(document, checklistId, edit));
  const findChecklist = (checklistId: string) => get().document?.checklists.checklists.find((checklist) => checklist.id === checklistId);
  const addChecklist = (create: (order: number) => Checklist) => {
    const current = get().document;
    if (!current) return;
    const checklist = create(nextChecklistOrder(current.checklists.checklists));
    get().editDocument((document) => ({
      ...document,
      checklists: { ...document.checklists, checklists: [...document.checklists.checklists, checklist] },
    }));
    set({ selectedChecklistId: checklist.id });
  };

  return {
    selectedChecklistId: null,
    selectChecklist: (id) => set({ selectedChecklistId: id }),
    addChecklistFromTemplate: (templateId) => {
      const template = templateTools().findTemplate(templateId);
      if (template) addChecklist((order) => createChecklistFromTemplate(template, newId, todayIso(), order));
    },
    addBlankChecklist: (title) => addChecklist((order) => createBlankChecklist(title, newId, todayIso(), order)),
    renameChecklist: (checklistId, title) => editChecklist(checklistId, (checklist) => ({ ...checklist, title })),
    moveChecklistBy: (checklistId, offset) =>
      get().editDocument((document) => {
        const sorted = sortChecklists(document.checklists.checklists);
        const from = sorted.findIndex((checklist) => checklist.id === checklistId);
        if (from === -1) return document;
        return { ...document, checklists: { ...document.checklists, checklists: moveChecklist(sorted, checklistId, from + offset) } };
      }),
    setChecklistArchived: (checklistId, isArchived) => editChecklist(checklistId, (checklist) => ({ ...checklist, archived: isArchived })),
    updateChecklistItem: (checklistId, itemId, patch) =>
      editChecklist(checklistId, (checklist) => mapItem(checklist, itemId, (item) => ({ ...item, ...patch }))),
    addCustomItem: (checklistId, index, title) => {
      const item = createCustomItem({ title }, newId);
      editChecklist(checklistId, (checklist) => ({ ...checklist, items: insertItemAt(checklist.items, item, index) }));
      return item.id;
    },
    moveChecklistItem: (checklistId, itemId, offset) =>
      editChecklist(checklistId, (checklist) => ({ ...checklist, items: moveByOffset(checklist.items, itemId, offset) })),
    deleteChecklistItem: (checklistId, itemId) => {
      const checklist = findChecklist(checklistId);
      if (!checklist) return [];
      const { items, removedAttachments } = removeItem(checklist.items, itemId);
      editChecklist(checklistId, (current) => ({ ...current, items }));
      return removedAttachments;
    },
    changeBlockedBy: (checklistId, itemId, blockedBy) => {
      const checklist = findChecklist(checklistId);
      if (!checklist) return { ok: false, error: { key: 'checklists.validation.unknownItem', params: { id: itemId } } };
      const checked = validateBlockedByChange(checklist.items, itemId, blockedBy);
      if (checked.ok) editChecklist(checklistId, (current) => mapItem(current, itemId, (item) => ({ ...item, blockedBy: checked.value })));
      return checked;
    },
    addAttachments: (checklistId, itemId, attachments) =>
      editChecklist(checklistId, (checklist) =>
        mapItem(checklist, itemId, (item) => ({ ...item, attachments: [...item.attachments, ...attachments] })),
      ),
    removeAttachment: (checklistId, itemId, attachmentId) =>
      editChecklist(checklistId, (checklist) =>
        mapItem(checklist, itemId, (item) => ({ ...item, attachments: item.attachments.filter((attachment) => attachment.id !== attachmentId) })),
      ),
    setPlanAnchor: (anchor, date) => {
      if (isMoveAnchor(anchor)) {
        get().updateMove({ [moveFieldOf(anchor)]: date });
        return;
      }
      get().editDocument((document) => {
        const anchors = withStoredAnchor(document.checklists.anchors, anchor, date);
        const anchorsChangedOn = withAnchorsChanged(document.checklists.anchorsChangedOn, document.checklists.anchors, anchors, todayIso());
        return { ...document, checklists: { ...document.checklists, anchors, ...(anchorsChangedOn ? { anchorsChangedOn } : {}) } };
      });
    },
  };
};

import { beforeEach, describe, expect, it } from 'vitest';
import { effectiveAnchors } from '../../../../shared/checklists/plan-anchors';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';
import { planDocumentSchema } from '../../../../shared/plan/plan-schema';
import { usePlanner } from '../../../../renderer/store/index';

const state = () => usePlanner.getState();
const checklists = () => state().document!.checklists.checklists;
const onlyChecklist = () => checklists()[0]!;
const itemByKey = (key: string) => onlyChecklist().items.find((item) => item.templateItemKey === key)!;

describe('checklists slice', () => {
  beforeEach(() => {
    usePlanner.setState({ document: null, revision: 0, selectedChecklistId: null });
    state().planLoaded(createEmptyPlan(), { mode: 'normal', dataDir: '/tmp/x', planFile: '/tmp/x/plan.json' });
  });

  it('creates a checklist from a template, selects it, and keeps the document valid', () => {
    state().addChecklistFromTemplate('china-work-z-visa');
    expect(checklists()).toHaveLength(1);
    expect(state().selectedChecklistId).toBe(onlyChecklist().id);
    expect(onlyChecklist().reviewedOn).toBe('2026-12-01');
    expect(planDocumentSchema.safeParse(state().document).success).toBe(true);
    expect(state().revision).toBeGreaterThan(0);
  });

  it('ignores an unknown template', () => {
    state().addChecklistFromTemplate('no-such-template');
    expect(checklists()).toHaveLength(0);
  });

  it('writes start and move to the move section and the other anchors to the checklists section', () => {
    state().setPlanAnchor('start', '2027-03-22');
    state().setPlanAnchor('move', '2027-03-01');
    state().setPlanAnchor('entry', '2027-03-10');
    const document = state().document!;
    expect(document.move.targetStartDate).toBe('2027-03-22');
    expect(document.move.targetMoveDate).toBe('2027-03-01');
    expect(document.checklists.anchors).toEqual({ entry: '2027-03-10' });
    expect(effectiveAnchors(document.checklists.anchors, document.move)).toEqual({ entry: '2027-03-10', start: '2027-03-22', move: '2027-03-01' });
    state().setPlanAnchor('entry', null);
    state().setPlanAnchor('start', null);
    expect(state().document!.checklists.anchors).toEqual({});
    expect(state().document!.move.targetStartDate).toBeNull();
  });

  it('refuses a dependency cycle and saves nothing', () => {
    state().addChecklistFromTemplate('china-work-z-visa');
    const before = state().revision;
    const notification = itemByKey('work-permit-notification');
    const result = state().changeBlockedBy(onlyChecklist().id, notification.id, [...notification.blockedBy, itemByKey('z-visa').id]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.key).toBe('checklists.validation.cycle');
    expect(state().revision).toBe(before);
    expect(itemByKey('work-permit-notification').blockedBy).toEqual(notification.blockedBy);
  });

  it('adds custom items anywhere, reorders them and deletes them with their attachments handed back', () => {
    state().addBlankChecklist('Before the flight');
    const id = onlyChecklist().id;
    const first = state().addCustomItem(id, 0, 'Book the flight');
    const last = state().addCustomItem(id, 1, 'Pack');
    const middle = state().addCustomItem(id, 1, 'Cancel the gym');
    expect(onlyChecklist().items.map((item) => item.id)).toEqual([first, middle, last]);
    state().moveChecklistItem(id, last, -2);
    expect(onlyChecklist().items.map((item) => item.id)).toEqual([last, first, middle]);
    const attachment = { id: 'att-1', fileName: 'ticket.pdf', storedName: 'att-1.pdf', sizeBytes: 3, addedOn: '2027-02-15' };
    state().addAttachments(id, first, [attachment]);
    state().changeBlockedBy(id, middle, [first]);
    expect(state().deleteChecklistItem(id, first)).toEqual([attachment]);
    expect(onlyChecklist().items.map((item) => item.id)).toEqual([last, middle]);
    expect(onlyChecklist().items[1]!.blockedBy).toEqual([]);
  });

  it('renames, reorders and archives checklists', () => {
    state().addBlankChecklist('One');
    state().addChecklistFromTemplate('china-k-visa');
    const [one, kVisa] = checklists();
    state().moveChecklistBy(kVisa!.id, -1);
    const order = (checklistId: string) => checklists().find((checklist) => checklist.id === checklistId)!.order;
    expect(order(kVisa!.id)).toBe(0);
    expect(order(one!.id)).toBe(1);
    state().renameChecklist(one!.id, 'Leaving');
    state().setChecklistArchived(one!.id, true);
    const renamed = checklists().find((checklist) => checklist.id === one!.id)!;
    expect(renamed.title).toBe('Leaving');
    expect(renamed.archived).toBe(true);
  });
});

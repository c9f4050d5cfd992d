import { beforeEach, describe, expect, it } from 'vitest';
import { newGoalDraft, validateGoalDraft } from '../../../../../renderer/features/language/goal-draft';
import { noteFocusMoved } from '../../../../../renderer/store/history/focus-scope';
import { usePlanner } from '../../../../../renderer/store/index';
import { createEmptyPlan } from '../../../../../shared/plan/plan-schema';

const state = () => usePlanner.getState();
const history = () => usePlanner.temporal.getState();
const offers = () => state().document!.offers.map((offer) => offer.company);

beforeEach(() => {
  usePlanner.setState({ document: null, revision: 0, savedRevision: 0, historyNotice: null, storage: null });
  state().planLoaded(createEmptyPlan(), { mode: 'normal', dataDir: '/tmp/x', planFile: '/tmp/x/plan.json' });
  history().clear();
});

describe('undo and redo of the plan', () => {
  it('records document states only: loading, screen changes and drafts are no steps', () => {
    state().showSection('offers');
    state().selectChecklist('x');
    state().setLanguageGoalDraft(newGoalDraft('g', '2027-01-11', 'Chinese'));
    state().markFieldInvalid('a', true);
    expect(history().pastStates).toHaveLength(0);
    expect(state().undo()).toBe(false);
  });

  it('takes back a delete of an offer with its tax settings and scores, and redoes it', () => {
    const id = state().addOffer({ company: 'Shanghai Tech', currency: 'CNY' })!;
    state().editDocument((d) => ({ ...d, comparison: { ...d.comparison, scores: { [id]: {} } } }));
    const withOffer = state().document;
    state().deleteOffer(id);
    expect(offers()).toEqual([]);
    expect(state().historyNotice).toMatchObject({ kind: 'done', change: { kind: 'offerDeleted', name: 'Shanghai Tech' } });

    const revision = state().revision;
    expect(state().undo()).toBe(true);
    expect(state().document).toBe(withOffer);
    // An undo is an edit like any other: autosave sees a new revision and writes it.
    expect(state().revision).toBe(revision + 1);
    expect(state().saveState).toBe('saving');
    expect(state().historyNotice).toMatchObject({ kind: 'undone', change: { kind: 'offerDeleted', name: 'Shanghai Tech' } });

    expect(state().redo()).toBe(true);
    expect(offers()).toEqual([]);
    expect(state().historyNotice).toMatchObject({ kind: 'redone', change: { kind: 'offerDeleted', name: 'Shanghai Tech' } });
    expect(state().redo()).toBe(false);
  });

  it('coalesces typing in one field into one step, and starts a new step when the focus moves', () => {
    const id = state().addOffer({ company: 'S', currency: 'CNY' })!;
    for (const company of ['Sh', 'Sha', 'Shanghai']) state().updateOffer(id, (offer) => ({ ...offer, company }));
    state().updateProfile({ displayName: 'Li' });
    state().updateProfile({ displayName: 'Li Wei' });
    noteFocusMoved();
    state().updateProfile({ displayName: 'Li Wei Jr' });
    // Steps: add offer; type the company; type the name; type the name again after leaving the field.
    expect(history().pastStates).toHaveLength(4);
    state().undo();
    expect(state().document!.profile.displayName).toBe('Li Wei');
    state().undo();
    expect(state().document!.profile.displayName).toBe('');
    state().undo();
    expect(offers()).toEqual(['S']);
    state().undo();
    expect(offers()).toEqual([]);
  });

  it('keeps typing one step when a commit changes nothing (a pause at a space the field trims away)', () => {
    state().updateProfile({ displayName: 'Lin' });
    // "Lin " is committed as "Lin": the same value, in a new copy of the profile.
    state().updateProfile({ displayName: 'Lin' });
    state().updateProfile({ displayName: 'Lin Wei' });
    expect(history().pastStates).toHaveLength(1);
    state().undo();
    expect(state().document!.profile.displayName).toBe('');
  });

  it('does not coalesce clicks on the same switch, nor typing after an undo', () => {
    const id = state().addOffer({ company: 'A', currency: 'CNY' })!;
    state().setOfferArchived(id, true);
    state().setOfferArchived(id, false);
    expect(history().pastStates).toHaveLength(3);
    state().updateOffer(id, (offer) => ({ ...offer, company: 'AB' }));
    state().undo();
    state().updateOffer(id, (offer) => ({ ...offer, company: 'AC' }));
    state().updateOffer(id, (offer) => ({ ...offer, company: 'ACD' }));
    state().undo();
    expect(offers()).toEqual(['A']);
    // A new edit after an undo clears what could be redone.
    expect(state().redo()).toBe(true);
    expect(state().redo()).toBe(false);
  });

  it('says how many study log entries went with a deleted goal, and brings them back', () => {
    const goal = validateGoalDraft({ ...newGoalDraft('goal-1', '2027-01-11', 'Chinese'), targetLevel: '4', targetDate: '2027-06-20' }, '2027-01-11', null);
    if (!goal.ok) throw new Error(JSON.stringify(goal.errors));
    state().saveLanguageGoal(goal.value);
    for (const [id, date] of [['e1', '2027-01-11'], ['e2', '2027-01-12']] as const) {
      state().saveStudyLogEntry({ id, goalId: 'goal-1', date, minutes: 30, newWords: 5, note: '' });
    }
    const before = state().document;
    state().removeLanguageGoal('goal-1');
    expect(state().document!.language.studyLog).toEqual([]);
    expect(state().historyNotice?.change).toMatchObject({ kind: 'goalDeleted', logCount: 2 });
    state().undo();
    expect(state().document).toBe(before);
    state().removeStudyLogEntry('e2');
    expect(state().historyNotice?.change).toEqual({ kind: 'logEntryDeleted', date: '2027-01-12' });
  });

  it('clears the delete notice at the next edit, so its Undo never takes back something else', () => {
    const id = state().addOffer({ company: 'A', currency: 'CNY' })!;
    state().addOffer({ company: 'B', currency: 'CNY' });
    state().deleteOffer(id);
    expect(state().historyNotice?.kind).toBe('done');
    state().updateProfile({ displayName: 'x' });
    expect(state().historyNotice).toBeNull();
  });

  it('undoes a checklist item delete, keeping its attachments in the plan', () => {
    state().addBlankChecklist('Papers');
    const checklistId = state().selectedChecklistId!;
    const itemId = state().addCustomItem(checklistId, 0, 'Passport');
    const withItem = state().document;
    state().deleteChecklistItem(checklistId, itemId);
    expect(state().historyNotice?.change).toEqual({ kind: 'itemDeleted', title: 'Passport' });
    state().undo();
    expect(state().document).toBe(withItem);
  });
});

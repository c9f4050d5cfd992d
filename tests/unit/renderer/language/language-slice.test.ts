import { describe, expect, it } from 'vitest';
import { newGoalDraft } from '../../../../renderer/features/language/goal-draft';
import { usePlanner } from '../../../../renderer/store/index';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';

describe('language slice: the new-goal draft', () => {
  it('is kept outside the document until saved or cancelled', () => {
    const state = () => usePlanner.getState();
    usePlanner.setState({ document: null, revision: 0, languageGoalDraft: null });
    state().planLoaded(createEmptyPlan(), { mode: 'normal', dataDir: '/tmp/x', planFile: '/tmp/x/plan.json' });
    const draft = { ...newGoalDraft('goal-1', '2027-01-11', 'Chinese'), why: 'half typed', targetDate: '2027-06-2' };
    state().setLanguageGoalDraft(draft);
    expect(state().languageGoalDraft).toEqual(draft);
    expect(state().document!.language.goals).toEqual([]);
    expect(state().revision).toBe(0);
    state().setLanguageGoalDraft(null);
    expect(state().languageGoalDraft).toBeNull();
  });
});

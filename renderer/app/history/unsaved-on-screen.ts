import type { PlannerState } from '../../store';

/**
 * What is on screen and not in the plan: fields whose text is not valid (so not saved) and drafts not yet
 * added. Named by the field's own label where the page shows one, so the question on closing can say which.
 */
export function unsavedOnScreen(state: Pick<PlannerState, 'invalidFields' | 'languageGoalDraft'>, labels: { draftGoal: string }): string[] {
  const names = state.invalidFields.map((fieldKey) => {
    const name = fieldKey.slice(0, fieldKey.lastIndexOf('#'));
    const element = typeof document === 'undefined' ? null : document.querySelector(`[name="${CSS.escape(name)}"]`);
    const isLabelled = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;
    const label = isLabelled ? element.labels?.[0]?.textContent?.trim() : undefined;
    return label || name;
  });
  if (state.languageGoalDraft) names.push(labels.draftGoal);
  return [...new Set(names)];
}

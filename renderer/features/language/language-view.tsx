import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { todayIso } from '../../../shared/dates/iso-date';
import { usePlanner } from '../../store';
import { GoalDetail } from './goal-detail';
import { goalToDraft, newGoalDraft } from './goal-draft';
import { GoalForm } from './goal-form';
import { goalLanguageName, levelLabel } from './goal-label';
import { newId } from './new-id';
import './language.css';
import { useDates } from '../../i18n/use-dates';

type Editing = { kind: 'none' } | { kind: 'edit'; id: string };

export default function LanguageView() {
  const { t } = useTranslation();
  const dates = useDates();
  const { goals, studyLog, newGoalDraftInStore, setLanguageGoalDraft } = usePlanner(
    useShallow((s) => ({
      goals: s.document!.language.goals,
      studyLog: s.document!.language.studyLog,
      newGoalDraftInStore: s.languageGoalDraft,
      setLanguageGoalDraft: s.setLanguageGoalDraft,
    })),
  );
  // "Today" is the renderer's clock, read once per render of the view and handed to every shared function.
  const today = todayIso();
  // Opened from the overview, the timeline or a reminder for one goal: start on that goal.
  const focusedGoalId = usePlanner((s) => s.focus?.goalId ?? null);
  const [selectedId, setSelectedId] = useState<string | null>(focusedGoalId);
  // Opened again for another goal while this screen is up (a search result): switch to it.
  const [shownFocus, setShownFocus] = useState(focusedGoalId);
  if (focusedGoalId !== shownFocus) {
    setShownFocus(focusedGoalId);
    if (focusedGoalId) setSelectedId(focusedGoalId);
  }
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const selected = goals.find((goal) => goal.id === selectedId) ?? goals[0] ?? null;
  // A new goal's draft is in the store, so leaving the section and coming back finds it as it was typed.
  const startNew = () => {
    setEditing({ kind: 'none' });
    setLanguageGoalDraft(newGoalDraft(newId('goal'), today, t('language.ui.goal.defaultLanguage')));
  };
  const isAddingGoal = newGoalDraftInStore !== null;
  const editingGoal = editing.kind === 'edit' ? (goals.find((goal) => goal.id === editing.id) ?? null) : null;

  const form =
    newGoalDraftInStore !== null ? (
      <GoalForm
        key={newGoalDraftInStore.id}
        initial={newGoalDraftInStore}
        previous={null}
        today={today}
        onDraftChange={setLanguageGoalDraft}
        onDone={(savedId) => {
          setLanguageGoalDraft(null);
          if (savedId) setSelectedId(savedId);
        }}
      />
    ) : editingGoal ? (
      <GoalForm key={editingGoal.id} initial={goalToDraft(editingGoal, (stored) => goalLanguageName(t, dates.locale, stored))} previous={editingGoal} today={today} onDone={() => setEditing({ kind: 'none' })} />
    ) : null;

  return (
    <div className="view language-view" data-testid="view-language">
      <header className="view__header language-screen language-view__header">
        <div>
          <h1>{t('language.ui.title')}</h1>
          <p className="muted">{t('language.ui.subtitle')}</p>
        </div>
        {goals.length > 0 && editing.kind === 'none' && !isAddingGoal ? (
          <button type="button" className="primary" onClick={startNew} data-testid="add-goal">
            {t('language.ui.addGoal')}
          </button>
        ) : null}
      </header>
      {goals.length > 1 ? (
        <nav className="language-goal-tabs language-screen" aria-label={t('language.ui.goals')}>
          {goals.map((goal) => (
            <button
              key={goal.id}
              type="button"
              className={goal.id === selected?.id ? 'language-goal-tab language-goal-tab--active' : 'language-goal-tab'}
              aria-pressed={goal.id === selected?.id}
              onClick={() => setSelectedId(goal.id)}
            >
              {levelLabel(t, goal)} · {dates.date(goal.targetDate)}
            </button>
          ))}
        </nav>
      ) : null}
      {form ? <div className="language-screen">{form}</div> : null}
      {goals.length === 0 && editing.kind === 'none' && !isAddingGoal ? (
        <div className="empty-state" data-testid="empty-language">
          <h2>{t('language.ui.empty.title')}</h2>
          <p>{t('language.ui.empty.body')}</p>
          <button type="button" className="primary" onClick={startNew} data-testid="add-goal">
            {t('language.ui.addGoal')}
          </button>
        </div>
      ) : null}
      {selected && editing.kind === 'none' && !isAddingGoal ? (
        <GoalDetail key={selected.id} goal={selected} log={studyLog} today={today} onEdit={() => setEditing({ kind: 'edit', id: selected.id })} />
      ) : null}
    </div>
  );
}

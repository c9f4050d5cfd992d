import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn } from '../../../shared/checklists/localized-text';
import type { IsoDate } from '../../../shared/dates/iso-date';
import { checklistProgress, languageProgress, type LanguageProgress } from '../../../shared/overview/plan-progress';
import { usePlanner } from '../../store';
import { formatNumber } from '../language/format';
import { goalLanguageName, levelLabel } from '../language/goal-label';
import { useEntryText } from '../timeline/entry-text';

/** Per checklist: done of total, and how many are open, overdue, to do as soon as possible, blocked. */
export function ChecklistProgressCard({ today }: { today: IsoDate }) {
  const { t } = useTranslation();
  const text = useEntryText();
  const document = usePlanner((s) => s.document!);
  const openTarget = usePlanner((s) => s.openTarget);
  const progress = useMemo(() => checklistProgress(document, today), [document, today]);
  return (
    <section className="card progress-card" aria-labelledby="checklist-progress-title" data-testid="checklist-progress">
      <h2 id="checklist-progress-title">{t('overview.ui.checklists.title')}</h2>
      {progress.length === 0 ? <p className="muted">{t('overview.ui.checklists.none')}</p> : null}
      <ul className="progress-list">
        {progress.map((list) => (
          <li key={list.checklistId} data-checklist-progress={list.checklistId}>
            <button type="button" className="link-button progress-list__name" onClick={() => openTarget({ section: 'checklists', checklistId: list.checklistId })}>
              {textIn(list.title, text.locale)}
            </button>
            <div className="progress-bar" aria-hidden="true">
              <span style={{ width: `${list.total === 0 ? 0 : (100 * list.done) / list.total}%` }} />
            </div>
            <div className="progress-list__counts small">
              <span data-count="done">{t('overview.ui.checklists.done', { done: list.done, total: list.total })}</span>
              <span data-count="open">{t('overview.ui.checklists.open', { count: list.open })}</span>
              {list.overdue > 0 ? <span className="tag tag--overdue" data-count="overdue">{t('overview.ui.checklists.overdue', { count: list.overdue })}</span> : null}
              {list.asap > 0 ? <span className="tag tag--asap" data-count="asap">{t('overview.ui.checklists.asap', { count: list.asap })}</span> : null}
              {list.blocked > 0 ? <span className="tag" data-count="blocked">{t('overview.ui.checklists.blocked', { count: list.blocked })}</span> : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function LanguageStatus({ goal }: { goal: LanguageProgress }) {
  const { t } = useTranslation();
  if (goal.status === 'ahead' || goal.status === 'on-track') return <span className="tag tag--ok">{t('overview.ui.language.onPace')}</span>;
  if (goal.status === 'behind') return <span className="tag tag--overdue">{t('overview.ui.language.behind')}</span>;
  return <span className={`tag${goal.status === 'met' ? ' tag--ok' : ''}`}>{t(`overview.ui.language.status.${goal.status}`)}</span>;
}

/** Per language goal: on pace or behind, and the weekly word quota. */
export function LanguageProgressCard({ today }: { today: IsoDate }) {
  const { t, i18n } = useTranslation();
  const text = useEntryText();
  const document = usePlanner((s) => s.document!);
  const openTarget = usePlanner((s) => s.openTarget);
  const progress = useMemo(() => languageProgress(document, today), [document, today]);
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <section className="card progress-card" aria-labelledby="language-progress-title" data-testid="language-progress">
      <h2 id="language-progress-title">{t('overview.ui.language.title')}</h2>
      {progress.length === 0 ? <p className="muted">{t('overview.ui.language.none')}</p> : null}
      <ul className="progress-list">
        {progress.map((goal) => {
          const source = document.language.goals.find((candidate) => candidate.id === goal.goalId)!;
          return (
            <li key={goal.goalId} data-language-progress={goal.goalId} data-status={goal.status}>
              <button type="button" className="link-button progress-list__name" onClick={() => openTarget({ section: 'language', goalId: goal.goalId })}>
                {t('overview.ui.language.goal', { level: levelLabel(t, source), language: goalLanguageName(t, i18n.language, goal.language), date: text.date(goal.targetDate) })}
              </button>
              <div className="progress-list__counts small">
                <LanguageStatus goal={goal} />
                {goal.weeklyWordQuota !== null && goal.status !== 'met' ? <span data-testid="weekly-quota">{t('overview.ui.language.quota', { quota: n(goal.weeklyWordQuota) })}</span> : null}
                {goal.currentWordsPerWeek !== null ? <span className="muted">{t('overview.ui.language.current', { pace: n(goal.currentWordsPerWeek) })}</span> : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

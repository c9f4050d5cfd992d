import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { textIn, type Locale } from '../../../shared/checklists/localized-text';
import { daysBetween, todayIso } from '../../../shared/dates/iso-date';
import { planTimeline, type TimelineEntry } from '../../../shared/timeline/plan-timeline';
import { usePlanner } from '../../store';

/** The first screen shows this many; the rest are one click away. */
const SHOWN_AT_FIRST = 12;
/** Past deadlines that still need doing stay visible; past milestones (an exam that was) do not. */
const ACTIONABLE_WHEN_PAST = new Set<TimelineEntry['section']>(['checklists', 'offers', 'overview']);

type Label = TimelineEntry['what'];

/**
 * Everything dated in the plan on one list: the move, offer deadlines, checklist deadlines and exam
 * milestones, overdue ones first. Each row leads to the screen where it can be dealt with.
 */
export function TimelineCard() {
  const { t, i18n } = useTranslation();
  const { document, showSection } = usePlanner(useShallow((s) => ({ document: s.document!, showSection: s.showSection })));
  const [isShowingAll, setShowingAll] = useState(false);
  const today = todayIso();
  const entries = useMemo(
    () => planTimeline(document).filter((entry) => entry.date >= today || ACTIONABLE_WHEN_PAST.has(entry.section)),
    [document, today],
  );
  const locale: Locale = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const label = (value: Label | null) => (value === null ? null : 'text' in value ? textIn(value.text, locale) : t(value.key, value.values));
  const shown = isShowingAll ? entries : entries.slice(0, SHOWN_AT_FIRST);

  return (
    <section className="card timeline" aria-labelledby="timeline-title" data-testid="timeline">
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('timeline.empty')}</p>
      ) : (
        <ol className="timeline__list">
          {shown.map((entry) => {
            const left = daysBetween(today, entry.date);
            return (
              <li key={entry.id} className={`timeline__row${left < 0 ? ' timeline__row--overdue' : ''}`} data-timeline-entry={entry.id}>
                <span className="timeline__date">{entry.date}</span>
                <span className="timeline__when">
                  {left < 0 ? t('timeline.overdue', { count: -left }) : left === 0 ? t('timeline.today') : t('timeline.daysLeft', { count: left })}
                </span>
                <span className="timeline__what">
                  {label(entry.what)}
                  {entry.context ? <span className="muted small"> · {label(entry.context)}</span> : null}
                </span>
                {entry.section !== 'overview' ? (
                  <button type="button" className="link-button" onClick={() => showSection(entry.section)}>
                    {t(`nav.${entry.section}`)}
                  </button>
                ) : (
                  <span />
                )}
              </li>
            );
          })}
        </ol>
      )}
      {entries.length > SHOWN_AT_FIRST ? (
        <button type="button" className="link-button" onClick={() => setShowingAll(!isShowingAll)}>
          {isShowingAll ? t('timeline.showFewer') : t('timeline.showAll', { count: entries.length })}
        </button>
      ) : null}
    </section>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { formatMonthYear } from '../../../shared/dates/format-date';
import { groupEntries } from '../../../shared/timeline/group-entries';
import { TIMELINE_KINDS } from '../../../shared/timeline/plan-timeline';
import { usePlanner } from '../../store';
import { AnchorsPanel } from '../checklists/anchors-panel';
import '../checklists/checklists.css';
import '../overview/overview.css';
import { CalendarExport } from './calendar-export';
import { EntryRow } from './entry-row';
import { useEntryText, useTimelineEntries, useToday } from './entry-text';
import { TimelineChart } from './timeline-chart';
import './timeline.css';

/**
 * Every dated thing in the plan on one scrollable line, grouped by week or month, filterable by kind,
 * today marked; the chart above shows the checklists as bands and the key dates their deadlines hang on.
 */
export default function TimelineView() {
  const { t } = useTranslation();
  const text = useEntryText();
  const today = useToday();
  const all = useTimelineEntries();
  const { grouping, kinds, setTimelineGrouping, toggleTimelineKind } = usePlanner(
    useShallow((s) => ({ grouping: s.timelineGrouping, kinds: s.timelineKinds, setTimelineGrouping: s.setTimelineGrouping, toggleTimelineKind: s.toggleTimelineKind })),
  );
  const entries = useMemo(() => all.filter((entry) => kinds.includes(entry.kind)), [all, kinds]);
  const periods = useMemo(() => groupEntries(entries, grouping, today), [entries, grouping, today]);
  return (
    <div className="view timeline-view" data-testid="view-timeline">
      <header className="view__header">
        <h1>{t('timeline.ui.title')}</h1>
        <p className="muted">{t('timeline.ui.intro')}</p>
      </header>
      <div className="card timeline-controls no-print">
        <fieldset className="timeline-controls__group">
          <legend>{t('timeline.ui.groupBy')}</legend>
          {(['week', 'month'] as const).map((option) => (
            <label key={option}>
              <input type="radio" name="timeline.grouping" value={option} checked={grouping === option} onChange={() => setTimelineGrouping(option)} /> {t(`timeline.ui.group.${option}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="timeline-controls__group">
          <legend>{t('timeline.ui.filter')}</legend>
          {TIMELINE_KINDS.map((kind) => (
            <label key={kind}>
              <input type="checkbox" name={`timeline.kind.${kind}`} checked={kinds.includes(kind)} onChange={() => toggleTimelineKind(kind)} />{' '}
              <span className={`kind-dot kind-dot--${kind}`} aria-hidden="true" />
              {t(`plan.kind.${kind}`)}
            </label>
          ))}
        </fieldset>
        <CalendarExport />
      </div>
      <TimelineChart entries={entries} today={today} />
      <AnchorsPanel />
      <section className="card" aria-label={t('timeline.ui.title')} data-testid="timeline-list">
        {entries.length === 0 ? <p className="muted">{t('timeline.ui.empty')}</p> : null}
        {periods.map((period) => {
          const before = period.entries.filter((entry) => entry.date < today);
          const after = period.entries.filter((entry) => entry.date >= today);
          return (
            <section key={period.start} className={`timeline-period${period.isCurrent ? ' timeline-period--current' : ''}`} data-period={period.start}>
              <h3 className="timeline-period__title">{grouping === 'month' ? formatMonthYear(new Date(`${period.start}T12:00:00`), text.locale, 'long') : t('timeline.ui.weekOf', { date: text.date(period.start) })}</h3>
              <ol className="entry-list">
                {before.map((entry) => (
                  <EntryRow key={entry.id} entry={entry} today={today} text={text} isDetailed />
                ))}
                {period.isCurrent ? (
                  <li className="timeline-today" data-testid="timeline-today">
                    {t('timeline.ui.todayMark', { date: text.date(today) })}
                  </li>
                ) : null}
                {after.map((entry) => (
                  <EntryRow key={entry.id} entry={entry} today={today} text={text} isDetailed />
                ))}
              </ol>
            </section>
          );
        })}
      </section>
    </div>
  );
}

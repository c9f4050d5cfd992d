import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/dates/iso-date';
import { nextDeadlines } from '../../../shared/timeline/entry-state';
import { usePlanner } from '../../store';
import { EntryRow } from '../timeline/entry-row';
import { useEntryText, useTimelineEntries } from '../timeline/entry-text';

export const NEXT_DEADLINES_SHOWN = 5;

/** What needs doing next across the whole plan, overdue first; the rest is on the timeline. */
export function NextDeadlines({ today, printedCount = NEXT_DEADLINES_SHOWN }: { today: IsoDate; printedCount?: number }) {
  const { t } = useTranslation();
  const text = useEntryText();
  const showSection = usePlanner((s) => s.showSection);
  const entries = useTimelineEntries();
  const next = useMemo(() => nextDeadlines(entries, today, Math.max(printedCount, NEXT_DEADLINES_SHOWN)), [entries, today, printedCount]);
  return (
    <section className="card next-deadlines" aria-labelledby="next-title" data-testid="next-deadlines">
      <h2 id="next-title">{t('overview.ui.next.title')}</h2>
      {next.length === 0 ? (
        <p className="muted">{t('overview.ui.next.empty')}</p>
      ) : (
        <ol className="entry-list">
          {next.map((entry, index) => (
            // The screen shows five; the printed summary has room for a few more.
            <EntryRow key={entry.id} entry={entry} today={today} text={text} className={index >= NEXT_DEADLINES_SHOWN ? 'print-only' : undefined} />
          ))}
        </ol>
      )}
      {entries.length > 0 ? (
        <button type="button" className="link-button no-print" onClick={() => showSection('timeline')}>
          {t('overview.ui.next.all')}
        </button>
      ) : null}
    </section>
  );
}

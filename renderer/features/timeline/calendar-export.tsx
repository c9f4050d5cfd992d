import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planCalendar, type CalendarText } from '../../../shared/calendar/plan-calendar';
import { TIMELINE_KINDS, type TimelineEntry, type TimelineKind } from '../../../shared/timeline/plan-timeline';
import { planner } from '../../api/planner';
import { BusyButton, useBusy } from '../../components/busy-button';
import { entryTitle, useEntryText, useTimelineEntries } from './entry-text';

/** All dated items, or one kind, to an .ics file through the system's save dialog. */
export function CalendarExport() {
  const { t } = useTranslation();
  const text = useEntryText();
  const entries = useTimelineEntries();
  const [kind, setKind] = useState<TimelineKind | 'all'>('all');
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);
  const textOf = (entry: TimelineEntry): CalendarText => {
    const { what, context } = entryTitle(text, entry);
    const rule = text.rule(entry.rule);
    const lines = [context, rule, entry.notes.trim() ? t('calendar.notes', { notes: entry.notes.trim() }) : '', entry.sourceUrl ? t('calendar.source', { url: entry.sourceUrl }) : ''];
    return { summary: context && entry.kind === 'document' ? `${what}: ${context}` : what, description: lines.filter(Boolean).join('\n'), url: entry.sourceUrl };
  };
  const [isExporting, runExport] = useBusy();
  const exportIcs = () => runExport(async () => {
    setMessage(null);
    const chosen = kind === 'all' ? null : kind;
    const count = entries.filter((entry) => chosen === null || entry.kind === chosen).length;
    const content = planCalendar(entries, { calendarName: t('calendar.name'), stamp: new Date(), kind: chosen, textOf });
    const result = await planner().exportIcs({ suggestedName: `relocation-plan${chosen ? `-${chosen}` : ''}.ics`, content });
    if (!result.ok) setMessage({ isError: true, text: t('calendar.failed', { detail: result.error.message }) });
    else if (result.value.path) setMessage({ isError: false, text: t('calendar.saved', { count, path: result.value.path }) });
  });
  return (
    <div className="calendar-export no-print">
      <label className="inline-field">
        {t('calendar.kind')}{' '}
        <select name="calendar.kind" value={kind} onChange={(event) => setKind(TIMELINE_KINDS.find((candidate) => candidate === event.target.value) ?? 'all')}>
          <option value="all">{t('calendar.kind.all')}</option>
          {TIMELINE_KINDS.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`plan.kind.${candidate}`)}
            </option>
          ))}
        </select>
      </label>
      <BusyButton data-testid="export-ics" isBusy={isExporting} disabled={entries.length === 0} onClick={() => void exportIcs()}>
        {t('calendar.export')}
      </BusyButton>
      {message ? (
        <p className={message.isError ? 'field__error' : 'muted small'} role="status" data-testid="ics-message">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}

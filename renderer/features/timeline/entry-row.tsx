import { useTranslation } from 'react-i18next';
import { anchorLabelKey } from '../../../shared/checklists/message-keys';
import type { IsoDate } from '../../../shared/dates/iso-date';
import { entryState } from '../../../shared/timeline/entry-state';
import type { TimelineEntry } from '../../../shared/timeline/plan-timeline';
import { usePlanner } from '../../store';
import { entryTitle, type EntryText } from './entry-text';

interface EntryRowProps {
  entry: TimelineEntry;
  today: IsoDate;
  text: EntryText;
  /** Show the anchor it follows and what it waits for (the timeline does; the short overview list does not). */
  isDetailed?: boolean;
  className?: string;
}

/** One dated entry: date, how far away (or "as soon as possible" with its rule), what and where, and a way there. */
export function EntryRow({ entry, today, text, isDetailed = false, className }: EntryRowProps) {
  const { t } = useTranslation();
  const openTarget = usePlanner((s) => s.openTarget);
  const state = entryState(entry, today);
  const { what, context } = entryTitle(text, entry);
  const rule = text.rule(entry.rule);
  return (
    <li className={`entry-row entry-row--${state} entry-row--${entry.kind}${className ? ` ${className}` : ''}`} data-timeline-entry={entry.id} data-state={state} data-date={entry.date}>
      <span className="entry-row__date">{text.date(entry.date)}</span>
      <span className="entry-row__when" title={state === 'asap' ? t('plan.asap.explained') : undefined}>
        {text.when(entry, today)}
      </span>
      <span className="entry-row__what">
        <span className={`kind-dot kind-dot--${entry.kind}`} aria-hidden="true" />
        {what}
        {context ? <span className="muted small"> · {context}</span> : null}
        {state === 'asap' && rule ? <span className="entry-row__rule small"> · {t('plan.asap.rule', { rule })}</span> : null}
        {isDetailed && entry.anchor && entry.kind !== 'move' ? <span className="tag small">{t('timeline.ui.hangsOn', { anchor: t(anchorLabelKey(entry.anchor)) })}</span> : null}
        {isDetailed && entry.blockedBy.length > 0 ? <span className="tag small">{t('timeline.ui.waitsFor', { count: entry.blockedBy.length })}</span> : null}
      </span>
      {entry.target.section !== 'overview' ? (
        <button type="button" className="link-button" data-open-entry={entry.id} onClick={() => openTarget(entry.target)}>
          {t(`nav.${entry.target.section}`)}
        </button>
      ) : (
        <span />
      )}
    </li>
  );
}

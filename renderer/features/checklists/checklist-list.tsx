import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/dates/iso-date';
import type { Locale } from '../../../shared/checklists/localized-text';
import { assessItemDeadline } from '../../../shared/checklists/late-from-start';
import { textIn } from '../../../shared/checklists/localized-text';
import type { Checklist, PlanAnchors } from '../../../shared/checklists/schema';
import { useAnchorsChangedOn, useLocale, useToday } from './checklist-hooks';

interface ChecklistListProps {
  checklists: readonly Checklist[];
  selectedId: string | null;
  anchors: PlanAnchors;
  onSelect: (id: string) => void;
}

/** The plan's checklists, in their order, each with its progress and how many items are overdue. */
export function ChecklistList({ checklists, selectedId, anchors, onSelect }: ChecklistListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const today = useToday();
  return (
    <ul className="checklist-list" aria-label={t('checklists.ui.list.label')}>
      {checklists.map((checklist) => (
        <ChecklistEntry
          key={checklist.id}
          checklist={checklist}
          isSelected={checklist.id === selectedId}
          anchors={anchors}
          today={today}
          locale={locale}
          onSelect={onSelect}
        />
      ))}
    </ul>
  );
}

interface ChecklistEntryProps {
  checklist: Checklist;
  isSelected: boolean;
  anchors: PlanAnchors;
  today: IsoDate;
  locale: Locale;
  onSelect: (id: string) => void;
}

/**
 * One entry. Memoised per checklist: ticking an item replaces only its own checklist object, so the
 * other entries neither re-render nor recount their progress and overdue items (issue 16).
 */
const ChecklistEntry = memo(function ChecklistEntry({ checklist, isSelected, anchors, today, locale, onSelect }: ChecklistEntryProps) {
  const anchorsChangedOn = useAnchorsChangedOn();
  const { t } = useTranslation();
  const { finished, overdue } = useMemo(
    () => ({
      finished: checklist.items.filter((item) => item.status === 'done' || item.status === 'not-needed').length,
      overdue: checklist.items.filter((item) => assessItemDeadline(item, checklist, anchors, anchorsChangedOn, today).urgency === 'overdue').length,
    }),
    [checklist, anchors, anchorsChangedOn, today],
  );
  return (
    <li>
      <button
        type="button"
        className={`checklist-list__entry${isSelected ? ' checklist-list__entry--active' : ''}${checklist.archived ? ' checklist-list__entry--archived' : ''}`}
        aria-current={isSelected ? 'true' : undefined}
        data-checklist-entry={checklist.templateId ?? 'blank'}
        onClick={() => onSelect(checklist.id)}
      >
        <span className="checklist-list__title">{textIn(checklist.title, locale)}</span>
        <span className="checklist-list__meta">
          {t('checklists.ui.summary.done', { done: finished, total: checklist.items.length })}
          {overdue > 0 ? <span className="tag tag--overdue">{t('checklists.ui.summary.overdue', { count: overdue })}</span> : null}
          {checklist.archived ? <span className="tag">{t('checklists.ui.list.archived')}</span> : null}
        </span>
      </button>
    </li>
  );
});

import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemViewDates } from '../../../shared/checklists/item-views';
import type { Locale } from '../../../shared/checklists/localized-text';
import { textIn } from '../../../shared/checklists/localized-text';
import type { Checklist } from '../../../shared/checklists/schema';
import { useInterfaceLanguage } from '../../i18n/interface-language';
import { checklistViews, useItemViewDates } from './item-views';

interface ChecklistListProps {
  checklists: readonly Checklist[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The plan's checklists, in their order, each with its progress and how many items are overdue. */
export const ChecklistList = memo(function ChecklistList({ checklists, selectedId, onSelect }: ChecklistListProps) {
  const { t } = useTranslation();
  const locale = useInterfaceLanguage();
  const dates = useItemViewDates();
  return (
    <ul className="checklist-list" aria-label={t('checklists.ui.list.label')}>
      {checklists.map((checklist) => (
        <ChecklistEntry key={checklist.id} checklist={checklist} isSelected={checklist.id === selectedId} dates={dates} locale={locale} onSelect={onSelect} />
      ))}
    </ul>
  );
});

interface ChecklistEntryProps {
  checklist: Checklist;
  isSelected: boolean;
  dates: ItemViewDates;
  locale: Locale;
  onSelect: (id: string) => void;
}

/**
 * One entry. Memoised per checklist: ticking an item replaces only its own checklist object, so the
 * other entries neither re-render nor recount their progress and overdue items, and the ticked list's
 * deadlines come from the item views kept per item (issue 16).
 */
const ChecklistEntry = memo(function ChecklistEntry({ checklist, isSelected, dates, locale, onSelect }: ChecklistEntryProps) {
  const { t } = useTranslation();
  const { finished, overdue } = useMemo(
    () => ({
      finished: checklist.items.filter((item) => item.status === 'done' || item.status === 'not-needed').length,
      overdue: checklistViews(checklist, dates).filter((view) => view.deadline.urgency === 'overdue').length,
    }),
    [checklist, dates],
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

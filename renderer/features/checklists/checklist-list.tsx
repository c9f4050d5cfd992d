import { useTranslation } from 'react-i18next';
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
  const anchorsChangedOn = useAnchorsChangedOn();
  return (
    <ul className="checklist-list" aria-label={t('checklists.ui.list.label')}>
      {checklists.map((checklist) => {
        const finished = checklist.items.filter((item) => item.status === 'done' || item.status === 'not-needed').length;
        const overdue = checklist.items.filter((item) => assessItemDeadline(item, checklist, anchors, anchorsChangedOn, today).urgency === 'overdue').length;
        const isSelected = checklist.id === selectedId;
        return (
          <li key={checklist.id}>
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
      })}
    </ul>
  );
}

import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { textIn } from '../../../shared/checklists/localized-text';
import { VERIFY_WITH_OFFICIAL_SOURCE_KEY } from '../../../shared/checklists/message-keys';
import type { PrintScope } from '../../../shared/checklists/print-selection';
import type { Checklist } from '../../../shared/checklists/schema';
import { TextField } from '../../components/text-field';
import { useWindowRows } from '../../components/window-list';
import { usePlanner } from '../../store';
import { useInterfaceLanguage } from '../../i18n/interface-language';
import { ChecklistPrint } from './checklist-print';
import { identity, parseTitle } from './field-parsers';
import { ItemRow } from './item-row';
import { checklistViews, useItemViewDates } from './item-views';
import { PrintControls } from './print-controls';
import { TemplateProvenance } from './template-provenance';
import { useDates } from '../../i18n/use-dates';

interface ChecklistDetailProps {
  checklist: Checklist;
  position: number;
  count: number;
}

/** About one item row (title, deadline, buttons), for the window before each is measured. */
const ITEM_HEIGHT = 96;

/**
 * One checklist: its name and controls, its template's notices and sources, and its items. Its parts are
 * memoised apart: the window's own re-renders (scrolling, a row's height) draw the rows only, and typing a
 * new item's title draws nothing else.
 */
export const ChecklistDetail = memo(function ChecklistDetail({ checklist, position, count }: ChecklistDetailProps) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<PrintScope>('all');
  const [newItemTitle, setNewItemTitle] = useState('');
  const addCustomItem = usePlanner((s) => s.addCustomItem);
  const addItem = () => {
    const trimmed = newItemTitle.trim();
    if (!trimmed) return;
    addCustomItem(checklist.id, checklist.items.length, trimmed);
    setNewItemTitle('');
  };

  return (
    <section className="checklist" aria-labelledby="checklist-title" data-testid="checklist-detail" data-checklist-id={checklist.id}>
      <div className="checklist__screen no-print">
        <ChecklistHead checklist={checklist} position={position} count={count} scope={scope} onScopeChange={setScope} />
        {checklist.items.length === 0 ? <p className="muted checklist__empty">{t('checklists.ui.checklist.noItems')}</p> : null}
        <ChecklistItems checklist={checklist} />
        <form
          className="add-item"
          onSubmit={(event) => {
            event.preventDefault();
            addItem();
          }}
        >
          <label className="add-item__label" htmlFor="new-item-title">
            {t('checklists.ui.item.addLabel')}
          </label>
          <input id="new-item-title" name="checklist.newItem" value={newItemTitle} placeholder={t('checklists.ui.item.addPlaceholder')} onChange={(event) => setNewItemTitle(event.target.value)} />
          <button type="submit" disabled={newItemTitle.trim() === ''}>
            {t('checklists.ui.item.add')}
          </button>
        </form>
      </div>
      <ChecklistPrint checklist={checklist} scope={scope} />
    </section>
  );
});

interface ChecklistHeadProps extends ChecklistDetailProps {
  scope: PrintScope;
  onScopeChange: (scope: PrintScope) => void;
}

/** The list's title with its counts, its buttons, its print controls, notices and sources. */
const ChecklistHead = memo(function ChecklistHead({ checklist, position, count, scope, onScopeChange }: ChecklistHeadProps) {
  const { t } = useTranslation();
  const dates = useDates();
  const locale = useInterfaceLanguage();
  const itemDates = useItemViewDates();
  const views = checklistViews(checklist, itemDates);
  const { renameChecklist, moveChecklistBy, setChecklistArchived } = usePlanner(
    useShallow((s) => ({ renameChecklist: s.renameChecklist, moveChecklistBy: s.moveChecklistBy, setChecklistArchived: s.setChecklistArchived })),
  );
  const title = textIn(checklist.title, locale);
  const doneCount = checklist.items.filter((item) => item.status === 'done' || item.status === 'not-needed').length;
  const overdueCount = views.filter((view) => view.deadline.urgency === 'overdue').length;
  const dueSoonCount = views.filter((view) => view.deadline.urgency === 'due-soon').length;
  const asapCount = views.filter((view) => view.deadline.urgency === 'asap').length;
  return (
    <div className="card checklist__head">
      <h2 id="checklist-title" className="checklist__title">
        {title}
        {checklist.archived ? <span className="tag"> {t('checklists.ui.list.archived')}</span> : null}
      </h2>
      <p className="checklist__summary" data-testid="checklist-summary">
        {t('checklists.ui.summary.done', { done: doneCount, total: checklist.items.length })}
        {overdueCount > 0 ? <span className="tag tag--overdue">{t('checklists.ui.summary.overdue', { count: overdueCount })}</span> : null}
        {asapCount > 0 ? <span className="tag tag--asap" title={t('plan.asap.explained')}>{t('overview.ui.checklists.asap', { count: asapCount })}</span> : null}
        {dueSoonCount > 0 ? <span className="tag tag--due-soon">{t('checklists.ui.summary.dueSoon', { count: dueSoonCount })}</span> : null}
      </p>
      <div className="checklist__manage">
        <TextField key={checklist.id} name="checklist.title" label={t('checklists.ui.checklist.name')} value={title} format={identity} parse={parseTitle} onCommit={(next) => renameChecklist(checklist.id, next)} />
        <div className="checklist__buttons">
          <button type="button" disabled={position === 0} onClick={() => moveChecklistBy(checklist.id, -1)}>
            {t('checklists.ui.moveUp')}
          </button>
          <button type="button" disabled={position === count - 1} onClick={() => moveChecklistBy(checklist.id, 1)}>
            {t('checklists.ui.moveDown')}
          </button>
          <button type="button" data-testid="archive-checklist" onClick={() => setChecklistArchived(checklist.id, !checklist.archived)}>
            {checklist.archived ? t('checklists.ui.checklist.restore') : t('checklists.ui.checklist.archive')}
          </button>
        </div>
      </div>
      <PrintControls scope={scope} onScopeChange={onScopeChange} suggestedName={scope === 'open' ? t('checklists.ui.print.openFileName', { title }) : title} />
      {checklist.notices.map((notice, index) => (
        <div key={index} className={`notice${notice.needsVerification ? ' notice--verify' : ''}`} data-notice>
          <p>{textIn(notice.text, locale)}</p>
          {notice.needsVerification ? <span className="tag tag--verify">{t(VERIFY_WITH_OFFICIAL_SOURCE_KEY)}</span> : null}
        </div>
      ))}
      {checklist.templateId ? (
        <details className="checklist__provenance">
          <summary>{t('checklists.ui.create.sourcesSummary', { count: checklist.sources.length, date: checklist.reviewedOn ? dates.date(checklist.reviewedOn) : '' })}</summary>
          <TemplateProvenance sources={checklist.sources} reviewedOn={checklist.reviewedOn} version={checklist.templateVersion} />
        </details>
      ) : null}
    </div>
  );
});

/** The items, each row by id; a long list draws only the rows near the view (components/window-list). */
const ChecklistItems = memo(function ChecklistItems({ checklist }: { checklist: Checklist }) {
  const { items } = checklist;
  const { attachList, indexes, before, after, measure, isWindowed, scrollToIndex } = useWindowRows(items.length, () => ITEM_HEIGHT);
  // An item opened from the overview, the timeline or a reminder is brought into the window; it then scrolls itself into view.
  const focusedIndex = usePlanner((s) => (s.focus?.itemId ? items.findIndex((item) => item.id === s.focus?.itemId) : -1));
  useEffect(() => {
    if (isWindowed && focusedIndex >= 0) scrollToIndex(focusedIndex);
    // scrollToIndex is a new function each render; the index and windowing are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusedIndex, isWindowed]);
  return (
    <ol className="items" data-testid="checklist-items" ref={attachList} style={isWindowed ? { paddingTop: before, paddingBottom: after } : undefined}>
      {indexes.map((index) => {
        const item = items[index]!;
        return <ItemRow key={item.id} checklistId={checklist.id} itemId={item.id} index={index} measureRow={isWindowed ? measure : undefined} />;
      })}
    </ol>
  );
});

import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { openBlockers } from '../../../shared/checklists/dependencies';
import { assessItemDeadline } from '../../../shared/checklists/late-from-start';
import { textIn } from '../../../shared/checklists/localized-text';
import { VERIFY_WITH_OFFICIAL_SOURCE_KEY } from '../../../shared/checklists/message-keys';
import type { PrintScope } from '../../../shared/checklists/print-selection';
import type { Checklist } from '../../../shared/checklists/schema';
import { checkItemValidity } from '../../../shared/checklists/validity';
import { TextField } from '../../components/text-field';
import { useWindowRows } from '../../components/window-list';
import { usePlanner } from '../../store';
import { useAnchorsChangedOn, useLocale, usePlanAnchors, useToday } from './checklist-hooks';
import { ChecklistPrint } from './checklist-print';
import { identity, parseTitle } from './field-parsers';
import { ItemRow, type ItemView } from './item-row';
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

/** One checklist: its name and controls, its template's notices and sources, and its items. */
export function ChecklistDetail({ checklist, position, count }: ChecklistDetailProps) {
  const { t } = useTranslation();
  const dates = useDates();
  const locale = useLocale();
  const anchors = usePlanAnchors();
  const anchorsChangedOn = useAnchorsChangedOn();
  const today = useToday();
  const [scope, setScope] = useState<PrintScope>('all');
  const [newItemTitle, setNewItemTitle] = useState('');
  const { renameChecklist, moveChecklistBy, setChecklistArchived, addCustomItem } = usePlanner(
    useShallow((s) => ({
      renameChecklist: s.renameChecklist,
      moveChecklistBy: s.moveChecklistBy,
      setChecklistArchived: s.setChecklistArchived,
      addCustomItem: s.addCustomItem,
    })),
  );
  const views: ItemView[] = useMemo(
    () =>
      checklist.items.map((item) => ({
        item,
        deadline: assessItemDeadline(item, checklist, anchors, anchorsChangedOn, today),
        validity: checkItemValidity(item, checklist.items, anchors),
        blockers: openBlockers(item, checklist.items),
      })),
    [checklist, anchors, anchorsChangedOn, today],
  );
  // A long list draws only the items near the view (components/window-list); the printout has its own list.
  const { attachList, indexes, before, after, measure, isWindowed, scrollToIndex } = useWindowRows(views.length, () => ITEM_HEIGHT);
  // An item opened from the overview, the timeline or a reminder is brought into the window; it then scrolls itself into view.
  const focusedIndex = usePlanner((s) => (s.focus?.itemId ? checklist.items.findIndex((item) => item.id === s.focus?.itemId) : -1));
  useEffect(() => {
    if (isWindowed && focusedIndex >= 0) scrollToIndex(focusedIndex);
    // scrollToIndex is a new function each render; the index and windowing are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusedIndex, isWindowed]);
  const title = textIn(checklist.title, locale);
  const doneCount = checklist.items.filter((item) => item.status === 'done' || item.status === 'not-needed').length;
  const overdueCount = views.filter((view) => view.deadline.urgency === 'overdue').length;
  const dueSoonCount = views.filter((view) => view.deadline.urgency === 'due-soon').length;
  const asapCount = views.filter((view) => view.deadline.urgency === 'asap').length;
  const addItem = () => {
    const trimmed = newItemTitle.trim();
    if (!trimmed) return;
    addCustomItem(checklist.id, checklist.items.length, trimmed);
    setNewItemTitle('');
  };

  return (
    <section className="checklist" aria-labelledby="checklist-title" data-testid="checklist-detail" data-checklist-id={checklist.id}>
      <div className="checklist__screen no-print">
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
          <PrintControls scope={scope} onScopeChange={setScope} suggestedName={scope === 'open' ? t('checklists.ui.print.openFileName', { title }) : title} />
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
        {checklist.items.length === 0 ? <p className="muted checklist__empty">{t('checklists.ui.checklist.noItems')}</p> : null}
        <ol className="items" data-testid="checklist-items" ref={attachList} style={isWindowed ? { paddingTop: before, paddingBottom: after } : undefined}>
          {indexes.map((index) => {
            const view = views[index]!;
            return <ItemRow key={view.item.id} checklistId={checklist.id} view={view} index={index} items={checklist.items} measureRow={isWindowed ? measure : undefined} />;
          })}
        </ol>
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
      <ChecklistPrint checklist={checklist} anchors={anchors} today={today} scope={scope} />
    </section>
  );
}

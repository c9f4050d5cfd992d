import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { visibleChecklists } from '../../../shared/checklists/reorder';
import type { Checklist } from '../../../shared/checklists/schema';
import { usePlanner } from '../../store';
import { AnchorsPanel } from './anchors-panel';
import { ChecklistDetail } from './checklist-detail';
import { ChecklistList } from './checklist-list';
import { CreateChoices, TemplatePicker } from './create-checklist-panel';
import { PointsPanel } from './points-panel';
import './checklists.css';

/** The same checklists in the same order (their contents may differ). */
function hasSameLists(a: readonly Checklist[], b: readonly Checklist[]): boolean {
  return a === b || (a.length === b.length && a.every((checklist, index) => checklist.id === b[index]!.id));
}

export default function ChecklistsView() {
  const { t } = useTranslation();
  const { current, selectedId, selectChecklist } = usePlanner(
    useShallow((s) => ({ current: s.document!.checklists.checklists, selectedId: s.selectedChecklistId, selectChecklist: s.selectChecklist })),
  );
  // An edit inside the lists shows in a render after the paint (issue 16): a tick draws its own row at once
  // (the row reads its item from the store), then the counts, the sidebar and the printout; the render the
  // edit itself causes finds every part below unchanged and skips it. A list added, removed or moved shows
  // at once, so a new list opens in the same frame instead of showing another one first.
  const deferred = useDeferredValue(current);
  const all = hasSameLists(deferred, current) ? deferred : current;
  const [isPicking, setIsPicking] = useState(false);
  const [isShowingArchived, setIsShowingArchived] = useState(false);
  const pickTemplate = useCallback(() => setIsPicking(true), []);
  const shown = useMemo(() => visibleChecklists(all, isShowingArchived), [all, isShowingArchived]);
  const archivedCount = all.filter((checklist) => checklist.archived).length;
  // The open checklist: the one chosen while it is listed, else the first listed (archiving one moves on).
  const selected = shown.find((checklist) => checklist.id === selectedId) ?? shown[0] ?? null;
  const position = useMemo(() => (selected ? visibleChecklists(all, true).findIndex((checklist) => checklist.id === selected.id) : -1), [all, selected]);

  return (
    <div className="view checklists-view" data-testid="view-checklists">
      <header className="view__header no-print">
        <h1>{t('checklists.ui.title')}</h1>
        <p className="muted">{t('checklists.ui.intro')}</p>
      </header>
      {isPicking ? <TemplatePicker onDone={() => setIsPicking(false)} /> : null}
      {all.length === 0 && !isPicking ? (
        <div className="empty-state no-print" data-testid="empty-checklists">
          <h2>{t('empty.checklists.title')}</h2>
          <p>{t('checklists.ui.empty.body')}</p>
          <CreateChoices onPickTemplate={pickTemplate} />
        </div>
      ) : null}
      {all.length > 0 ? (
        <>
          <AnchorsPanel />
          <div className="checklists-layout">
            <aside className="checklists-layout__side no-print">
              <ChecklistList checklists={shown} selectedId={selected?.id ?? null} onSelect={selectChecklist} />
              {archivedCount > 0 ? (
                <label className="checkbox">
                  <input type="checkbox" checked={isShowingArchived} onChange={(event) => setIsShowingArchived(event.target.checked)} data-testid="show-archived" />
                  {t('checklists.ui.list.showArchived', { count: archivedCount })}
                </label>
              ) : null}
              {!isPicking ? (
                <div className="checklists-layout__new">
                  <div className="checklists-layout__new-title">{t('checklists.ui.list.new')}</div>
                  <CreateChoices onPickTemplate={pickTemplate} />
                </div>
              ) : null}
            </aside>
            <div className="checklists-layout__main">
              {selected ? (
                <ChecklistDetail key={selected.id} checklist={selected} position={position} count={all.length} />
              ) : (
                <p className="muted">{t('checklists.ui.list.allArchived')}</p>
              )}
            </div>
          </div>
        </>
      ) : null}
      <PointsPanel />
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { visibleChecklists } from '../../../shared/checklists/reorder';
import { usePlanner } from '../../store';
import { AnchorsPanel } from './anchors-panel';
import { usePlanAnchors } from './checklist-hooks';
import { ChecklistDetail } from './checklist-detail';
import { ChecklistList } from './checklist-list';
import { CreateChoices, TemplatePicker } from './create-checklist-panel';
import { PointsPanel } from './points-panel';
import './checklists.css';

export default function ChecklistsView() {
  const { t } = useTranslation();
  const anchors = usePlanAnchors();
  const { all, selectedId, selectChecklist } = usePlanner(
    useShallow((s) => ({ all: s.document!.checklists.checklists, selectedId: s.selectedChecklistId, selectChecklist: s.selectChecklist })),
  );
  const [isPicking, setIsPicking] = useState(false);
  const [isShowingArchived, setIsShowingArchived] = useState(false);
  const shown = visibleChecklists(all, isShowingArchived);
  const archivedCount = all.filter((checklist) => checklist.archived).length;
  // The open checklist: the one chosen while it is listed, else the first listed (archiving one moves on).
  const selected = shown.find((checklist) => checklist.id === selectedId) ?? shown[0] ?? null;
  const position = selected ? visibleChecklists(all, true).findIndex((checklist) => checklist.id === selected.id) : -1;

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
          <CreateChoices onPickTemplate={() => setIsPicking(true)} />
        </div>
      ) : null}
      {all.length > 0 ? (
        <>
          <AnchorsPanel />
          <div className="checklists-layout">
            <aside className="checklists-layout__side no-print">
              <ChecklistList checklists={shown} selectedId={selected?.id ?? null} anchors={anchors} onSelect={selectChecklist} />
              {archivedCount > 0 ? (
                <label className="checkbox">
                  <input type="checkbox" checked={isShowingArchived} onChange={(event) => setIsShowingArchived(event.target.checked)} data-testid="show-archived" />
                  {t('checklists.ui.list.showArchived', { count: archivedCount })}
                </label>
              ) : null}
              {!isPicking ? (
                <div className="checklists-layout__new">
                  <div className="checklists-layout__new-title">{t('checklists.ui.list.new')}</div>
                  <CreateChoices onPickTemplate={() => setIsPicking(true)} />
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

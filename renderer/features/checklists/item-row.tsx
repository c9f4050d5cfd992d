import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { joinNames, textIn } from '../../../shared/checklists/localized-text';
import { categoryLabelKey, statusLabelKey, urgencyLabelKey, VERIFY_WITH_OFFICIAL_SOURCE_KEY } from '../../../shared/checklists/message-keys';
import { ITEM_STATUSES } from '../../../shared/checklists/checklist-values';
import type { ItemStatus } from '../../../shared/checklists/schema';
import { isValidityProblem } from '../../../shared/checklists/validity';
import { usePlanner } from '../../store';
import { WithUnbrokenCodes } from '../../components/unbroken';
import { useInterfaceLanguage } from '../../i18n/interface-language';
import { DeadlineText } from './deadline-text';
import { fixedLabel } from './fixed-labels';
import type { DroppedFiles } from './attachments-panel';
import { ItemEditor } from './item-editor';
import { useItemView, useItemViewDates } from './item-views';
import { ValidityMessage } from './validity-message';

interface ItemRowProps {
  checklistId: string;
  itemId: string;
  index: number;
  /** In a windowed list: reports the row's height to the window (components/window-list). */
  measureRow?: (node: Element | null) => void;
}

/**
 * One item: a tick box, its title and deadline at a glance; everything else opens below it. It reads its
 * own item from the store and its props are ids, so ticking an item re-renders that row only, and the
 * list around it follows in a render after the paint (issue 16).
 */
export const ItemRow = memo(function ItemRow({ checklistId, itemId, index, measureRow }: ItemRowProps) {
  const { t } = useTranslation();
  const locale = useInterfaceLanguage();
  const dates = useItemViewDates();
  const view = useItemView(checklistId, itemId, dates);
  const [isOpen, setIsOpen] = useState(false);
  // Files dragged from the file manager onto the row: the item opens and its vault attaches them.
  const [isDropTarget, setIsDropTarget] = useState(false);
  const [droppedFiles, setDroppedFiles] = useState<DroppedFiles | null>(null);
  const canDrop = typeof window !== 'undefined' && window.plannerFiles !== undefined;
  const hasFiles = (event: React.DragEvent) => canDrop && Array.from(event.dataTransfer.types).includes('Files');
  const dropHandlers = {
    onDragEnter: (event: React.DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setIsDropTarget(true);
    },
    onDragOver: (event: React.DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave: (event: React.DragEvent) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setIsDropTarget(false);
    },
    onDrop: (event: React.DragEvent) => {
      setIsDropTarget(false);
      if (!hasFiles(event)) return;
      event.preventDefault();
      // Taken now: the browser empties the DataTransfer once the event is over.
      const files = Array.from(event.dataTransfer.files);
      const api = window.plannerFiles;
      if (files.length === 0 || !api) return;
      setIsOpen(true);
      const attached = api.attachDropped(files);
      setDroppedFiles((previous) => ({ attached, nonce: (previous?.nonce ?? 0) + 1 }));
    },
  };
  const updateChecklistItem = usePlanner((s) => s.updateChecklistItem);
  // Opened from the overview, the timeline or a reminder: scroll to the item and mark it.
  const isFocused = usePlanner((s) => s.focus?.itemId === itemId);
  const rowRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (isFocused) rowRef.current?.scrollIntoView({ block: 'center' });
  }, [isFocused]);
  // A new item from the menu, or a search result: its editor opens (renderer/features/commands).
  const isRevealed = usePlanner((s) => s.revealItemId === itemId);
  if (isRevealed && !isOpen) setIsOpen(true);
  useEffect(() => {
    if (isRevealed) usePlanner.getState().revealItem(null);
  }, [isRevealed]);
  // Stable while the row keeps its place, so a re-render does not detach and re-measure it (the window's
  // observer sees its size change); a row moved to another index is measured for its new place.
  const attachRow = useCallback(
    (node: HTMLLIElement | null) => {
      rowRef.current = node;
      measureRow?.(node);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [measureRow, index],
  );
  if (!view) return null;
  const { item, deadline, validity, blockers } = view;
  const title = textIn(item.title, locale);
  const setStatus = (status: ItemStatus) => updateChecklistItem(checklistId, item.id, { status });
  const isUrgent = deadline.urgency === 'overdue' || deadline.urgency === 'asap' || deadline.urgency === 'due-soon';
  return (
    <li
      ref={attachRow}
      data-index={index}
      className={`item item--${deadline.urgency}${item.status === 'done' || item.status === 'not-needed' ? ' item--finished' : ''}${isFocused ? ' item--focused' : ''}${isDropTarget ? ' item--drop-target' : ''}`}
      {...dropHandlers}
      data-drop-label={isDropTarget ? t('attach.dropHere', { title }) : undefined}
      data-focused={isFocused ? 'true' : undefined}
      data-item-key={item.templateItemKey ?? item.id}
      data-item-id={item.id}
      data-status={item.status}
      data-urgency={deadline.urgency}
    >
      <div className="item__row">
        <input
          type="checkbox"
          className="item__check"
          checked={item.status === 'done'}
          aria-label={t('checklists.ui.item.markDone', { title })}
          data-testid="item-done"
          onChange={(event) => setStatus(event.target.checked ? 'done' : 'todo')}
        />
        <div className="item__body">
          <button type="button" className="item__title" aria-expanded={isOpen} data-testid="item-toggle" onClick={() => setIsOpen(!isOpen)}>
            <WithUnbrokenCodes text={title} />
          </button>
          <div className="item__tags">
            <span className="tag">{fixedLabel(t, categoryLabelKey(item.category))}</span>
            {isUrgent ? <span className={`tag tag--${deadline.urgency}`}>{fixedLabel(t, urgencyLabelKey(deadline.urgency))}</span> : null}
            {item.isCustom ? <span className="tag tag--custom">{fixedLabel(t, 'checklists.template.custom')}</span> : null}
            {item.needsVerification ? (
              <span className="tag tag--verify" title={fixedLabel(t, 'checklists.verify.explanation')} data-verify>
                {fixedLabel(t, VERIFY_WITH_OFFICIAL_SOURCE_KEY)}
              </span>
            ) : null}
            {item.attachments.length > 0 ? <span className="tag">{t('checklists.ui.item.fileCount', { count: item.attachments.length })}</span> : null}
          </div>
          {blockers.length > 0 ? (
            <div className="item__blocked" data-blocked-by>
              <WithUnbrokenCodes text={t('checklists.blocked.by', { names: joinNames(blockers.map((blocker) => textIn(blocker.title, locale)), locale) })} />
            </div>
          ) : null}
          {isValidityProblem(validity) || (!isOpen && validity.kind !== 'not-applicable' && item.status !== 'done') ? (
            <ValidityMessage check={validity} />
          ) : null}
        </div>
        <div className="item__deadline">
          <DeadlineText deadline={deadline} status={item.status} />
        </div>
        <select
          className="item__status"
          name="item.status"
          aria-label={t('checklists.ui.item.status', { title })}
          value={item.status}
          onChange={(event) => {
            const status = ITEM_STATUSES.find((candidate) => candidate === event.target.value);
            if (status) setStatus(status);
          }}
        >
          {ITEM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {fixedLabel(t, statusLabelKey(status))}
            </option>
          ))}
        </select>
      </div>
      {isOpen ? <ItemEditor checklistId={checklistId} item={item} index={index} droppedFiles={droppedFiles} /> : null}
    </li>
  );
});

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { textIn } from '../../../shared/checklists/localized-text';
import { categoryLabelKey } from '../../../shared/checklists/message-keys';
import { ITEM_CATEGORIES } from '../../../shared/checklists/checklist-values';
import type { ChecklistItem, ItemCategory } from '../../../shared/checklists/schema';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { usePlanner } from '../../store';
import { BlockedByEditor } from './blocked-by-editor';
import { AttachmentsPanel, type DroppedFiles } from './attachments-panel';
import { usePlanAnchors, useToday } from './checklist-hooks';
import { useInterfaceLanguage } from '../../i18n/interface-language';
import { DueEditor } from './due-editor';
import { useChecklistItems } from './item-views';
import { identity, parseLongText, parseTitle } from './field-parsers';
import { ValidityEditor } from './validity-editor';

interface ItemEditorProps {
  checklistId: string;
  item: ChecklistItem;
  index: number;
  droppedFiles?: DroppedFiles | null;
}

/** Everything about one item: text, category, notes, deadline, validity, what it waits for, its files. */
export function ItemEditor({ checklistId, item, index, droppedFiles }: ItemEditorProps) {
  const { t } = useTranslation();
  const items = useChecklistItems(checklistId);
  const locale = useInterfaceLanguage();
  const anchors = usePlanAnchors();
  const today = useToday();
  const { updateChecklistItem, moveChecklistItem, addCustomItem, deleteChecklistItem } = usePlanner(
    useShallow((s) => ({
      updateChecklistItem: s.updateChecklistItem,
      moveChecklistItem: s.moveChecklistItem,
      addCustomItem: s.addCustomItem,
      deleteChecklistItem: s.deleteChecklistItem,
    })),
  );
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const update = (patch: Parameters<typeof updateChecklistItem>[2]) => updateChecklistItem(checklistId, item.id, patch);
  const title = textIn(item.title, locale);
  const details = textIn(item.details, locale);

  // Its attached files go to the vault trash once the plan without them is saved (main does that), so
  // undo brings the item back with its files.
  const remove = () => void deleteChecklistItem(checklistId, item.id);

  return (
    <div className="item-editor" data-testid="item-editor">
      {details && !item.isCustom ? <p className="item-editor__details">{details}</p> : null}
      {item.needsVerification ? <p className="banner banner--warn item-editor__verify">{t('checklists.verify.explanation')}</p> : null}
      <div className="form-grid">
        <TextField name="item.title" label={t('checklists.ui.item.title')} value={title} format={identity} parse={parseTitle} onCommit={(next) => update({ title: next })} />
        <SelectField<ItemCategory>
          name="item.category"
          label={t('checklists.ui.item.category')}
          value={item.category}
          options={ITEM_CATEGORIES.map((category) => ({ value: category, label: t(categoryLabelKey(category)) }))}
          onCommit={(category) => category && update({ category })}
        />
      </div>
      {item.isCustom ? (
        <TextField name="item.details" label={t('checklists.ui.item.details')} multiline value={details} format={identity} parse={parseLongText} onCommit={(next) => update({ details: next })} />
      ) : null}
      <TextField name="item.notes" label={t('checklists.print.notes')} multiline value={item.notes} format={identity} parse={parseLongText} onCommit={(notes) => update({ notes })} />
      <DueEditor due={item.due} anchors={anchors} today={today} onChange={(due) => update({ due })} />
      <ValidityEditor item={item} items={items} anchors={anchors} onChange={(validity) => update({ validity })} />
      <BlockedByEditor checklistId={checklistId} item={item} items={items} />
      <AttachmentsPanel checklistId={checklistId} item={item} droppedFiles={droppedFiles} />
      <div className="item-editor__actions">
        <button type="button" disabled={index === 0} onClick={() => moveChecklistItem(checklistId, item.id, -1)}>
          {t('checklists.ui.moveUp')}
        </button>
        <button type="button" disabled={index === items.length - 1} onClick={() => moveChecklistItem(checklistId, item.id, 1)}>
          {t('checklists.ui.moveDown')}
        </button>
        <button type="button" data-testid="add-item-below" onClick={() => addCustomItem(checklistId, index + 1, t('checklists.ui.item.newTitle'))}>
          {t('checklists.ui.item.addBelow')}
        </button>
        <button type="button" className="danger" onClick={() => setIsConfirmingDelete(true)}>
          {t('checklists.ui.item.delete')}
        </button>
        {isConfirmingDelete ? (
          <ConfirmDialog
            message={item.attachments.length > 0 ? t('checklists.ui.item.confirmDeleteWithFiles', { count: item.attachments.length }) : t('checklists.ui.item.confirmDelete')}
            confirmLabel={t('checklists.ui.item.deleteConfirmed')}
            cancelLabel={t('checklists.ui.keep')}
            confirmTestId="confirm-delete-item"
            onConfirm={() => {
              setIsConfirmingDelete(false);
              remove();
            }}
            onCancel={() => setIsConfirmingDelete(false)}
          />
        ) : null}
      </div>
    </div>
  );
}

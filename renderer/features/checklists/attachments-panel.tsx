import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../shared/checklists/schema';
import type { AttachedFiles } from '../../../shared/contract/operations';
import { fail, type Result } from '../../../shared/contract/result';
import { planner } from '../../api/planner';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { usePlanner } from '../../store';
import { useDates } from '../../i18n/use-dates';

/** Files dropped on the item: main is already copying them (ItemRow asked as the drop happened). */
export interface DroppedFiles {
  attached: Promise<Result<AttachedFiles>>;
  nonce: number;
}

interface AttachmentsPanelProps {
  checklistId: string;
  item: ChecklistItem;
  /** Files dropped on the item (ItemRow), attached once through the same path as the picker's. */
  droppedFiles?: DroppedFiles | null;
}

interface Notice {
  tone: 'error' | 'info';
  text: string;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The document vault for one item: files the person picks are copied into the plan's data folder, opened
 * with the system's default app, and removed (copy included) only after they confirm.
 */
export function AttachmentsPanel({ checklistId, item, droppedFiles }: AttachmentsPanelProps) {
  const { t } = useTranslation();
  const dates = useDates();
  const addAttachments = usePlanner((s) => s.addAttachments);
  const removeAttachment = usePlanner((s) => s.removeAttachment);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const reasonOf = (code: string, detail: string) => t(`error.${code}`, { detail });

  // The picker and a drop differ only in where the paths come from; main copies both into the vault alike,
  // and the outcome is shown the same way.
  const showOutcome = (result: Result<AttachedFiles>) => {
    if (!result.ok) {
      setNotices([{ tone: 'error', text: t('checklists.ui.vault.attachFailed', { reason: reasonOf(result.error.code, result.error.message) }) }]);
      return;
    }
    const { isChosen, attachments, failures } = result.value;
    if (!isChosen) return;
    if (attachments.length > 0) addAttachments(checklistId, item.id, attachments);
    setNotices(
      failures.map((failure) => ({
        tone: 'error' as const,
        text: t(`checklists.ui.vault.failure.${failure.reason}`, { name: failure.fileName }),
      })),
    );
  };
  const attach = async () => {
    setIsBusy(true);
    try {
      showOutcome(await planner().attachFiles({}));
    } finally {
      setIsBusy(false);
    }
  };
  const takenDrop = useRef<number | null>(null);
  useEffect(() => {
    if (!droppedFiles || takenDrop.current === droppedFiles.nonce) return;
    takenDrop.current = droppedFiles.nonce;
    void droppedFiles.attached.then(showOutcome, (error: unknown) => showOutcome(fail('internal', String(error))));
    // showOutcome reads only setters and this item's ids; it runs once per drop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [droppedFiles]);

  const open = async (storedName: string, fileName: string) => {
    const result = await planner().openAttachment({ storedName });
    if (result.ok && result.value.problem) {
      return setNotices([{ tone: 'error', text: t(`checklists.ui.vault.openProblem.${result.value.problem}`, { name: fileName }) }]);
    }
    setNotices(result.ok ? [] : [{ tone: 'error', text: t('checklists.ui.vault.openFailed', { name: fileName, reason: reasonOf(result.error.code, result.error.message) }) }]);
  };

  // The plan stops pointing at the file; main moves the copy into the vault trash once that plan is on disk
  // (not before), so undo brings it back.
  const remove = (attachmentId: string) => {
    setConfirmingId(null);
    removeAttachment(checklistId, item.id, attachmentId);
  };

  return (
    <fieldset className="vault">
      <legend>{t('checklists.ui.vault.title')}</legend>
      {item.attachments.length === 0 ? <p className="muted">{t('checklists.ui.vault.empty')}</p> : null}
      <ul className="vault__list">
        {item.attachments.map((attachment) => (
          <li key={attachment.id} data-attachment={attachment.fileName} data-stored-name={attachment.storedName}>
            <span className="vault__name">{attachment.fileName}</span>
            <span className="muted">
              {formatSize(attachment.sizeBytes)} · {t('checklists.ui.vault.addedOn', { date: dates.date(attachment.addedOn) })}
            </span>
            <span className="vault__actions">
              <button type="button" onClick={() => void open(attachment.storedName, attachment.fileName)}>
                {t('checklists.ui.vault.open')}
              </button>
              <button type="button" className="danger" onClick={() => setConfirmingId(attachment.id)}>
                {t('checklists.ui.vault.remove')}
              </button>
            </span>
            {confirmingId === attachment.id ? (
              <ConfirmDialog
                message={t('checklists.ui.vault.confirmRemove', { name: attachment.fileName })}
                confirmLabel={t('checklists.ui.vault.removeConfirmed')}
                cancelLabel={t('checklists.ui.keep')}
                confirmTestId="confirm-remove-attachment"
                onConfirm={() => remove(attachment.id)}
                onCancel={() => setConfirmingId(null)}
              />
            ) : null}
          </li>
        ))}
      </ul>
      <button type="button" data-testid="attach-files" disabled={isBusy} onClick={() => void attach()}>
        {t('checklists.ui.vault.attach')}
      </button>
      <p className="muted vault__hint">
        {t('checklists.ui.vault.hint')}
        {window.plannerFiles ? t('attach.dropHint') : null}
      </p>
      {notices.map((notice) => (
        <p key={notice.text} className={notice.tone === 'error' ? 'field__error' : 'muted'} role={notice.tone === 'error' ? 'alert' : 'status'} data-vault-message>
          {notice.text}
        </p>
      ))}
    </fieldset>
  );
}

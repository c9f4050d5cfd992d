import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../shared/checklists/schema';
import { planner } from '../../api/planner';
import { usePlanner } from '../../store';
import { useDates } from '../../i18n/use-dates';

interface AttachmentsPanelProps {
  checklistId: string;
  item: ChecklistItem;
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
export function AttachmentsPanel({ checklistId, item }: AttachmentsPanelProps) {
  const { t } = useTranslation();
  const dates = useDates();
  const addAttachments = usePlanner((s) => s.addAttachments);
  const removeAttachment = usePlanner((s) => s.removeAttachment);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const reasonOf = (code: string, detail: string) => t(`error.${code}`, { detail });

  const attach = async () => {
    setIsBusy(true);
    try {
      const result = await planner().attachFiles({});
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
    } finally {
      setIsBusy(false);
    }
  };

  const open = async (storedName: string, fileName: string) => {
    const result = await planner().openAttachment({ storedName });
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
            {confirmingId === attachment.id ? (
              <span className="confirm" role="group" aria-label={t('checklists.ui.vault.confirmRemove', { name: attachment.fileName })}>
                <span>{t('checklists.ui.vault.confirmRemove', { name: attachment.fileName })}</span>
                <button type="button" className="danger" data-testid="confirm-remove-attachment" onClick={() => remove(attachment.id)}>
                  {t('checklists.ui.vault.removeConfirmed')}
                </button>
                <button type="button" onClick={() => setConfirmingId(null)}>
                  {t('checklists.ui.keep')}
                </button>
              </span>
            ) : (
              <span className="vault__actions">
                <button type="button" onClick={() => void open(attachment.storedName, attachment.fileName)}>
                  {t('checklists.ui.vault.open')}
                </button>
                <button type="button" className="danger" onClick={() => setConfirmingId(attachment.id)}>
                  {t('checklists.ui.vault.remove')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <button type="button" data-testid="attach-files" disabled={isBusy} onClick={() => void attach()}>
        {t('checklists.ui.vault.attach')}
      </button>
      <p className="muted vault__hint">{t('checklists.ui.vault.hint')}</p>
      {notices.map((notice) => (
        <p key={notice.text} className={notice.tone === 'error' ? 'field__error' : 'muted'} role={notice.tone === 'error' ? 'alert' : 'status'} data-vault-message>
          {notice.text}
        </p>
      ))}
    </fieldset>
  );
}

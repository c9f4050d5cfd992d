import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/contract/plan-files-operations';
import { formatMoment } from '../../../shared/dates/format-date';
import { DIFF_KINDS } from '../../../shared/plan-files/plan-diff';

type Ready = Extract<ImportPreview, { outcome: 'ready' }>;

/**
 * What the import would change, before anything is written. When it would remove most of the plan the
 * second step asks again in plain words, naming how many items go.
 */
export function ImportPreviewDialog(props: {
  preview: Ready;
  isAskingAgain: boolean;
  isBusy: boolean;
  onApply(): void;
  onConfirmLargeRemoval(): void;
  onCancel(): void;
}) {
  const { t, i18n } = useTranslation();
  const { preview } = props;
  const { diff } = preview;
  const dialogRef = useRef<HTMLDivElement>(null);
  // Focus moves into the dialog when it opens and back to what opened it when it closes.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialogRef.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const exportedAt = formatMoment(preview.exportedAt, i18n.language);
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="import-preview-title"
        data-testid="import-preview"
        ref={dialogRef}
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !props.isBusy) props.onCancel();
        }}
      >
        <h2 id="import-preview-title">{t('planFiles.previewTitle', { file: preview.fileName })}</h2>
        <p className="muted">
          {t('planFiles.previewSource', { name: preview.planName || t('plans.defaultName'), date: exportedAt, count: preview.attachments })}
        </p>
        {preview.migratedFrom !== null ? <p className="muted">{t('planFiles.previewMigrated', { version: preview.migratedFrom })}</p> : null}
        {props.isAskingAgain ? (
          <div className="banner banner--danger" role="alert" data-testid="large-removal">
            <strong>{t('planFiles.largeRemovalTitle')}</strong>
            <p>{t('planFiles.largeRemovalBody', { removed: diff.removedItems, total: diff.currentItems })}</p>
          </div>
        ) : null}
        {diff.isIdentical ? (
          <p>{t('planFiles.previewIdentical')}</p>
        ) : (
          <>
            <p>{t('planFiles.previewLead')}</p>
            <table className="import-diff">
              <thead>
                <tr>
                  <th scope="col">{t('planFiles.kind')}</th>
                  <th scope="col">{t('planFiles.added')}</th>
                  <th scope="col">{t('planFiles.changed')}</th>
                  <th scope="col">{t('planFiles.removed')}</th>
                  <th scope="col">{t('planFiles.unchanged')}</th>
                </tr>
              </thead>
              <tbody>
                {DIFF_KINDS.map((kind) => {
                  const change = diff.kinds[kind];
                  return (
                    <tr key={kind} data-diff-kind={kind}>
                      <th scope="row">{t(`planFiles.kind.${kind}`)}</th>
                      <td>{change.added}</td>
                      <td>{change.changed}</td>
                      <td className={change.removed > 0 ? 'import-diff__removed' : undefined}>{change.removed}</td>
                      <td>{change.unchanged}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {diff.isSettingsChanged ? <p>{t('planFiles.settingsChanged')}</p> : null}
          </>
        )}
        <p className="muted">{t('planFiles.backupNote')}</p>
        <div className="modal__actions">
          <button type="button" onClick={props.onCancel} disabled={props.isBusy}>
            {t('planFiles.cancel')}
          </button>
          {props.isAskingAgain ? (
            <button type="button" className="primary danger-fill" onClick={props.onConfirmLargeRemoval} disabled={props.isBusy}>
              {t('planFiles.largeRemovalConfirm')}
            </button>
          ) : (
            <button type="button" className="primary" onClick={props.onApply} disabled={props.isBusy} data-testid="apply-import">
              {t('planFiles.apply')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

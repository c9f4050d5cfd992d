import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { usePlanner } from '../store';

/** Saving / saved / failed, exactly as main reported it; a failed save never reads as saved. */
export function SaveStatus() {
  const { t } = useTranslation();
  const { saveState, saveError, isRecovery, rejectedEdit, invalidCount } = usePlanner(
    useShallow((s) => ({
      saveState: s.saveState,
      saveError: s.saveError,
      isRecovery: s.storage?.mode === 'recovery',
      rejectedEdit: s.rejectedEdit,
      invalidCount: s.invalidFields.length,
    })),
  );
  const unsavedFields =
    invalidCount > 0 ? (
      <div className="save-status save-status--warn" role="status" data-testid="unsaved-fields">
        {t('save.invalidFields', { count: invalidCount })}
      </div>
    ) : null;
  const rejected = rejectedEdit ? (
    <div className="save-status save-status--failed" role="alert" data-testid="rejected-edit" title={rejectedEdit.path}>
      {t('edit.rejected', { reason: t(rejectedEdit.messageKey) })}
    </div>
  ) : null;
  if (isRecovery) {
    return (
      <>
        {rejected}
        <div className="save-status save-status--failed" data-save-state="recovery" role="status">
          {t('save.recovery')}
        </div>
      </>
    );
  }
  // The person gets the plain reason; the technical detail (paths, system error) stays in the tooltip.
  const text = saveState === 'failed' && saveError ? t('save.failed', { reason: t(`error.${saveError.code}`) }) : t(`save.${saveState}`);
  return (
    <>
    {rejected}
    {unsavedFields}
    <div
      className={`save-status save-status--${saveState}`}
      data-save-state={saveState}
      role="status"
      aria-live="polite"
      title={saveState === 'failed' ? saveError?.message : undefined}
    >
      {text}
      {saveState === 'failed' ? (
        <button type="button" className="link-button" onClick={() => void window.plannerFlushPendingSaves?.()}>
          {t('save.retry')}
        </button>
      ) : null}
    </div>
    </>
  );
}

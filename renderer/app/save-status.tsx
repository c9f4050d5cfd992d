import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { saveLineOf, type SaveLine } from '../features/save-status/status-line';
import { usePlanner } from '../store';

const CLASS_OF: Record<SaveLine['kind'], string> = {
  recovery: 'failed',
  'read-only': 'failed',
  'external-change': 'failed',
  failed: 'failed',
  saving: 'saving',
  rejected: 'failed',
  invalid: 'warn',
  saved: 'saved',
};

/**
 * The one save status line: exactly one state, as main reported it; a failed save never reads as saved, and
 * one that is retried by itself counts down to the retry. The technical detail stays in the tooltip.
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const input = usePlanner(
    useShallow((s) => ({
      storage: s.storage,
      saveState: s.saveState,
      saveError: s.saveError,
      saveRetryAt: s.saveRetryAt,
      rejectedMessageKey: s.rejectedEdit?.messageKey ?? null,
      rejectedPath: s.rejectedEdit?.path ?? null,
      invalidCount: s.invalidFields.length,
    })),
  );
  const [now, setNow] = useState(() => Date.now());
  // A countdown ticks only while a retry is waiting (the first tick at once, so it never starts stale).
  useEffect(() => {
    if (input.saveRetryAt === null) return undefined;
    const first = setTimeout(() => setNow(Date.now()), 0);
    const ticker = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      clearTimeout(first);
      clearInterval(ticker);
    };
  }, [input.saveRetryAt]);
  const line = saveLineOf(input, now);
  // data-save-state keeps the storage and save state as they are (tests and the close guard read it).
  const saveState = input.storage?.mode === 'recovery' || input.storage?.mode === 'read-only' ? input.storage.mode : input.saveState;
  return (
    <div
      className={`save-status save-status--${CLASS_OF[line.kind]}`}
      data-save-state={saveState}
      data-save-line={line.kind}
      role="status"
      aria-live="polite"
      title={input.saveState === 'failed' ? input.saveError?.message : (input.rejectedPath ?? undefined)}
    >
      <LineText line={line} />
      {line.kind === 'failed' ? (
        <button type="button" className="link-button" onClick={() => void window.plannerFlushPendingSaves?.()}>
          {t('saveLine.retryNow')}
        </button>
      ) : null}
    </div>
  );
}

function LineText({ line }: { line: SaveLine }) {
  const { t } = useTranslation();
  switch (line.kind) {
    case 'recovery':
      return <>{t('save.recovery')}</>;
    case 'read-only':
      return <>{t('saveLine.readOnly')}</>;
    case 'external-change':
      return <>{t('saveLine.externalChange')}</>;
    case 'failed': {
      const reason = t(line.reasonKey);
      return <>{line.retryInSeconds === null ? t('saveLine.failed', { reason }) : t('saveLine.failedRetrying', { reason, seconds: line.retryInSeconds })}</>;
    }
    case 'saving':
      return <>{t('saveLine.saving')}</>;
    case 'rejected':
      return <span data-testid="rejected-edit">{t('edit.rejected', { reason: t(line.messageKey) })}</span>;
    case 'invalid':
      return <span data-testid="unsaved-fields">{t('save.invalidFields', { count: line.count })}</span>;
    case 'saved':
      return <>{t('saveLine.saved')}</>;
  }
}

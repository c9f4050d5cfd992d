import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planner } from '../api/planner';
import { restoreBackup } from '../features/backups/restore-backup';
import { backupDate, summaryText } from '../features/backups/summary-text';
import { usePlanner } from '../store';

/** Shown when the plan file could not be used: names the kept copy and promises nothing is written. */
export function RecoveryBanner() {
  const { t, i18n } = useTranslation();
  const storage = usePlanner((s) => s.storage);
  const [failure, setFailure] = useState<string | null>(null);
  if (storage?.mode !== 'recovery') return null;
  const newest = storage.newestBackupInfo ?? null;
  const restore = async (name: string) => {
    const outcome = await restoreBackup(name);
    if (!outcome.ok) setFailure(t('backups.restoreFailed', { reason: outcome.reason }));
  };
  return (
    <div className="banner banner--danger" role="alert" data-testid="recovery-banner">
      <strong>{t('recovery.title')}</strong>
      <p>{t(`recovery.${storage.reason}`)}</p>
      {storage.quarantinedFile ? (
        <p>
          {t('recovery.kept')} <code data-testid="quarantined-file">{storage.quarantinedFile}</code>
        </p>
      ) : (
        <p data-testid="recovery-untouched">{t('recovery.untouched')}</p>
      )}
      <p>{t('recovery.readonly')}</p>
      {newest ? (
        <div className="recovery-restore" data-testid="recovery-restore">
          <p>{t('recovery.restoreNewest', { date: backupDate(newest, i18n.language), summary: summaryText(t, newest.summary) })}</p>
          <button type="button" className="primary" name="restore-newest-backup" onClick={() => void restore(newest.name)}>
            {t('recovery.restoreButton')}
          </button>
          <p className="muted">{t('recovery.restoreNote')}</p>
          {failure ? <p className="field__error">{failure}</p> : null}
        </div>
      ) : null}
      {storage.newestBackup ? (
        <p>
          {t('recovery.backup')} <code data-testid="newest-backup">{storage.newestBackup}</code>
        </p>
      ) : (
        <p>{t('recovery.noBackup')}</p>
      )}
      <button type="button" onClick={() => void planner().openDataFolder({})}>
        {t('recovery.openFolder')}
      </button>
    </div>
  );
}

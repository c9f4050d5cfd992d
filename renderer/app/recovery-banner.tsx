import { useTranslation } from 'react-i18next';
import { planner } from '../api/planner';
import { usePlanner } from '../store';

/** Shown when the plan file could not be used: names the kept copy and promises nothing is written. */
export function RecoveryBanner() {
  const { t } = useTranslation();
  const storage = usePlanner((s) => s.storage);
  if (storage?.mode !== 'recovery') return null;
  return (
    <div className="banner banner--danger" role="alert" data-testid="recovery-banner">
      <strong>{t('recovery.title')}</strong>
      <p>{t(`recovery.${storage.reason}`)}</p>
      <p>
        {t('recovery.kept')} <code data-testid="quarantined-file">{storage.quarantinedFile}</code>
      </p>
      <p>{t('recovery.readonly')}</p>
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

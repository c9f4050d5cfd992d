import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanner } from '../../store';
import { restoreBackup } from './restore-backup';
import { backupDate, summaryText } from './summary-text';

/** plan.json was missing but backups sit beside it: offer the newest instead of opening silently empty. */
export function MissingPlanBanner() {
  const { t, i18n } = useTranslation();
  const backup = usePlanner((s) => (s.storage?.mode === 'normal' ? s.storage.missingPlanBackup : undefined));
  const [isDismissed, setDismissed] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (!backup || isDismissed) return null;
  const restore = async () => {
    const outcome = await restoreBackup(backup.name);
    if (outcome.ok) setDismissed(true);
    else setFailure(t('backups.restoreFailed', { reason: outcome.reason }));
  };
  return (
    <div className="banner banner--warn" role="alert" data-testid="missing-plan-banner">
      <strong>{t('missingPlan.title')}</strong>
      <p>{t('missingPlan.body', { date: backupDate(backup, i18n.language), summary: summaryText(t, backup.summary) })}</p>
      {failure ? <p className="field__error">{failure}</p> : null}
      <button type="button" className="primary" name="restore-missing-plan" onClick={() => void restore()}>
        {t('missingPlan.restore')}
      </button>{' '}
      <button type="button" name="start-empty" onClick={() => setDismissed(true)}>
        {t('missingPlan.startEmpty')}
      </button>
    </div>
  );
}

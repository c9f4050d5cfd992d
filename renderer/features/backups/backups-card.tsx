import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/contract/backups';
import { planner } from '../../api/planner';
import { usePlanner } from '../../store';
import { restoreBackup } from './restore-backup';
import { backupDate, summaryText } from './summary-text';

/** Settings: every valid backup with its date and what it holds, each restorable in one click. */
export function BackupsCard() {
  const { t, i18n } = useTranslation();
  const undo = usePlanner((s) => s.undo);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [message, setMessage] = useState<{ isError: boolean; text: string; canUndo: boolean } | null>(null);
  // Read again after each restore (it adds the snapshot of the plan it replaced).
  const [listVersion, setListVersion] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    void planner()
      .listBackups({})
      .then((result) => {
        if (!isCurrent) return;
        if (result.ok) setBackups(result.value.backups);
        else setMessage({ isError: true, text: t('backups.listFailed', { reason: result.error.message }), canUndo: false });
      });
    return () => {
      isCurrent = false;
    };
  }, [t, listVersion]);

  const restore = async (backup: BackupInfo) => {
    const outcome = await restoreBackup(backup.name);
    setMessage(
      outcome.ok
        ? { isError: false, text: t('backups.restored', { date: backupDate(backup, i18n.language) }), canUndo: true }
        : { isError: true, text: t('backups.restoreFailed', { reason: outcome.reason }), canUndo: false },
    );
    setListVersion((version) => version + 1);
  };

  return (
    <section className="card" data-testid="backups-card">
      <h2>{t('backups.title')}</h2>
      <p className="muted">{t('backups.intro')}</p>
      {message ? (
        <div className={`banner ${message.isError ? 'banner--danger' : 'banner--info'} history-notice`} role="status" data-testid="restore-message">
          <span>{message.text}</span>
          {message.canUndo ? (
            <button type="button" name="undo-restore" onClick={() => undo() && setMessage(null)}>
              {t('history.undo')}
            </button>
          ) : null}
        </div>
      ) : null}
      {backups === null ? <p className="muted">{t('backups.loading')}</p> : null}
      {backups?.length === 0 ? <p data-testid="no-backups">{t('backups.empty')}</p> : null}
      {backups && backups.length > 0 ? (
        <table className="backups-table" data-testid="backups-list">
          <thead>
            <tr>
              <th>{t('backups.taken')}</th>
              <th>{t('backups.contents')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.name} data-backup={backup.name} data-future-dated={backup.isFutureDated || undefined}>
                <td>
                  {backupDate(backup, i18n.language)}
                  {backup.isFutureDated ? <div className="muted small">{t('backups.futureDated')}</div> : null}
                </td>
                <td>{summaryText(t, backup.summary)}</td>
                <td>
                  <button type="button" name="restore-backup" onClick={() => void restore(backup)}>
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

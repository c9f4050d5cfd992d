import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { takeNotice, type PlanNotice as Notice } from './plan-actions';

/** Once, after the window restarted on an imported or switched-to plan: says what happened. */
export function PlanNotice() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice | null>(() => takeNotice());
  if (!notice) return null;
  return (
    <div className="banner banner--ok" role="status" data-testid="plan-notice">
      <p>
        {notice.kind === 'imported' ? (
          <>
            {t('planFiles.applied')} 
            <code>{notice.backupFile}</code>
          </>
        ) : (
          t('planFiles.switched', { name: notice.name })
        )}
      </p>
      <button type="button" onClick={() => setNotice(null)}>
        {t('planFiles.dismiss')}
      </button>
    </div>
  );
}

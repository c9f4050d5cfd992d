import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Shown once after main reloaded a crashed window (electron/main/renderer-crash.ts). */
export function CrashNotice() {
  const { t } = useTranslation();
  const [isShown, setShown] = useState(() => new URLSearchParams(window.location.search).get('after') === 'renderer-crash');
  if (!isShown) return null;
  return (
    <div className="banner banner--warn history-notice" role="alert" data-testid="crash-notice">
      <span>{t('crash.reloaded')}</span>
      <button type="button" className="link-button" onClick={() => setShown(false)}>
        {t('history.dismiss')}
      </button>
    </div>
  );
}

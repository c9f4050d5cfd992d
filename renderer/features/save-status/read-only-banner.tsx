import { useTranslation } from 'react-i18next';
import { usePlanner } from '../../store';

/** A good plan in a folder that cannot be written: it is shown, and the person knows nothing is saved. */
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const detail = usePlanner((s) => (s.storage?.mode === 'read-only' ? s.storage.detail : null));
  if (detail === null) return null;
  return (
    // The system's own words (English, with the path) stay in the tooltip.
    <div className="banner banner--danger" role="alert" data-testid="read-only-banner" title={detail}>
      <strong>{t('readOnly.title')}</strong>
      <p>{t('readOnly.body')}</p>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanner } from '../../store';
import { resolveExternalChange } from './resolve-external-change';

/** plan.json was changed by another program: nothing is written until the person picks a version. */
export function ExternalChangeBanner() {
  const { t } = useTranslation();
  const isChanged = usePlanner((s) => s.saveState === 'failed' && s.saveError?.code === 'external-change');
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  if (!isChanged) {
    return notice ? (
      <div className="banner banner--ok" role="status" data-testid="external-change-kept">
        <p>{notice}</p>
      </div>
    ) : null;
  }
  const choose = async (keep: 'disk' | 'mine') => {
    setBusy(true);
    setFailure(null);
    const outcome = await resolveExternalChange(keep);
    setBusy(false);
    if (!outcome.ok) setFailure(t('externalChange.failed', { reason: outcome.reason }));
    else setNotice(outcome.keptCopy ? t('externalChange.kept', { file: baseName(outcome.keptCopy) }) : null);
  };
  return (
    <div className="banner banner--warn" role="alert" data-testid="external-change-banner">
      <strong>{t('externalChange.title')}</strong>
      <p>{t('externalChange.body')}</p>
      <button type="button" className="primary" name="load-disk" disabled={isBusy} onClick={() => void choose('disk')}>
        {t('externalChange.loadDisk')}
      </button>{' '}
      <button type="button" name="keep-mine" disabled={isBusy} onClick={() => void choose('mine')}>
        {t('externalChange.keepMine')}
      </button>
      <p className="muted">{t('externalChange.note')}</p>
      {failure ? <p className="field__error">{failure}</p> : null}
    </div>
  );
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planner } from '../../api/planner';
import { bootPlanStore } from '../../store/boot';
import { markLockScreenCommitted } from '../../app/ready-signal';
import { unlockAndBoot } from './lock-gate';

/** The whole window while an encrypted plan is locked: one passphrase field, and plain words on what it guards. */
export function UnlockScreen() {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  useLayoutEffect(() => markLockScreenCommitted(), []);
  const submit = async () => {
    setIsBusy(true);
    setProblem(null);
    try {
      const result = await planner().unlockPlan({ passphrase });
      if (!result.ok) return setProblem(t('encryption.error.failed', { detail: result.error.message }));
      if (result.value.outcome === 'refused') {
        const key = result.value.problem === 'wrong-passphrase' ? 'lock.wrong' : result.value.problem === 'newer-version' ? 'lock.newer' : 'lock.damaged';
        setPassphrase('');
        return setProblem(t(key));
      }
      await unlockAndBoot(bootPlanStore, result.value.state);
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <div className="unlock" data-testid="unlock-screen">
      <form
        className="unlock__card card"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="sidebar__brand unlock__brand">{t('app.title')}</div>
        <h1>{t('lock.title')}</h1>
        <p>{t('lock.body')}</p>
        <div className={`field${problem ? ' field--invalid' : ''}`}>
          <label htmlFor="unlock-passphrase">{t('lock.passphrase')}</label>
          <input
            id="unlock-passphrase"
            type="password"
            autoComplete="current-password"
            autoFocus
            value={passphrase}
            aria-describedby="unlock-problem"
            onChange={(event) => setPassphrase(event.target.value)}
          />
          {problem ? (
            <span className="field__error" id="unlock-problem" role="alert" data-field-error="passphrase">
              {problem}
            </span>
          ) : null}
        </div>
        <p>
          <button type="submit" className="primary" disabled={isBusy || passphrase === ''}>
            {isBusy ? t('lock.unlocking') : t('lock.unlock')}
          </button>
        </p>
        <p className="muted">{t('encryption.protected')}</p>
        <p className="muted">{t('encryption.notProtected')}</p>
        <p className="muted">
          <strong>{t('lock.forgotten')}</strong>
        </p>
      </form>
    </div>
  );
}

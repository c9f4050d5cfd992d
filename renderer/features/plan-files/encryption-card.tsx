import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH, type LockState } from '../../../shared/contract/plan-files-operations';
import { planner } from '../../api/planner';
import { flushEdits } from './plan-actions';
import { lockNow, startIdleLock } from './lock-gate';

const LOCK_CHOICES = [5, 10, 15, 30, 60];

function PassphraseField(props: { id: string; label: string; value: string; onChange(value: string): void; autoComplete: string }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input id={props.id} type="password" autoComplete={props.autoComplete} value={props.value} onChange={(event) => props.onChange(event.target.value)} />
    </div>
  );
}

/** Turn encryption on, change or remove the passphrase, lock now, and say plainly what is and is not protected. */
export function EncryptionCard() {
  const { t } = useTranslation();
  const [state, setState] = useState<LockState | null>(null);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  useEffect(() => {
    void planner()
      .getLockState({})
      .then((result) => result.ok && setState(result.value));
  }, []);
  if (!state) return null;

  const change = async (mode: 'enable' | 'change' | 'remove') => {
    setMessage(null);
    if (mode !== 'remove') {
      if ([...next].length < MIN_PASSPHRASE_LENGTH) return setMessage({ tone: 'error', text: t('encryption.error.too-short') });
      if (next !== confirm) return setMessage({ tone: 'error', text: t('encryption.error.mismatch') });
    }
    setIsBusy(true);
    try {
      if (!(await flushEdits())) return setMessage({ tone: 'error', text: t('plans.notSaved') });
      const result = await planner().setPassphrase({ current: mode === 'enable' ? null : current, next: mode === 'remove' ? null : next });
      if (!result.ok) return setMessage({ tone: 'error', text: t('encryption.error.failed', { detail: result.error.message }) });
      if (result.value.outcome === 'refused') return setMessage({ tone: 'error', text: t(`encryption.error.${result.value.problem}`) });
      setState(result.value.state);
      startIdleLock(result.value.state);
      setCurrent('');
      setNext('');
      setConfirm('');
      setMessage({ tone: 'ok', text: t(mode === 'enable' ? 'encryption.enabled' : mode === 'change' ? 'encryption.changed' : 'encryption.removed') });
    } finally {
      setIsBusy(false);
    }
  };

  const remember = async (isOn: boolean) => {
    setMessage(null);
    const result = await planner().rememberKey({ isOn });
    if (!result.ok) return setMessage({ tone: 'error', text: t('encryption.error.failed', { detail: result.error.message }) });
    if (result.value.outcome === 'refused') return setMessage({ tone: 'error', text: t(`encryption.error.${result.value.problem}`) });
    setState(result.value.state);
    setMessage({ tone: 'ok', text: t(isOn ? 'encryption.remembered' : 'encryption.forgotKey') });
  };

  return (
    <section className="card" data-testid="encryption-card" aria-busy={isBusy}>
      <h2>{t('encryption.title')}</h2>
      <p>
        {state.isEncrypted
          ? t(state.isRemembered ? 'encryption.onRemembered' : 'encryption.on', { minutes: state.lockAfterMinutes })
          : t('encryption.off')}
      </p>
      <ul className="encryption-facts">
        <li>{t('encryption.protected')}</li>
        <li>{t('encryption.notProtected')}</li>
        <li>
          <strong>{t('encryption.forgotten')}</strong>
        </li>
        <li className="muted">{t('encryption.keychain')}</li>
      </ul>
      <form
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault();
          void change(state.isEncrypted ? 'change' : 'enable');
        }}
      >
        {state.isEncrypted ? (
          <PassphraseField id="passphrase-current" label={t('encryption.current')} value={current} onChange={setCurrent} autoComplete="current-password" />
        ) : null}
        <PassphraseField id="passphrase-new" label={t('encryption.new')} value={next} onChange={setNext} autoComplete="new-password" />
        <PassphraseField id="passphrase-confirm" label={t('encryption.confirm')} value={confirm} onChange={setConfirm} autoComplete="new-password" />
        <div className="button-row">
          <button type="submit" className="primary" disabled={isBusy}>
            {state.isEncrypted ? t('encryption.change') : t('encryption.enable')}
          </button>
          {state.isEncrypted ? (
            <>
              <button type="button" className="danger" disabled={isBusy || current === ''} onClick={() => void change('remove')}>
                {t('encryption.remove')}
              </button>
              <button type="button" disabled={isBusy} onClick={() => void lockNow().then((isLocked) => isLocked || setMessage({ tone: 'error', text: t('plans.notSaved') }))}>
                {t('encryption.lockNow')}
              </button>
            </>
          ) : null}
        </div>
      </form>
      {state.isEncrypted ? (
        <label className="checkbox encryption-remember">
          <input
            type="checkbox"
            data-testid="remember-key"
            checked={state.isRemembered}
            disabled={isBusy}
            onChange={(event) => void remember(event.target.checked)}
          />
          {t('encryption.remember')}
        </label>
      ) : null}
      {state.isEncrypted ? (
        <div className="field encryption-lock-after">
          <label htmlFor="lock-after">{t('encryption.lockAfter')}</label>
          <select
            id="lock-after"
            value={state.lockAfterMinutes}
            onChange={(event) =>
              void planner()
                .setLockAfter({ minutes: Number(event.target.value) })
                .then((result) => {
                  if (!result.ok) return;
                  setState(result.value);
                  startIdleLock(result.value);
                })
            }
          >
            {[...new Set([...LOCK_CHOICES, state.lockAfterMinutes])]
              .sort((a, b) => a - b)
              .map((minutes) => (
                <option key={minutes} value={minutes}>
                  {t('encryption.minutes', { count: minutes })}
                </option>
              ))}
          </select>
        </div>
      ) : null}
      {isBusy ? <p className="muted">{t('encryption.working')}</p> : null}
      {message ? (
        <p className={message.tone === 'error' ? 'field__error' : 'encryption-ok'} role={message.tone === 'error' ? 'alert' : 'status'} data-testid="encryption-message">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}

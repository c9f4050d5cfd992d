import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlansChanged, PlanSummary } from '../../../shared/contract/plan-files-operations';
import type { Result } from '../../../shared/contract/result';
import { formatDayOf } from '../../../shared/dates/format-date';
import { planner } from '../../api/planner';
import { usePlanner } from '../../store';
import { displayName, flushEdits, restartWithPlan } from './plan-actions';

/** Every plan in the data folder: open, rename, duplicate, delete into the trash, restore. */
export function PlansCard() {
  const { t, i18n } = useTranslation();
  const plans = usePlanner((s) => s.plans);
  const plansLoaded = usePlanner((s) => s.plansLoaded);
  const [newName, setNewName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [fieldError, setFieldError] = useState<{ field: string; key: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  if (!plans) return null;

  const run = async (field: string, operation: () => Promise<Result<PlansChanged>>, switchedTo?: string) => {
    setFailure(null);
    setFieldError(null);
    setIsBusy(true);
    try {
      // The open plan's last edits go to its own file before anything else happens.
      if (!(await flushEdits())) return setFailure(t('plans.notSaved'));
      const result = await operation();
      if (!result.ok) return setFailure(t('plans.error.failed', { detail: result.error.message }));
      if (result.value.nameError) return setFieldError({ field, key: result.value.nameError });
      plansLoaded(result.value.overview);
      if (result.value.loaded) {
        const current = result.value.overview.plans.find((plan) => plan.id === result.value.overview.currentId);
        restartWithPlan({ kind: 'switched', name: switchedTo ?? displayName(current?.name ?? '', t) });
        return;
      }
      setRenaming(null);
      if (field === 'new') setNewName('');
    } finally {
      setIsBusy(false);
    }
  };

  const nameOf = (plan: PlanSummary) => displayName(plan.name, t);
  const errorFor = (field: string) =>
    fieldError?.field === field ? (
      <span className="field__error" id={`plan-error-${field}`} data-field-error="">
        {t(fieldError.key)}
      </span>
    ) : null;

  return (
    <section className="card" data-testid="plans-card" aria-busy={isBusy}>
      <h2>{t('plans.title')}</h2>
      <p className="muted">{t('plans.intro')}</p>
      <p className="muted" data-testid="plan-names-note">
        {t('plans.namesNotEncrypted')}
      </p>
      <ul className="plans-list">
        {plans.plans.map((plan) => {
          const isCurrent = plan.id === plans.currentId;
          return (
            <li key={plan.id} className={`plans-list__item${isCurrent ? ' plans-list__item--current' : ''}`} data-plan-id={plan.id}>
              {renaming?.id === plan.id ? (
                <form
                  className="plans-list__rename"
                  onSubmit={(event) => {
                    event.preventDefault();
                    void run(plan.id, () => planner().renamePlan({ id: plan.id, name: renaming.name }));
                  }}
                >
                  <div className={`field${fieldError?.field === plan.id ? ' field--invalid' : ''}`}>
                    <label htmlFor={`rename-${plan.id}`}>{t('plans.renameLabel', { name: nameOf(plan) })}</label>
                    <input
                      id={`rename-${plan.id}`}
                      value={renaming.name}
                      maxLength={200}
                      autoFocus
                      aria-describedby={`plan-error-${plan.id}`}
                      onChange={(event) => setRenaming({ id: plan.id, name: event.target.value })}
                    />
                    {errorFor(plan.id)}
                  </div>
                  <button type="submit" className="primary" disabled={isBusy}>
                    {t('plans.save')}
                  </button>
                  <button type="button" onClick={() => setRenaming(null)}>
                    {t('plans.cancel')}
                  </button>
                </form>
              ) : (
                <>
                  <div className="plans-list__name">
                    <strong>{nameOf(plan)}</strong>
                    {isCurrent ? <span className="badge">{t('plans.currentBadge')}</span> : null}
                    <div className="muted">{t('plans.created', { date: formatDayOf(plan.createdAt, i18n.language) })}</div>
                  </div>
                  <div className="plans-list__actions">
                    {!isCurrent ? (
                      <button type="button" className="primary" disabled={isBusy} onClick={() => void run(plan.id, () => planner().switchPlan({ id: plan.id }), nameOf(plan))}>
                        {t('plans.open')}
                      </button>
                    ) : null}
                    <button type="button" disabled={isBusy} onClick={() => setRenaming({ id: plan.id, name: plan.name || nameOf(plan) })}>
                      {t('plans.rename')}
                    </button>
                    <button
                      type="button"
                      disabled={isBusy}
                      onClick={() => void run(plan.id, () => planner().duplicatePlan({ id: plan.id, name: t('plans.copyName', { name: nameOf(plan) }) }))}
                    >
                      {t('plans.duplicate')}
                    </button>
                    {!isCurrent && plan.id !== 'main' ? (
                      <button type="button" className="danger" disabled={isBusy} onClick={() => void run(plan.id, () => planner().deletePlan({ id: plan.id }))}>
                        {t('plans.delete')}
                      </button>
                    ) : null}
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {plans.plans.some((plan) => plan.id === 'main') && plans.plans.length > 1 ? <p className="muted">{t('plans.mainNote')}</p> : null}
      <form
        className="plans-new"
        onSubmit={(event) => {
          event.preventDefault();
          void run('new', () => planner().createPlan({ name: newName }), newName.trim());
        }}
      >
        <div className={`field${fieldError?.field === 'new' ? ' field--invalid' : ''}`}>
          <label htmlFor="new-plan-name">{t('plans.newName')}</label>
          <input id="new-plan-name" value={newName} maxLength={200} aria-describedby="plan-error-new" onChange={(event) => setNewName(event.target.value)} />
          {errorFor('new')}
        </div>
        <button type="submit" className="primary" disabled={isBusy}>
          {t('plans.create')}
        </button>
      </form>
      {failure ? (
        <p className="field__error" role="alert">
          {failure}
        </p>
      ) : null}
      {plans.trash.length > 0 ? (
        <div className="plans-trash" data-testid="plans-trash">
          <h3>{t('plans.trashTitle')}</h3>
          <p className="muted">{t('plans.trashBody')}</p>
          <ul className="plans-list">
            {plans.trash.map((plan) => (
              <li key={plan.id} className="plans-list__item" data-plan-id={plan.id}>
                <div className="plans-list__name">
                  <strong>{nameOf(plan)}</strong>
                  <div className="muted">
                    {t('plans.trashEntry', { deleted: formatDayOf(plan.deletedAt, i18n.language), purge: formatDayOf(plan.purgeOn, i18n.language) })}
                  </div>
                </div>
                <div className="plans-list__actions">
                  <button type="button" disabled={isBusy} onClick={() => void run(plan.id, () => planner().restorePlan({ id: plan.id }))}>
                    {t('plans.restore')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanner } from '../../store';
import { displayName, refreshPlans } from './plan-actions';
import { whenIdle } from '../../components/when-idle';

/** The open plan's name under the app's name in the sidebar, and in the window title. */
export function PlanTitle() {
  const { t } = useTranslation();
  const plans = usePlanner((s) => s.plans);
  const showSection = usePlanner((s) => s.showSection);
  // The plans list answers while the first screen is still being drawn, and a store update then makes React
  // start that screen's render again (issue 16): ask for it once the page is idle instead.
  useEffect(() => whenIdle(() => void refreshPlans(), 1_000), []);
  const current = plans?.plans.find((plan) => plan.id === plans.currentId);
  const name = current ? displayName(current.name, t) : null;
  useEffect(() => {
    document.title = name ? `${name} — ${t('app.title')}` : t('app.title');
  }, [name, t]);
  if (!name) return null;
  return (
    <button type="button" className="sidebar__plan" data-testid="current-plan-name" title={t('plans.title')} onClick={() => showSection('settings')}>
      <span className="sidebar__plan-label">{t('plans.current')}</span>
      <span className="sidebar__plan-name">{name}</span>
    </button>
  );
}

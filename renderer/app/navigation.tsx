import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { SECTIONS } from '../store/ui-slice';
import { usePlanner } from '../store';
import { PlanTitle } from '../features/plan-files/plan-title';

export function Navigation() {
  const { t } = useTranslation();
  const { section, showSection } = usePlanner(useShallow((s) => ({ section: s.section, showSection: s.showSection })));
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="sidebar__brand">{t('app.title')}</div>
      <PlanTitle />
      <ul>
        {SECTIONS.map((id) => (
          <li key={id}>
            <button
              type="button"
              className={`nav-item${section === id ? ' nav-item--active' : ''}`}
              aria-current={section === id ? 'page' : undefined}
              data-nav={id}
              onClick={() => showSection(id)}
            >
              {t(`nav.${id}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

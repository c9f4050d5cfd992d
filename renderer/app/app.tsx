import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { SectionId } from '../store/ui-slice';
import { usePlanner } from '../store';
import { MissingPlanBanner } from '../features/backups/missing-plan-banner';
import { CrashNotice } from './history/crash-notice';
import { HistoryNotice } from './history/history-notice';
import { Navigation } from './navigation';
import { RecoveryBanner } from './recovery-banner';
import { SaveStatus } from './save-status';

// Views load on first visit so the first screen does not wait for charts and tables.
const views: Record<SectionId, React.LazyExoticComponent<() => React.JSX.Element>> = {
  overview: lazy(() => import('../features/overview/overview-view')),
  offers: lazy(() => import('../features/offers/offers-view')),
  checklists: lazy(() => import('../features/checklists/checklists-view')),
  language: lazy(() => import('../features/language/language-view')),
  settings: lazy(() => import('../features/settings/settings-view')),
};

export function App() {
  const { t } = useTranslation();
  const { section, isLoaded, loadError } = usePlanner(
    useShallow((s) => ({ section: s.section, isLoaded: s.document !== null, loadError: s.loadError })),
  );
  if (loadError) return <div className="banner banner--danger">{t('app.loadFailed', { detail: loadError })}</div>;
  if (!isLoaded) return <div className="loading">{t('app.loading')}</div>;
  const View = views[section];
  return (
    <div className="shell">
      <Navigation />
      <main className="content">
        <div className="topbar">
          <SaveStatus />
        </div>
        <CrashNotice />
        <RecoveryBanner />
        <MissingPlanBanner />
        <HistoryNotice />
        <Suspense fallback={<div className="loading" aria-busy="true" />}>
          <View />
        </Suspense>
      </main>
    </div>
  );
}

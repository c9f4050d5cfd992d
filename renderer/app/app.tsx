import { Suspense, useEffect, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { SectionId } from '../store/ui-slice';
import { usePlanner } from '../store';
import { MissingPlanBanner } from '../features/backups/missing-plan-banner';
import { CrashNotice } from './history/crash-notice';
import { useReminders } from '../features/reminders/use-reminders';
import { HistoryNotice } from './history/history-notice';
import { Navigation } from './navigation';
import { markFirstScreenCommitted, markFirstScreenEffectsRun } from './ready-signal';
import { RecoveryBanner } from './recovery-banner';
import { ExternalChangeBanner } from '../features/save-status/external-change-banner';
import { ReadOnlyBanner } from '../features/save-status/read-only-banner';
import { PlanNotice } from '../features/plan-files/plan-notice';
import { UnlockScreen } from '../features/plan-files/unlock-screen';
import { SaveStatus } from './save-status';
import { ViewErrorBoundary } from './view-error-boundary';
import { useAppCommands } from '../features/commands/use-app-commands';
import { SearchDialog } from '../features/search/search-dialog';
import { useThemeSync } from '../features/appearance/theme';
import { SkipLink, MAIN_CONTENT_ID } from './skip-link';
import { loadScreenMessages } from '../i18n';
import { loadEditTools, loadTemplateTools } from '../store/edit-tools';
import { whenIdle } from '../components/when-idle';
import { preloadableLazy } from '../components/preloadable-lazy';

// Views load on first visit so the first screen does not wait for charts and tables. The overview, the
// first screen, starts loading with the app (main.tsx) so it arrives while the plan is being read.
// Each view's own texts load with its code (renderer/i18n/message-tables.ts); the view waits for both.
// Every screen but the overview also waits for the store's edit checks and template actions
// (renderer/store/edit-tools), which its actions use; the overview, drawn first, loads the edit checks once
// it is on screen and never needs the templates.
type View = () => React.JSX.Element;
const withTexts = (section: SectionId, load: () => Promise<{ default: View }>) =>
  preloadableLazy<object>(() =>
    Promise.all([load(), loadScreenMessages(section), ...(section === 'overview' ? [] : [loadEditTools(), loadTemplateTools()])]).then(([module]) => module),
  );
const views: Record<SectionId, ReturnType<typeof withTexts>> = {
  overview: withTexts('overview', () => import('../features/overview/overview-view')),
  timeline: withTexts('timeline', () => import('../features/timeline/timeline-view')),
  offers: withTexts('offers', () => import('../features/offers/offers-view')),
  checklists: withTexts('checklists', () => import('../features/checklists/checklists-view')),
  residency: withTexts('residency', () => import('../features/residency/residency-view')),
  language: withTexts('language', () => import('../features/language/language-view')),
  settings: withTexts('settings', () => import('../features/settings/settings-view')),
};

/**
 * The first screen's code and texts, asked for at start (renderer/main.tsx) while the plan loads. Once they
 * are here the overview renders with the shell in one render; a lazy screen still loading suspends first
 * and is drawn in a second, low-priority render that yields every few milliseconds (note 0024).
 */
export const preloadFirstScreen = () => views.overview.preload();

export function App() {
  const { t } = useTranslation();
  useReminders();
  useAppCommands();
  useThemeSync();
  const { section, isLoaded, loadError, isLocked } = usePlanner(
    useShallow((s) => ({ section: s.section, isLoaded: s.document !== null, loadError: s.loadError, isLocked: s.isLocked })),
  );
  if (isLocked) return <UnlockScreen />;
  if (loadError) return <div className="banner banner--danger">{t('app.loadFailed', { detail: loadError })}</div>;
  if (!isLoaded) return <div className="loading">{t('app.loading')}</div>;
  const View = views[section].Component;
  return (
    <div className="shell">
      <SkipLink />
      <Navigation />
      <main className="content" id={MAIN_CONTENT_ID} tabIndex={-1}>
        <div className="topbar">
          <SaveStatus />
        </div>
        <CrashNotice />
        <RecoveryBanner />
        <ReadOnlyBanner />
        <ExternalChangeBanner />
        <MissingPlanBanner />
        <PlanNotice />
        <HistoryNotice />
        <ViewErrorBoundary resetKey={section} onBack={() => usePlanner.getState().showSection('overview')}>
          <Suspense fallback={<div className="loading" aria-busy="true" />}>
            <View />
            <FirstScreenDrawn />
          </Suspense>
        </ViewErrorBoundary>
      </main>
      <SearchDialog />
    </div>
  );
}

/** Renders nothing; its effects run once the first view (inside the same Suspense) has been committed. */
function FirstScreenDrawn() {
  // A layout effect runs as the view is committed, before the frame that paints it, so the signal goes up
  // right after that paint (ready-signal.ts waits for it). A passive effect may run only after that paint,
  // and then the signal waited for the frame after it too (note 0031).
  useLayoutEffect(() => markFirstScreenCommitted(), []);
  useEffect(() => {
    markFirstScreenEffectsRun();
    // The edit checks are not needed to show the plan; they come in the first idle moment after it is shown.
    return whenIdle(() => void loadEditTools(), 1_000);
  }, []);
  return null;
}

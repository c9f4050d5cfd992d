import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadFirstScreen } from './app/app';
import { initI18n } from './i18n';
import { guessLanguage } from './i18n/guess-language';
import { bootPlanStore } from './store/boot';
import { bootBehindLock } from './features/plan-files/lock-gate';
import './styles/app.css';
import './styles/print.css';
import { isSystemDark, showTheme } from './features/appearance/theme';
import { firstRenderMoment } from './app/first-render-moment';

// The texts of the language last shown load alongside the plan (requested by public/early-load.js).
const messagesLoaded = initI18n(guessLanguage());
// The system's light or dark before the first paint; the plan's own choice follows once it is read.
showTheme(isSystemDark() ? 'dark' : 'light');
// The first screen's code downloads while the plan loads, rather than after, and is ready when the plan is.
// The first render waits for it too: a view still loading would suspend behind a fallback, and React keeps
// a fallback on screen at least 300 ms before revealing what replaces it (its FALLBACK_THROTTLE_MS), which
// cost the start 300 ms whenever the plan came in before the overview's code (note 0031). Code that fails to
// load does not hold the app back: the view's own error boundary reports it.
const firstScreenLoaded = preloadFirstScreen().catch(() => undefined);
const root = document.getElementById('root');
const startup = bootBehindLock(bootPlanStore);
// The texts are a local file, here before the plan is; rendering before them would draw keys instead of
// texts. The plan is waited for a moment too, so the first render draws the first screen, not the loading line.
void firstRenderMoment(Promise.all([messagesLoaded, firstScreenLoaded]), startup).then(() => {
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }
});

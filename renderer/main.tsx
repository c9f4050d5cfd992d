import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { initI18n } from './i18n';
import { bootPlanStore } from './store/boot';
import { bootBehindLock } from './features/plan-files/lock-gate';
import './styles/app.css';
import './styles/print.css';

initI18n();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
void bootBehindLock(bootPlanStore);

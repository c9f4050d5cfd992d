import { createHandlers } from '../../../electron/services/handlers/plan-handlers';
import { createDispatcher, type Dispatch } from '../../../electron/services/ipc/dispatcher';
import { openPlanStore, type PlanStore } from '../../../electron/services/storage';
import { isTrustedSender } from '../../../shared/contract/sender';

/**
 * The real main-process side (plan store on real files, handlers, dispatcher with its sender check),
 * as Electron's main would build it. Only the operating-system services are test doubles.
 */
export interface Backend {
  dispatch: Dispatch;
  store: PlanStore;
  openedPaths: string[];
}

export async function startBackend(dataDir: string, appOrigin: string): Promise<Backend> {
  const store = await openPlanStore({ dataDir });
  const openedPaths: string[] = [];
  const handlers = createHandlers(store, {
    appVersion: '0.0.0-e2e',
    platform: process.platform,
    openPath: async (path) => {
      openedPaths.push(path);
      return '';
    },
  });
  const dispatch = createDispatcher(handlers, { isTrusted: (sender) => isTrustedSender(sender, appOrigin) });
  return { dispatch, store, openedPaths };
}

import { ok } from '../../../shared/contract/result';
import type { OperationHandlers } from '../ipc/dispatcher';
import type { PlatformServices } from './platform';

/** What the page tells the window around it: the language the native menu should speak. */
export function createShellHandlers(platform: PlatformServices): Pick<OperationHandlers, 'setInterfaceLanguage'> {
  return {
    setInterfaceLanguage: async ({ language }) => {
      if (!platform.applyInterfaceLanguage) return ok({ isApplied: false });
      platform.applyInterfaceLanguage(language);
      return ok({ isApplied: true });
    },
  };
}

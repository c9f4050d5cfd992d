import { ok } from '../../../shared/contract/result';
import type { OperationHandlers } from '../ipc/dispatcher';
import type { InterfaceLanguageSource } from './interface-language';
import type { PlatformServices } from './platform';

/** What the page tells the window around it: the language it shows, which the native menu and main's dialogs speak. */
export function createShellHandlers(platform: PlatformServices, language: InterfaceLanguageSource): Pick<OperationHandlers, 'setInterfaceLanguage'> {
  return {
    setInterfaceLanguage: async ({ language: shown }) => {
      language.shown(shown);
      if (!platform.applyInterfaceLanguage) return ok({ isApplied: false });
      platform.applyInterfaceLanguage(shown);
      return ok({ isApplied: true });
    },
  };
}

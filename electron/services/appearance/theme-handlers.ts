import { ok } from '../../../shared/contract/result';
import type { PlatformServices } from '../handlers/platform';
import type { OperationHandlers } from '../ipc/dispatcher';

/** The renderer tells main which theme the person chose; main hands it to the system's theme, nothing else. */
export function createThemeHandlers(platform: Pick<PlatformServices, 'setThemeSource'>): Pick<OperationHandlers, 'setThemeSource'> {
  return {
    setThemeSource: async ({ theme }) => {
      if (!platform.setThemeSource) return ok({ isApplied: false, isDark: false });
      return ok({ isApplied: true, ...platform.setThemeSource(theme) });
    },
  };
}

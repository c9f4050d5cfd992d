import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createHandlers } from '../../../electron/services/handlers/create-handlers';
import { createDispatcher, type Dispatch } from '../../../electron/services/ipc/dispatcher';
import type { AppNotification } from '../../../electron/services/notifications/notifier';
import { openPlanSession, type PlanSession } from '../../../electron/services/plans/plan-session';
import { isTrustedSender } from '../../../shared/contract/sender';
import type { ThemeChoice } from '../../../shared/appearance/schema';

/**
 * The real main-process side (plan store on real files, handlers, vault, dispatcher with its sender
 * check), as Electron's main builds it. Only the operating system's dialogs, shell and print engine are
 * test doubles, steered by the test through `dialogs`.
 */
export interface Backend {
  dispatch: Dispatch;
  store: PlanSession;
  openedPaths: string[];
  /** Folder the fake save dialog writes exports into. */
  exportDir: string;
  dialogs: {
    /** Paths the next "open file" dialog returns (consumed once). */
    nextFilesToOpen: string[];
    /** Paths of every file the fake save dialog handed out. */
    savedPaths: string[];
  };
  setPrintSource(print: (pageSize: 'A4' | 'Letter') => Promise<Uint8Array>): void;
  /** What the operating system would have shown, oldest first (the notifier's test double). */
  notifications: AppNotification[];
  /** Every theme the renderer handed to the native theme, oldest first (nativeTheme.themeSource's double). */
  themeSources: ThemeChoice[];
}

export async function startBackend(dataDir: string, appOrigin: string): Promise<Backend> {
  const store = await openPlanSession({ dataDir });
  const exportDir = `${dataDir}-exports`;
  await mkdir(exportDir, { recursive: true });
  const openedPaths: string[] = [];
  const dialogs = { nextFilesToOpen: [] as string[], savedPaths: [] as string[] };
  let print: (pageSize: 'A4' | 'Letter') => Promise<Uint8Array> = async () => {
    throw new Error('no print source');
  };
  const notifications: AppNotification[] = [];
  const themeSources: ThemeChoice[] = [];
  const handlers = createHandlers(store, {
    appVersion: '0.0.0-e2e',
    platform: process.platform,
    openPath: async (path) => {
      openedPaths.push(path);
      return '';
    },
    chooseSavePath: async (suggestedName) => {
      const path = join(exportDir, suggestedName);
      dialogs.savedPaths.push(path);
      return path;
    },
    chooseFilesToOpen: async () => dialogs.nextFilesToOpen.splice(0),
    printToPdf: (pageSize = 'A4') => print(pageSize),
    setThemeSource: (theme) => {
      themeSources.push(theme);
      return { isDark: theme === 'dark' };
    },
  }, { isSupported: () => true, show: (notification) => void notifications.push(notification) });
  const dispatch = createDispatcher(handlers, { isTrusted: (sender) => isTrustedSender(sender, appOrigin) });
  return { dispatch, store, openedPaths, exportDir, dialogs, setPrintSource: (source) => (print = source), notifications, themeSources };
}

import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createHandlers } from '../../../electron/services/handlers/create-handlers';
import { createDispatcher, type Dispatch } from '../../../electron/services/ipc/dispatcher';
import type { AppNotification } from '../../../electron/services/notifications/notifier';
import { openPlanSession, type PlanSession } from '../../../electron/services/plans/plan-session';
import { isTrustedSender } from '../../../shared/contract/sender';

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
    /** Paths of the files the test drops next (AppDriver.dropFiles), found by their names. */
    droppedPaths: string[];
  };
  /** The staged paths of dropped files with these names (consumed), as the preload's webUtils would give them. */
  takeDroppedPaths(names: readonly string[]): string[];
  /** Every interface language the page reported for the menu, oldest first. */
  menuLanguages: string[];
  setPrintSource(print: (pageSize: 'A4' | 'Letter') => Promise<Uint8Array>): void;
  /** What the operating system would have shown, oldest first (the notifier's test double). */
  notifications: AppNotification[];
}

export async function startBackend(dataDir: string, appOrigin: string): Promise<Backend> {
  const store = await openPlanSession({ dataDir });
  const exportDir = `${dataDir}-exports`;
  await mkdir(exportDir, { recursive: true });
  const openedPaths: string[] = [];
  const dialogs = { nextFilesToOpen: [] as string[], savedPaths: [] as string[], droppedPaths: [] as string[] };
  const menuLanguages: string[] = [];
  let print: (pageSize: 'A4' | 'Letter') => Promise<Uint8Array> = async () => {
    throw new Error('no print source');
  };
  const notifications: AppNotification[] = [];
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
    applyInterfaceLanguage: (language) => void menuLanguages.push(language),
  }, { isSupported: () => true, show: (notification) => void notifications.push(notification) });
  const dispatch = createDispatcher(handlers, { isTrusted: (sender) => isTrustedSender(sender, appOrigin) });
  const takeDroppedPaths = (names: readonly string[]) => {
    const paths = names.flatMap((name) => dialogs.droppedPaths.filter((path) => basename(path) === name).slice(0, 1));
    dialogs.droppedPaths = dialogs.droppedPaths.filter((path) => !paths.includes(path));
    return paths;
  };
  return { dispatch, store, openedPaths, exportDir, dialogs, takeDroppedPaths, menuLanguages, setPrintSource: (source) => (print = source), notifications };
}

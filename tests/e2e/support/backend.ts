import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createHandlers } from '../../../electron/services/handlers/create-handlers';
import { createDispatcher, type Dispatch } from '../../../electron/services/ipc/dispatcher';
import { type PlanStore } from '../../../electron/services/storage';
import { openReopenablePlanStore } from '../../../electron/services/storage/reopenable-store';
import { isTrustedSender } from '../../../shared/contract/sender';

/**
 * The real main-process side (plan store on real files, handlers, vault, dispatcher with its sender
 * check), as Electron's main builds it. Only the operating system's dialogs, shell and print engine are
 * test doubles, steered by the test through `dialogs`.
 */
export interface Backend {
  dispatch: Dispatch;
  store: PlanStore;
  openedPaths: string[];
  /** Folder the fake save dialog writes exports into. */
  exportDir: string;
  dialogs: {
    /** Paths the next "open file" dialog returns (consumed once). */
    nextFilesToOpen: string[];
    /** Paths of every file the fake save dialog handed out. */
    savedPaths: string[];
  };
  setPrintSource(print: () => Promise<Uint8Array>): void;
}

export async function startBackend(dataDir: string, appOrigin: string): Promise<Backend> {
  const store = await openReopenablePlanStore({ dataDir });
  const exportDir = `${dataDir}-exports`;
  await mkdir(exportDir, { recursive: true });
  const openedPaths: string[] = [];
  const dialogs = { nextFilesToOpen: [] as string[], savedPaths: [] as string[] };
  let print: () => Promise<Uint8Array> = async () => {
    throw new Error('no print source');
  };
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
    printToPdf: () => print(),
  });
  const dispatch = createDispatcher(handlers, { isTrusted: (sender) => isTrustedSender(sender, appOrigin) });
  return { dispatch, store, openedPaths, exportDir, dialogs, setPrintSource: (source) => (print = source) };
}

import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createHandlers } from '../../../electron/services/handlers/create-handlers';
import { createDispatcher, type Dispatch } from '../../../electron/services/ipc/dispatcher';
import type { AppNotification } from '../../../electron/services/notifications/notifier';
import { openPlanSession, type PlanSession } from '../../../electron/services/plans/plan-session';
import { createViewerCopies, type ViewerCopies } from '../../../electron/services/vault/viewer-copies';
import { createRememberedKeys, type KeySealer } from '../../../electron/services/keychain/remembered-keys';
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
  /** Decrypted copies handed to the (fake) system viewer; removed when the app closes, as on quit. */
  viewerCopies: ViewerCopies;
  /** Every theme the renderer handed to the native theme, oldest first (nativeTheme.themeSource's double). */
  themeSources: ThemeChoice[];
}

const KEYRING_MARK = 'e2e-keyring:';

/** Stands in for safeStorage with a working keyring: marks and encodes what it keeps (no secret: a test double). */
const e2eKeyring: KeySealer = {
  availability: () => 'available',
  seal: (text) => Buffer.from(KEYRING_MARK + Buffer.from(text, 'utf8').toString('base64'), 'utf8'),
  open: (sealed) => {
    const text = Buffer.from(sealed).toString('utf8');
    if (!text.startsWith(KEYRING_MARK)) throw new Error('not sealed by this keyring');
    return Buffer.from(text.slice(KEYRING_MARK.length), 'base64').toString('utf8');
  },
};

export async function startBackend(dataDir: string, appOrigin: string): Promise<Backend> {
  // The OS keychain's test double: "Remember on this computer" keeps its file beside the data folder, as the
  // app keeps it in this computer's own app folder.
  const keychain = createRememberedKeys(join(`${dataDir}-machine`, 'remembered-keys.json'), e2eKeyring);
  const store = await openPlanSession({ dataDir, keychain });
  const exportDir = `${dataDir}-exports`;
  await mkdir(exportDir, { recursive: true });
  const openedPaths: string[] = [];
  const dialogs = { nextFilesToOpen: [] as string[], savedPaths: [] as string[], droppedPaths: [] as string[] };
  const menuLanguages: string[] = [];
  let print: (pageSize: 'A4' | 'Letter') => Promise<Uint8Array> = async () => {
    throw new Error('no print source');
  };
  const notifications: AppNotification[] = [];
  const viewerCopies = createViewerCopies(`${dataDir}-viewer`);
  await mkdir(viewerCopies.baseDir, { recursive: true });
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
    applyInterfaceLanguage: (language) => void menuLanguages.push(language),
    setThemeSource: (theme) => {
      themeSources.push(theme);
      return { isDark: theme === 'dark' };
    },
  }, { isSupported: () => true, show: (notification) => void notifications.push(notification) }, { viewerCopies });
  const dispatch = createDispatcher(handlers, { isTrusted: (sender) => isTrustedSender(sender, appOrigin) });
  const takeDroppedPaths = (names: readonly string[]) => {
    const paths = names.flatMap((name) => dialogs.droppedPaths.filter((path) => basename(path) === name).slice(0, 1));
    dialogs.droppedPaths = dialogs.droppedPaths.filter((path) => !paths.includes(path));
    return paths;
  };
  return { dispatch, store, openedPaths, exportDir, dialogs, takeDroppedPaths, menuLanguages, setPrintSource: (source) => (print = source), notifications, viewerCopies, themeSources };
}

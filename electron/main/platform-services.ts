import { app, BrowserWindow, dialog, shell } from 'electron';
import type { PlatformServices } from '../services/handlers/platform';
import { applyThemeSource } from './native-theme';

/** The real dialogs, shell and print engine, bound to the app's window. */
export function createPlatformServices(getWindow: () => BrowserWindow | null): PlatformServices {
  const parent = () => getWindow() ?? BrowserWindow.getFocusedWindow();
  return {
    appVersion: app.getVersion(),
    platform: process.platform,
    openPath: (path) => shell.openPath(path),
    chooseSavePath: async (suggestedName, filters) => {
      const window = parent();
      const options = { defaultPath: suggestedName, filters };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    chooseFilesToOpen: async () => {
      const window = parent();
      const options = { properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[] };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    chooseFileToOpen: async (filters) => {
      const window = parent();
      const options = { properties: ['openFile'] as 'openFile'[], filters };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    printToPdf: async (pageSize = 'A4') => {
      const window = parent();
      if (!window) throw new Error('There is no window to print.');
      return window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, pageSize });
    },
    setThemeSource: (theme) => applyThemeSource(theme),
  };
}

import { app, BrowserWindow, shell, type BrowserWindow as Window } from 'electron';
import { MENU_COMMAND_CHANNEL } from '../../shared/contract/channel';
import { installAppMenu as install, type AppMenu } from './menu/install-app-menu';

/**
 * The app's menu wired to this app: renderer commands are pushed to the window on screen (or the app's
 * window), About is Electron's own panel, the data folder opens in the system's file manager.
 */
export function installAppMenu(getWindow: () => Window | null, dataDir: () => string): AppMenu {
  const target = () => BrowserWindow.getFocusedWindow() ?? getWindow();
  return install({
    isMac: process.platform === 'darwin',
    isDevelopment: !app.isPackaged,
    setAboutName: (name) => app.setAboutPanelOptions({ applicationName: name, applicationVersion: app.getVersion() }),
    sendToPage: (command) => target()?.webContents.send(MENU_COMMAND_CHANNEL, command),
    runInMain: (command) => {
      if (command === 'about') app.showAboutPanel();
      else void shell.openPath(dataDir());
    },
  });
}

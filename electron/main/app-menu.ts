import { app, Menu, webContents, type MenuItemConstructorOptions } from 'electron';

/**
 * Undo and Redo go to the page (renderer/app/history/install-history-keys.ts): the plan's undo outside text
 * fields, the field's own text undo inside one. The page handles the keys itself when the focus is not in a
 * field; otherwise the accelerator lands here.
 */
function historyItem(command: 'undo' | 'redo', label: string, accelerator: string): MenuItemConstructorOptions {
  return {
    label,
    accelerator,
    click: () => {
      void webContents.getFocusedWebContents()?.executeJavaScript(`window.plannerMenuCommand?.(${JSON.stringify(command)})`).catch(() => null);
    },
  };
}

/**
 * The app's own menu instead of Electron's default: no Reload (it would drop an edit still waiting for its
 * debounced save), no links to electronjs.org, developer tools only in development builds. Edit keeps the
 * standard roles for copy and paste; its Undo and Redo reach the plan's history as well as text fields.
 */
export function installAppMenu(): void {
  const isMac = process.platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
    ...(app.isPackaged ? [] : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
  ];
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : [{ role: 'fileMenu' } as const]),
    {
      label: 'Edit',
      submenu: [
        historyItem('undo', 'Undo', 'CmdOrCtrl+Z'),
        historyItem('redo', 'Redo', isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

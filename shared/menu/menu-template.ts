import { MENU_SECTIONS, sectionCommand, type MainCommand, type RendererCommand } from './commands';
import type { MenuLabels } from './menu-labels';
import { acceleratorsOf, historyAccelerators } from './shortcuts';

/** Electron's roles the menu uses; each one still gets the label of the interface language. */
export type MenuRole =
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'minimize'
  | 'zoom'
  | 'front';

export type MenuItemSpec =
  | { type: 'separator' }
  | { label: string; submenu: MenuItemSpec[]; role?: 'window' | 'help' }
  | { label: string; role: MenuRole }
  | {
      label: string;
      command: RendererCommand | MainCommand;
      accelerator?: string;
      /**
       * False: the menu shows the shortcut but the page handles the key itself (one command registry in the
       * renderer), so a key press never runs a command twice. Undo and redo stay registered: inside a text
       * field the page leaves those keys alone and the menu runs the field's own text undo.
       */
      registerAccelerator?: boolean;
    };

export interface MenuOptions {
  isMac: boolean;
  /** Developer tools only in development builds. */
  isDevelopment: boolean;
}

const separator: MenuItemSpec = { type: 'separator' };

function command(label: string, name: RendererCommand | MainCommand): MenuItemSpec {
  return { label, command: name };
}

/** A renderer command with its shortcut shown; the nth of its accelerators (Ctrl+K and Ctrl+F both search). */
function shortcut(label: string, name: RendererCommand, nth = 0): MenuItemSpec {
  const accelerator = acceleratorsOf(name)[nth];
  return accelerator ? { label, command: name, accelerator, registerAccelerator: false } : command(label, name);
}

/**
 * The whole native menu for one language and platform, as data: main turns it into Electron's menu,
 * tests read it as it is. No Reload (it would drop an edit still waiting for its debounced save), no links
 * to electronjs.org.
 */
export function buildMenuTemplate(labels: MenuLabels, { isMac, isDevelopment }: MenuOptions): MenuItemSpec[] {
  const history = historyAccelerators(isMac);
  const appMenu: MenuItemSpec = {
    label: labels.appName,
    submenu: [
      command(labels.about, 'about'),
      separator,
      shortcut(labels.settings, 'settings'),
      separator,
      { label: labels.services, role: 'services' },
      separator,
      { label: labels.hide, role: 'hide' },
      { label: labels.hideOthers, role: 'hideOthers' },
      { label: labels.showAll, role: 'unhide' },
      separator,
      { label: labels.quit, role: 'quit' },
    ],
  };
  const file: MenuItemSpec = {
    label: labels.file,
    submenu: [
      shortcut(labels.newOffer, 'newOffer'),
      shortcut(labels.newChecklistItem, 'newChecklistItem'),
      shortcut(labels.logStudyTime, 'logStudyTime'),
      separator,
      shortcut(labels.print, 'print'),
      shortcut(labels.exportPlan, 'exportPlan'),
      separator,
      command(labels.openDataFolder, 'openDataFolder'),
      ...(isMac ? [separator, { label: labels.close, role: 'close' } as const] : [shortcut(labels.settings, 'settings'), separator, { label: labels.quit, role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemSpec = {
    label: labels.edit,
    submenu: [
      { label: labels.undo, command: 'undo', accelerator: history.undo },
      { label: labels.redo, command: 'redo', accelerator: history.redo },
      separator,
      { label: labels.cut, role: 'cut' },
      { label: labels.copy, role: 'copy' },
      { label: labels.paste, role: 'paste' },
      { label: labels.selectAll, role: 'selectAll' },
      separator,
      shortcut(labels.search, 'search', 0),
      shortcut(labels.find, 'search', 1),
    ],
  };
  const view: MenuItemSpec = {
    label: labels.view,
    submenu: [
      ...MENU_SECTIONS.map((section) => shortcut(labels.sections[section], sectionCommand(section))),
      separator,
      { label: labels.resetZoom, role: 'resetZoom' },
      { label: labels.zoomIn, role: 'zoomIn' },
      { label: labels.zoomOut, role: 'zoomOut' },
      separator,
      { label: labels.toggleFullScreen, role: 'togglefullscreen' },
      ...(isDevelopment ? [separator, { label: labels.toggleDevTools, role: 'toggleDevTools' } as const] : []),
    ],
  };
  const window: MenuItemSpec = {
    label: labels.window,
    ...(isMac ? { role: 'window' as const } : {}),
    submenu: isMac
      ? [{ label: labels.minimize, role: 'minimize' }, { label: labels.zoom, role: 'zoom' }, separator, { label: labels.front, role: 'front' }]
      : [{ label: labels.minimize, role: 'minimize' }, { label: labels.close, role: 'close' }],
  };
  const help: MenuItemSpec = {
    label: labels.help,
    ...(isMac ? { role: 'help' as const } : {}),
    submenu: [command(labels.search, 'search'), ...(isMac ? [] : [separator, command(labels.about, 'about')])],
  };
  return [...(isMac ? [appMenu] : []), file, edit, view, window, help];
}

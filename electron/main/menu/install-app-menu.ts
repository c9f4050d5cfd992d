import { Menu } from 'electron';
import { buildMenuTemplate, menuLabelsFor, type MenuLanguage } from '../../../shared/menu';
import { interfaceLanguageOf } from '../../../shared/plan/profile-values';
import { toElectronTemplate, type MenuActions } from './electron-template';

export interface AppMenuOptions extends MenuActions {
  isMac: boolean;
  isDevelopment: boolean;
  /** Where the About panel takes its name from; set again on every language change. */
  setAboutName?(name: string): void;
}

export interface AppMenu {
  readonly language: MenuLanguage;
  /** Rebuilds the menu in this language (nothing happens when it is already in it). */
  setLanguage(language: string): void;
}

/**
 * The native menu, in English until the page reports its interface language; every later change rebuilds
 * it, so the menu switches language without a restart.
 */
export function installAppMenu(options: AppMenuOptions): AppMenu {
  let current: MenuLanguage | null = null;
  const apply = (language: MenuLanguage) => {
    if (language === current) return;
    current = language;
    const labels = menuLabelsFor(language);
    options.setAboutName?.(labels.appName);
    const template = buildMenuTemplate(labels, { isMac: options.isMac, isDevelopment: options.isDevelopment });
    Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronTemplate(template, options)));
  };
  apply('en');
  return {
    get language() {
      return current ?? 'en';
    },
    setLanguage: (language) => apply(interfaceLanguageOf(language)),
  };
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { commandOfChord, isRendererCommand, type RendererCommand } from '../../../shared/menu';
import { planner } from '../../api/planner';
import { usePlanner } from '../../store';
import { runCommand } from './command-registry';
import { interfaceLanguageOf } from '../../i18n/interface-language';

/** A menu item whose key the page already handled (where the system passes it to both) runs once. */
const SAME_PRESS_MS = 300;

/** Another dialog is open (an import preview, a confirmation): commands wait until it is closed. */
function isOtherDialogOpen(): boolean {
  return document.querySelector('[aria-modal="true"]:not([data-search-dialog]), dialog[open]:not([data-search-dialog])') !== null;
}

/**
 * The search dialog as the page shows it now. Not the store's flag: Escape closes the dialog at once, but its
 * close event (which clears the flag) comes a task later, and a shortcut pressed in between must not be lost.
 */
function isSearchShown(): boolean {
  return document.querySelector('dialog[data-search-dialog][open]') !== null;
}

/**
 * App shortcuts and menu commands, and the menu's language: the page handles every app shortcut itself
 * (so they work in a plain browser too), runs menu clicks main pushes, and tells main its language so the
 * native menu is rebuilt in it without a restart.
 */
export function useAppCommands(): void {
  const { i18n } = useTranslation();
  const isLoaded = usePlanner((s) => s.document !== null);
  const language = interfaceLanguageOf(i18n.language);

  useEffect(() => {
    if (!isLoaded) return;
    // Older harnesses or a page opened outside the app may lack the operation; the menu then stays as it is.
    void planner()
      .setInterfaceLanguage?.({ language })
      .catch(() => undefined);
  }, [isLoaded, language]);

  useEffect(() => {
    const isMac = /Mac/i.test(navigator.platform || navigator.userAgent);
    let lastByKey: { command: RendererCommand; at: number } | null = null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const command = commandOfChord(event, isMac);
      if (!command) return;
      // The browser's own meaning of these keys (new window, print, find) never applies inside the app.
      event.preventDefault();
      if (isOtherDialogOpen()) return;
      if (isSearchShown() && command !== 'search') return;
      lastByKey = { command, at: performance.now() };
      runCommand(command);
    };
    document.addEventListener('keydown', onKeyDown);
    const unsubscribe = window.plannerEvents?.onMenuCommand?.((raw) => {
      if (!isRendererCommand(raw)) return;
      if (lastByKey && lastByKey.command === raw && performance.now() - lastByKey.at < SAME_PRESS_MS) return;
      if (isOtherDialogOpen() && raw !== 'undo' && raw !== 'redo') return;
      runCommand(raw);
    });
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      unsubscribe?.();
    };
  }, []);
}

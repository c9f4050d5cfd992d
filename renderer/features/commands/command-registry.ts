import { sectionOfCommand, type RendererCommand } from '../../../shared/menu';
import { visibleChecklists } from '../../../shared/checklists/reorder';
import { i18next } from '../../i18n';
import { usePlanner } from '../../store';
import { focusWhenShown } from '../../components/focus';
import { printAfterPaint } from '../../components/busy-button';

/**
 * The one place app commands run, whether they came from a key press in the page or from the native menu:
 * the menu shows the shortcuts, the page handles the keys (shared/menu/shortcuts.ts), so both go through here.
 */
export function runCommand(command: RendererCommand): void {
  const state = usePlanner.getState();
  if (!state.document) return;
  const section = sectionOfCommand(command);
  if (section) {
    state.showSection(section);
    return;
  }
  switch (command) {
    case 'search':
      state.setSearchOpen(true);
      return;
    case 'settings':
      state.showSection('settings');
      return;
    case 'newOffer':
      state.showOffersScreen({ kind: 'list' });
      state.showSection('offers');
      state.requestAction('newOffer');
      focusWhenShown(['[name="new-offer.company"]'], { reveal: true });
      return;
    case 'newChecklistItem': {
      state.showSection('checklists');
      const shown = visibleChecklists(state.document.checklists.checklists, false);
      const checklist = shown.find((candidate) => candidate.id === state.selectedChecklistId) ?? shown[0];
      // No checklist yet: the screen that creates one.
      if (!checklist) return focusWhenShown(['[data-testid="view-checklists"] button'], { reveal: true });
      const itemId = state.addCustomItem(checklist.id, checklist.items.length, i18next.t('checklists.ui.item.newTitle'));
      state.openTarget({ section: 'checklists', checklistId: checklist.id, itemId });
      state.revealItem(itemId);
      focusWhenShown([`[data-item-id="${CSS.escape(itemId)}"] [name="item.title"]`], { reveal: true });
      return;
    }
    case 'logStudyTime':
      state.showSection('language');
      focusWhenShown(['[name="log.minutes"]', '[data-testid="add-goal"]', '[data-testid="view-language"] input'], { reveal: true });
      return;
    case 'print':
      // As the screens' Print buttons: once no part of the page is still being worked out.
      void printAfterPaint();
      return;
    case 'exportPlan':
      state.showSection('settings');
      state.requestAction('exportPlan');
      return;
    case 'undo':
    case 'redo':
      // The history keys decide between the plan's history and the focused field's own text undo.
      window.plannerMenuCommand?.(command);
      return;
  }
}

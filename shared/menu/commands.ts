/**
 * The app's own commands, one list for the native menu (main) and the page's keyboard handling (renderer).
 * Renderer commands travel from a menu click to the page; main commands (the data folder, About) are done
 * by main itself.
 */
export const MENU_SECTIONS = ['overview', 'timeline', 'offers', 'checklists', 'residency', 'language'] as const;
export type MenuSection = (typeof MENU_SECTIONS)[number];
export type SectionCommand = `go.${MenuSection}`;

export const RENDERER_COMMANDS = [
  'newOffer',
  'newChecklistItem',
  'logStudyTime',
  'search',
  'print',
  'exportPlan',
  'undo',
  'redo',
  'settings',
  ...MENU_SECTIONS.map((section) => `go.${section}` as const),
] as const;
export type RendererCommand = (typeof RENDERER_COMMANDS)[number];

export const MAIN_COMMANDS = ['openDataFolder', 'about'] as const;
export type MainCommand = (typeof MAIN_COMMANDS)[number];

export function sectionCommand(section: MenuSection): SectionCommand {
  return `go.${section}`;
}

/** The section a "go to" command opens, or null for any other command. */
export function sectionOfCommand(command: RendererCommand): MenuSection | null {
  return command.startsWith('go.') ? (MENU_SECTIONS.find((section) => `go.${section}` === command) ?? null) : null;
}

/** A command pushed from main is checked like any input from outside the page. */
export function isRendererCommand(value: unknown): value is RendererCommand {
  return typeof value === 'string' && (RENDERER_COMMANDS as readonly string[]).includes(value);
}

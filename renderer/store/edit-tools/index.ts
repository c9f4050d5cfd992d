import type { EditTools } from './edit-tools';
import type { TemplateTools } from './template-tools';
import { loadOnce } from './load-once';

let tools: EditTools | null = null;
const waiting: (() => void)[] = [];

/**
 * Loads the store's edit checks (./edit-tools.ts) once; edits that arrived before them run then, in the
 * order they were made. A failed load (a missing file) is tried again by the next call.
 */
export const loadEditTools: () => Promise<EditTools> = loadOnce(() =>
  import('./edit-tools').then((module) => {
    tools = module.editTools;
    for (const run of waiting.splice(0)) run();
    return tools;
  }),
);

/**
 * The edit checks, for actions that only screens other than the overview offer: those screens load with
 * them (renderer/app/app.tsx), so reaching this before they are here is a bug, said as such.
 */
export function editTools(): EditTools {
  if (!tools) throw new Error('The edit checks are used before they were loaded (renderer/store/edit-tools).');
  return tools;
}

export function areEditToolsLoaded(): boolean {
  return tools !== null;
}

/**
 * Runs `run` now if the edit checks are here, otherwise as soon as they are, after every edit that was
 * already waiting: an edit made on the first screen in the moment before they arrive is applied, not lost.
 */
export function whenEditToolsLoaded(run: () => void): void {
  if (tools) {
    run();
    return;
  }
  waiting.push(run);
  loadEditTools().catch((error: unknown) => console.error(error));
}

/** True while an edit made before the checks arrived waits for them: saving before quitting waits too. */
export function hasWaitingEdits(): boolean {
  return waiting.length > 0;
}

let templates: TemplateTools | null = null;

/**
 * Loads the actions that build a checklist from a built-in template (./template-tools.ts) once; every
 * screen but the overview waits for them (renderer/app/app.tsx). A failed load is tried again by the next call.
 */
export const loadTemplateTools: () => Promise<TemplateTools> = loadOnce(() => import('./template-tools').then((module) => (templates = module.templateTools)));

/** The template actions, for actions that only screens other than the overview offer (they load with them). */
export function templateTools(): TemplateTools {
  if (!templates) throw new Error('The checklist templates are used before they were loaded (renderer/store/edit-tools).');
  return templates;
}

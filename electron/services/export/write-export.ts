import { writeFile } from 'node:fs/promises';
import { relative, resolve, isAbsolute } from 'node:path';

/** True when `target` is the data folder or inside it (where an export could replace plan.json or the vault). */
export function isInsideFolder(folder: string, target: string): boolean {
  const path = relative(resolve(folder), resolve(target));
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/**
 * Exports (PDF, CSV) go where the person chose in the save dialog, as ordinary files with the usual
 * permissions. They are copies of what the app shows, so a crash mid-write costs only a re-export.
 */
export async function writeExport(path: string, data: string | Uint8Array): Promise<void> {
  await writeFile(path, data);
}

import { lstat, readlink, realpath, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { errorCode } from '../storage/durable-write';

/** True when `target` is the data folder or inside it, comparing the paths as written (see resolvesInsideFolder). */
export function isInsideFolder(folder: string, target: string): boolean {
  const fold = (value: string) => (CASE_INSENSITIVE ? value.toLowerCase() : value);
  const path = relative(fold(resolve(folder)), fold(resolve(target)));
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

// The default file systems of macOS and Windows ignore case: DATA\Plan.json is data\plan.json there.
const CASE_INSENSITIVE = process.platform === 'win32' || process.platform === 'darwin';

/**
 * True when writing to `target` would land in the data folder or inside it, after following every link: a
 * linked folder (~/Desktop/planner -> the data folder), a link as the file itself (out.csv -> plan.json), or
 * a data folder that is itself reached through a link. An export there could replace plan.json or a vault file.
 */
export async function resolvesInsideFolder(folder: string, target: string): Promise<boolean> {
  const [realFolder, realTarget] = await Promise.all([realPathOf(folder), realPathOf(target)]);
  return isInsideFolder(realFolder, realTarget) || isInsideFolder(folder, target);
}

/**
 * Where a write to `target` ends up: the real path of its nearest existing ancestor with the rest appended,
 * following a (possibly dangling) link at any step, since writeFile follows it.
 */
export async function realPathOf(target: string): Promise<string> {
  let current = resolve(target);
  const rest: string[] = [];
  for (let steps = 0; steps < 200; steps++) {
    try {
      return join(await realpath(current), ...rest);
    } catch (error) {
      if (!['ENOENT', 'ENOTDIR'].includes(errorCode(error) ?? '')) throw error;
    }
    const info = await lstat(current).catch(() => null);
    if (info?.isSymbolicLink()) {
      // A dangling link: the write would create the file it names.
      current = resolve(dirname(current), await readlink(current));
      continue;
    }
    const parent = dirname(current);
    if (parent === current) break;
    rest.unshift(basename(current));
    current = parent;
  }
  return join(current, ...rest);
}

/**
 * Exports (PDF, CSV) go where the person chose in the save dialog, as ordinary files with the usual
 * permissions. They are copies of what the app shows, so a crash mid-write costs only a re-export.
 */
export async function writeExport(path: string, data: string | Uint8Array): Promise<void> {
  await writeFile(path, data);
}

import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VIEWER_FOLDER_PREFIX = 'relocation-planner-open-';

/**
 * Decrypted copies of sealed attachments, for the system viewer (which cannot read the envelope). They live
 * outside the data folder, in the system's temporary folder: a folder only this user may enter (0700) and
 * files only this user may read (0600). They go when the plan locks, when the app quits, and (after a
 * crash) when it starts next.
 */
export function createViewerCopies(baseDir: string = tmpdir()) {
  let folder: string | null = null;

  async function sessionFolder(): Promise<string> {
    if (!folder) folder = await mkdtemp(join(baseDir, VIEWER_FOLDER_PREFIX));
    return folder;
  }

  return {
    baseDir,
    /** Writes one decrypted copy under its own random subfolder (a viewer may still hold an earlier one open). */
    async write(fileName: string, bytes: Uint8Array): Promise<string> {
      const dir = join(await sessionFolder(), randomBytes(6).toString('hex'));
      await mkdir(dir, { mode: 0o700 });
      const target = join(dir, fileName);
      const handle = await open(target, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.close();
      } catch (error) {
        await handle.close().catch(() => undefined);
        await rm(target, { force: true }).catch(() => undefined);
        throw error;
      }
      return target;
    },
    /** Removes this run's copies (on lock). */
    async removeAll(): Promise<void> {
      if (!folder) return;
      const gone = folder;
      folder = null;
      await rm(gone, { recursive: true, force: true }).catch(() => undefined);
    },
    /** The same, synchronously, for the app's last moments (will-quit cannot wait for a promise). */
    removeAllSync(): void {
      if (!folder) return;
      try {
        rmSync(folder, { recursive: true, force: true });
      } catch {
        // A viewer on Windows may hold a file open; the next start removes it.
      }
      folder = null;
    },
    /** Copies left by an earlier run that did not quit cleanly (one instance runs at a time). */
    async removeStale(): Promise<number> {
      const names = await readdir(baseDir).catch((): string[] => []);
      const stale = names.filter((name) => name.startsWith(VIEWER_FOLDER_PREFIX) && join(baseDir, name) !== folder);
      await Promise.all(stale.map((name) => rm(join(baseDir, name), { recursive: true, force: true }).catch(() => undefined)));
      return stale.length;
    },
  };
}

export type ViewerCopies = ReturnType<typeof createViewerCopies>;

import { mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlanDocument } from '../../../shared/contract/operations';
import { isSafeStoredName } from '../../../shared/checklists/sanitize-file-name';

/** Removed attachments stay in the vault trash this long, so undo and backups of the last month find them. */
export const VAULT_TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * A file nobody points at is left alone this long: it may be an attachment copied in a moment ago whose plan
 * is still on its way to disk (a save already in flight does not point at it yet).
 */
export const VAULT_ORPHAN_GRACE_MS = 60 * 60 * 1000;

/** Every vault file the plan points at. */
export function referencedStoredNames(document: PlanDocument): Set<string> {
  const names = new Set<string>();
  for (const checklist of document.checklists.checklists) {
    for (const item of checklist.items) for (const attachment of item.attachments) names.add(attachment.storedName);
  }
  return names;
}

const exists = (path: string) => stat(path).then((info) => info.isFile(), () => false);

/**
 * Keeps the vault in step with the plan on disk, in the only safe order:
 * - before a plan is written, every file it points at is back in the vault (undo of a delete, a restored
 *   backup: taken out of the trash), so the plan on disk never points at a file that is gone;
 * - after a plan is on disk, files it no longer points at move into the trash, never sooner, so a crash or a
 *   full disk before that save leaves the old plan with all of its files.
 * The trash is emptied of files older than VAULT_TRASH_DAYS. One step at a time (a queue), so a sweep
 * never moves out a file that a save in progress is about to point at.
 */
export function createVaultKeeper(dataDir: string, now: () => Date = () => new Date()) {
  const vaultDir = join(dataDir, 'vault');
  const trashDir = join(dataDir, 'vault-trash');
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(step: () => Promise<T>): Promise<T> => {
    const run = queue.then(step, step);
    queue = run.catch(() => undefined);
    return run;
  };

  async function bringBack(document: PlanDocument): Promise<void> {
    for (const name of referencedStoredNames(document)) {
      if (!isSafeStoredName(name) || (await exists(join(vaultDir, name)))) continue;
      const trashed = join(trashDir, name);
      if (!(await exists(trashed))) continue;
      await mkdir(vaultDir, { recursive: true });
      await rename(trashed, join(vaultDir, name));
    }
  }

  /** True for a file nobody has pointed at for longer than the grace time. */
  async function isOldOrphan(name: string): Promise<boolean> {
    const info = await stat(join(vaultDir, name)).catch(() => null);
    return !!info && now().getTime() - info.mtimeMs > VAULT_ORPHAN_GRACE_MS;
  }

  /**
   * Moves into the trash the files `saved` no longer points at: those `dropped` named (the last saved plan
   * pointed at them), and any other that has sat unreferenced past the grace time.
   */
  async function sweep(saved: PlanDocument, dropped: ReadonlySet<string>, only?: ReadonlySet<string>): Promise<number> {
    const keep = referencedStoredNames(saved);
    const names = await readdir(vaultDir).catch(() => [] as string[]);
    let moved = 0;
    for (const name of names) {
      if (keep.has(name) || !isSafeStoredName(name) || (only && !only.has(name))) continue;
      if (!dropped.has(name) && !(await isOldOrphan(name))) continue;
      await mkdir(trashDir, { recursive: true });
      const target = join(trashDir, name);
      await rename(join(vaultDir, name), target);
      // The time it went to the trash, for the 30 days (a rename keeps the file's own dates).
      const at = now();
      await utimes(target, at, at);
      moved++;
    }
    await emptyOldTrash();
    return moved;
  }

  async function emptyOldTrash(): Promise<void> {
    const names = await readdir(trashDir).catch(() => [] as string[]);
    const limit = now().getTime() - VAULT_TRASH_DAYS * DAY_MS;
    for (const name of names) {
      const path = join(trashDir, name);
      const info = await stat(path).catch(() => null);
      if (info?.isFile() && info.mtimeMs < limit) await rm(path, { force: true });
    }
  }

  return {
    trashDir,
    /** Writes `document` through `save` with the vault made ready before and tidied after. */
    saveWith: <T>(document: PlanDocument, save: () => Promise<T>, saved: () => PlanDocument): Promise<T> =>
      serial(async () => {
        await bringBack(document);
        const before = referencedStoredNames(saved());
        const result = await save();
        // A sweep that fails (read-only trash) leaves extra files in the vault: harmless, never lost.
        await sweep(saved(), before).catch(() => 0);
        return result;
      }),
    /** Moves the named files to the trash if the plan on disk no longer points at them. */
    sweepNames: (names: readonly string[], saved: () => PlanDocument): Promise<number> => serial(() => {
      const named = new Set(names);
      return sweep(saved(), named, named);
    }),
  };
}

export type VaultKeeper = ReturnType<typeof createVaultKeeper>;

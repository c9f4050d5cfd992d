import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlanDocument } from '../../../shared/plan/plan-schema';
import { serializePlanDocument } from '../../../shared/plan-files/build-export';
import type { ImportedPackage } from '../../../shared/plan-files/read-export';
import { errorCode, writeNewFileDurably } from '../storage/durable-write';

/** What apply needs of the plan store: the same save path every edit takes (validated, durable). */
export interface ImportTargetStore {
  getDocument(): PlanDocument;
  save(document: PlanDocument): Promise<unknown>;
  flush(): Promise<void>;
  /** For an encrypted plan: seals the backup copy like every other copy of the plan on disk. */
  sealForDisk?(plain: Uint8Array): Uint8Array;
  /** For an encrypted plan: the plain bytes of a vault file already there (null when it does not open). */
  openFromDisk?(raw: Uint8Array): Uint8Array | null;
}

export interface ApplyImportOptions {
  store: ImportTargetStore;
  /** The plan's own folder: plan.json, vault/ and backups/ live here. */
  planDir: string;
  imported: ImportedPackage;
  now?: () => Date;
  /** Injectable so tests can make the disk fill up at a chosen write. */
  writeNew?: (path: string, bytes: Uint8Array) => Promise<void>;
}

export type ApplyImportResult = { ok: true; backupFile: string; attachmentsWritten: number } | { ok: false; conflict: string };

/**
 * Puts an already checked import in place of the current plan, all or nothing:
 * 1. a vault file of the same name with other content stops everything before a byte is written;
 * 2. the current plan is copied to backups/ (vault files are only ever added, never replaced, so that copy
 *    plus the vault is the whole previous plan);
 * 3. the new vault files are written, each fsynced (sealed when the plan is encrypted);
 * 4. the plan is saved through the store.
 * If 2-4 fail, what was written is removed again and plan.json is as it was.
 */
export async function applyImport(options: ApplyImportOptions): Promise<ApplyImportResult> {
  const { store, planDir, imported } = options;
  const writeNew = options.writeNew ?? writeNewFileDurably;
  const vaultDir = join(planDir, 'vault');
  await store.flush();

  const toWrite: [string, Uint8Array][] = [];
  for (const [storedName, bytes] of imported.attachments) {
    const target = join(vaultDir, storedName);
    const existing = await readFile(target).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    });
    // Compared as plain bytes: in an encrypted plan the vault copy is sealed (with its own nonce).
    const existingPlain = existing && store.openFromDisk ? store.openFromDisk(existing) : existing;
    if (existing === null) toWrite.push([target, bytes]);
    else if (!existingPlain || Buffer.compare(existingPlain, bytes) !== 0) return { ok: false, conflict: storedName };
  }

  const written: string[] = [];
  const backupFile = join(planDir, 'backups', backupName((options.now ?? (() => new Date()))()));
  try {
    await mkdir(join(planDir, 'backups'), { recursive: true });
    const plain = serializePlanDocument(store.getDocument());
    await writeNew(backupFile, store.sealForDisk ? store.sealForDisk(plain) : plain);
    written.push(backupFile);
    if (toWrite.length > 0) await mkdir(vaultDir, { recursive: true });
    for (const [target, bytes] of toWrite) {
      // An encrypted plan's attachments are sealed like the ones attached by hand.
      await writeNew(target, store.sealForDisk ? store.sealForDisk(bytes) : bytes);
      written.push(target);
    }
    await store.save(imported.document);
  } catch (error) {
    await Promise.all(written.map((path) => rm(path, { force: true }).catch(() => undefined)));
    throw error;
  }
  return { ok: true, backupFile, attachmentsWritten: toWrite.length };
}

function backupName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `plan.before-import-${stamp}-${at.getMilliseconds()}.json`;
}

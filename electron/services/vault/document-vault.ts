import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, open, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Attachment } from '../../../shared/checklists/schema';
import { isSafeStoredName, sanitizeFileName, storedNameFor } from '../../../shared/checklists/sanitize-file-name';
import { todayIso } from '../../../shared/dates/iso-date';

async function fsyncFile(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Files larger than this are refused: the vault is for scans and PDFs, not videos. */
export const MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024;

export type AttachFailureReason = 'unreadable' | 'not-a-file' | 'too-large';

export interface AttachOutcome {
  attachments: Attachment[];
  failures: { fileName: string; reason: AttachFailureReason }[];
}

/**
 * The document vault: copies of files the person picked, kept in <data folder>/vault under names made
 * from a random id. Only paths that came from the system's open dialog are ever read, and every stored
 * name is checked so nothing can point outside the vault folder.
 */
export function createDocumentVault(dataDir: string, now: () => Date = () => new Date()) {
  const vaultDir = join(dataDir, 'vault');

  const pathOf = (storedName: string): string | null => (isSafeStoredName(storedName) ? join(vaultDir, storedName) : null);

  async function attach(sourcePaths: readonly string[]): Promise<AttachOutcome> {
    await mkdir(vaultDir, { recursive: true });
    const outcome: AttachOutcome = { attachments: [], failures: [] };
    for (const source of sourcePaths) {
      const fileName = sanitizeFileName(basename(source));
      let sizeBytes: number;
      try {
        const info = await stat(source);
        if (!info.isFile()) {
          outcome.failures.push({ fileName, reason: 'not-a-file' });
          continue;
        }
        if (info.size > MAX_ATTACHMENT_BYTES) {
          outcome.failures.push({ fileName, reason: 'too-large' });
          continue;
        }
        sizeBytes = info.size;
      } catch {
        outcome.failures.push({ fileName, reason: 'unreadable' });
        continue;
      }
      const id = `att-${randomBytes(8).toString('hex')}`;
      const storedName = storedNameFor(id, fileName);
      try {
        // COPYFILE_EXCL: never overwrite anything already in the vault.
        await copyFile(source, join(vaultDir, storedName), constants.COPYFILE_EXCL);
        // The plan will point at this copy once saved, so it must be on disk before that save is.
        await fsyncFile(join(vaultDir, storedName));
      } catch {
        outcome.failures.push({ fileName, reason: 'unreadable' });
        continue;
      }
      outcome.attachments.push({ id, fileName, storedName, sizeBytes, addedOn: todayIso(now()) });
    }
    return outcome;
  }

  async function remove(storedNames: readonly string[]): Promise<number> {
    let removed = 0;
    for (const storedName of storedNames) {
      const path = pathOf(storedName);
      if (!path) continue;
      await rm(path, { force: true });
      removed++;
    }
    return removed;
  }

  async function exists(storedName: string): Promise<boolean> {
    const path = pathOf(storedName);
    if (!path) return false;
    return stat(path).then((info) => info.isFile(), () => false);
  }

  return { vaultDir, pathOf, attach, remove, exists };
}

export type DocumentVault = ReturnType<typeof createDocumentVault>;

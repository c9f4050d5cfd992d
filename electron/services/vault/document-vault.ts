import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Attachment } from '../../../shared/checklists/schema';
import { isSafeStoredName, sanitizeFileName, storedNameFor } from '../../../shared/checklists/sanitize-file-name';
import { todayIso } from '../../../shared/dates/iso-date';
import { isEncryptedFile } from '../../../shared/plan-files/envelope';
import { writeNewFileDurably } from '../storage/durable-write';
import { PLAIN_VAULT, type VaultSealing } from './vault-sealing';
import type { ViewerCopies } from './viewer-copies';

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

/** Why a vault file could not be handed to the system viewer. */
export type ViewProblem = 'missing' | 'locked' | 'damaged' | 'other-key';

export interface DocumentVaultOptions {
  /** How this plan's vault files are kept: read on every call, so turning encryption on needs no rewiring. */
  sealing?: () => VaultSealing;
  /** Where decrypted copies for the system viewer go (outside the data folder). */
  viewerCopies?: ViewerCopies;
}

export interface AttachOutcome {
  attachments: Attachment[];
  failures: { fileName: string; reason: AttachFailureReason }[];
}

/**
 * The document vault: copies of files the person picked, kept in <data folder>/vault under names made
 * from a random id. Only paths that came from the system's open dialog are ever read, and every stored
 * name is checked so nothing can point outside the vault folder.
 */
export function createDocumentVault(dataDir: string, now: () => Date = () => new Date(), options: DocumentVaultOptions = {}) {
  const vaultDir = join(dataDir, 'vault');
  const sealing = options.sealing ?? (() => PLAIN_VAULT);

  const pathOf = (storedName: string): string | null => (isSafeStoredName(storedName) ? join(vaultDir, storedName) : null);

  /** A sealed copy: the plain bytes never touch the data folder, only the envelope does (wx, fsynced). */
  async function copySealed(source: string, target: string, seal: (plain: Uint8Array) => Uint8Array): Promise<number> {
    const plain = await readFile(source);
    // The file may have grown since it was measured.
    if (plain.length > MAX_ATTACHMENT_BYTES) throw new Error('too large');
    await writeNewFileDurably(target, seal(plain));
    return plain.length;
  }

  async function attach(sourcePaths: readonly string[]): Promise<AttachOutcome> {
    const how = sealing();
    if (how.mode === 'locked') throw new Error('The plan is locked; unlock it before adding files.');
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
        if (how.mode === 'sealed') {
          sizeBytes = await copySealed(source, join(vaultDir, storedName), how.seal);
        } else {
          // COPYFILE_EXCL: never overwrite anything already in the vault.
          await copyFile(source, join(vaultDir, storedName), constants.COPYFILE_EXCL);
          // The plan will point at this copy once saved, so it must be on disk before that save is.
          await fsyncFile(join(vaultDir, storedName));
        }
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

  /**
   * A path the system viewer can open: the vault file itself when it is plain, else a decrypted copy outside
   * the data folder. A sealed file that does not open (a flipped byte, another key) is refused, not copied.
   */
  async function pathForViewer(storedName: string): Promise<{ ok: true; path: string } | { ok: false; problem: ViewProblem }> {
    const path = pathOf(storedName);
    if (!path) return { ok: false, problem: 'missing' };
    const raw = await readFile(path).catch(() => null);
    if (!raw) return { ok: false, problem: 'missing' };
    if (!isEncryptedFile(raw)) return { ok: true, path };
    const how = sealing();
    if (how.mode !== 'sealed' || !options.viewerCopies) return { ok: false, problem: 'locked' };
    const opened = how.open(raw);
    if (!opened.ok) return { ok: false, problem: opened.problem === 'other-key' ? 'other-key' : 'damaged' };
    return { ok: true, path: await options.viewerCopies.write(storedName, opened.value) };
  }

  const isLocked = () => sealing().mode === 'locked';

  return { vaultDir, pathOf, attach, remove, exists, pathForViewer, isLocked };
}

export type DocumentVault = ReturnType<typeof createDocumentVault>;

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isSafeStoredName } from '../../../shared/checklists/sanitize-file-name';
import type { PlanDocument } from '../../../shared/plan/plan-schema';
import { buildPlanExport } from '../../../shared/plan-files/build-export';
import { planAttachments } from '../../../shared/plan-files/plan-attachments';
import { writeFileDurably } from '../storage/durable-write';
import { sha256 } from './sha256';

export interface ExportPlanOptions {
  document: PlanDocument;
  vaultDir: string;
  targetPath: string;
  planName: string;
  appVersion: string;
  now?: () => Date;
  /**
   * The plain bytes of a vault file as read from disk (an encrypted plan's are sealed); null when it does not
   * open. Exports hold plain bytes, and the manifest's checksums are of those.
   */
  openVaultFile?: (raw: Uint8Array) => Uint8Array | null;
}

/**
 * Writes the whole plan (document and vault files) to one file the person chose. Through the durable path
 * (temp file, fsync, rename), so a full disk or a crash leaves either no export or a whole one, never a
 * truncated file under the chosen name.
 */
export async function exportPlanToFile(options: ExportPlanOptions): Promise<{ attachments: number; sizeBytes: number }> {
  const attachments = new Map<string, Uint8Array>();
  for (const attachment of planAttachments(options.document)) {
    if (!isSafeStoredName(attachment.storedName)) continue;
    let raw: Uint8Array;
    try {
      raw = await readFile(join(options.vaultDir, attachment.storedName));
    } catch {
      throw new Error(`The attachment ${attachment.fileName} is missing from the data folder, so the plan was not exported.`);
    }
    const plain = options.openVaultFile ? options.openVaultFile(raw) : raw;
    if (!plain) throw new Error(`The encrypted copy of the attachment ${attachment.fileName} is damaged and cannot be opened, so the plan was not exported.`);
    attachments.set(attachment.storedName, plain);
  }
  const { bytes } = buildPlanExport({
    document: options.document,
    attachments,
    planName: options.planName,
    appVersion: options.appVersion,
    exportedAt: (options.now ?? (() => new Date()))(),
    sha256,
  });
  await writeFileDurably(options.targetPath, bytes);
  return { attachments: attachments.size, sizeBytes: bytes.length };
}

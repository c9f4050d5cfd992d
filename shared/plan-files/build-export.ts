import { zipSync, type Zippable } from 'fflate';
import type { PlanDocument } from '../plan/plan-schema';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, MANIFEST_ENTRY, PLAN_ENTRY, VAULT_PREFIX, type ExportManifest, type Sha256 } from './manifest';
import { planAttachments } from './plan-attachments';

export interface ExportInput {
  document: PlanDocument;
  /** Bytes of every attachment the plan points at, by stored name. */
  attachments: ReadonlyMap<string, Uint8Array>;
  planName: string;
  appVersion: string;
  exportedAt: Date;
  sha256: Sha256;
}

/** Serialised the way the plan store writes plan.json, so an export diffs cleanly against the data folder. */
export function serializePlanDocument(document: PlanDocument): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(document, null, 2)}\n`);
}

/**
 * The whole plan as one zip: manifest, plan and vault files. Throws when an attachment the plan points at
 * is not supplied: an export that silently lacked a scan would only be found out on the new laptop.
 */
export function buildPlanExport(input: ExportInput): { bytes: Uint8Array; manifest: ExportManifest } {
  const planBytes = serializePlanDocument(input.document);
  const files: Zippable = {};
  const attachments: ExportManifest['attachments'] = [];
  for (const attachment of planAttachments(input.document)) {
    const bytes = input.attachments.get(attachment.storedName);
    if (!bytes) throw new Error(`The attachment ${attachment.fileName} (${attachment.storedName}) is missing from the vault.`);
    attachments.push({ storedName: attachment.storedName, sizeBytes: bytes.length, sha256: input.sha256(bytes) });
    // Scans and PDFs are compressed already; storing them keeps export fast and memory flat.
    files[`${VAULT_PREFIX}${attachment.storedName}`] = [bytes, { level: 0 }];
  }
  const manifest: ExportManifest = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    appVersion: input.appVersion.slice(0, 40),
    planName: input.planName.slice(0, 120),
    plan: { sizeBytes: planBytes.length, sha256: input.sha256(planBytes) },
    attachments,
  };
  files[MANIFEST_ENTRY] = [new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`), { level: 6 }];
  files[PLAN_ENTRY] = [planBytes, { level: 6 }];
  return { bytes: zipSync(files, { mtime: input.exportedAt }), manifest };
}

import { open } from 'node:fs/promises';
import path from 'node:path';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/plan/plan-schema';
import { upgradePlanDocument, type LoadResult } from '../../../shared/plan/migrations';
import type { PlanDocument } from '../../../shared/plan/plan-schema';
import { errorCode } from './durable-write';
import { MAX_PLAN_FILE_BYTES } from './plan-size-limit';

export type UpgradePlan = (raw: unknown) => LoadResult;

/**
 * Turns the bytes on disk into plan JSON text and back, for an encrypted plan (electron/services/encryption).
 * decode returns null when the bytes cannot be opened; backups and quarantine copies keep the raw bytes.
 */
export interface PlanFileCodec {
  encode(plain: Uint8Array): Uint8Array;
  decode(raw: Uint8Array): Uint8Array | null;
}

export type DamageReason = 'unreadable' | 'invalid' | 'newer-version' | 'too-large';

export type PlanFileRead =
  | { kind: 'missing' }
  | { kind: 'valid'; bytes: Buffer; document: PlanDocument; migratedFrom: number | null }
  /** bytes is null for a file over the size limit: it was never read, so there is nothing to copy. */
  | { kind: 'damaged'; bytes: Buffer | null; reason: DamageReason; detail: string };

/**
 * Reads the plan file and says what it is. The raw bytes come back too, so a damaged or pre-migration file
 * can be copied exactly as found rather than as re-serialized JSON.
 */
export async function readPlanFile(
  filePath: string,
  upgrade: UpgradePlan = upgradePlanDocument,
  codec?: PlanFileCodec,
  maxBytes: number = MAX_PLAN_FILE_BYTES,
): Promise<PlanFileRead> {
  let handle;
  try {
    handle = await open(filePath, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  let bytes: Buffer;
  try {
    // The size of the file we hold open, so one that grows between a check and the read is still caught.
    const { size } = await handle.stat();
    if (size > maxBytes) {
      const detail =
        `${path.basename(filePath)} is ${megabytes(size)} MB, more than the ${megabytes(maxBytes)} MB a plan can be ` +
        '(a real plan is well under 1 MB), so it was not read.';
      return { kind: 'damaged', reason: 'too-large', detail, bytes: null };
    }
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  if (codec) {
    const plain = codec.decode(bytes);
    if (!plain) {
      const detail = `${path.basename(filePath)} is encrypted but could not be opened with this key: the file is damaged or was changed.`;
      return { kind: 'damaged', reason: 'unreadable', detail, bytes };
    }
    return { ...classifyPlanBytes(plain, path.basename(filePath), upgrade), bytes };
  }
  return { ...classifyPlanBytes(bytes, path.basename(filePath), upgrade), bytes };
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

type Classified =
  | { kind: 'valid'; document: PlanDocument; migratedFrom: number | null }
  | { kind: 'damaged'; reason: DamageReason; detail: string };

export function classifyPlanBytes(bytes: Uint8Array, fileName: string, upgrade: UpgradePlan = upgradePlanDocument): Classified {
  let raw: unknown;
  try {
    // fatal: Buffer#toString would quietly swap bad bytes for U+FFFD and we would save the damage back.
    // The decoder drops a leading UTF-8 BOM, which some editors add and JSON.parse would choke on.
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    const why = bytes.length === 0 ? 'the file is empty' : `it is not valid JSON text (${(error as Error).message})`;
    return { kind: 'damaged', reason: 'unreadable', detail: `${fileName} could not be read: ${why}.` };
  }
  const result = upgrade(raw);
  if (result.ok) return { kind: 'valid', document: result.document, migratedFrom: result.migratedFrom };
  if (result.reason === 'newer-version') {
    return {
      kind: 'damaged',
      reason: 'newer-version',
      detail:
        `${fileName} was saved by a newer version of Relocation Planner (file format ${result.version ?? '?'}; ` +
        `this version understands up to ${CURRENT_SCHEMA_VERSION}). Update the app to open it.`,
    };
  }
  return { kind: 'damaged', reason: 'invalid', detail: `${fileName} is not a plan this app can read: ${describeInvalid(result)}.` };
}

function describeInvalid(result: Extract<LoadResult, { ok: false }>): string {
  switch (result.reason) {
    case 'not-an-object':
      return 'it does not contain a plan object';
    case 'no-version':
      return 'it has no valid schemaVersion';
    default: {
      const issues = result.issues ?? [];
      const shown = issues.slice(0, 3).join('; ');
      return issues.length > 3 ? `${shown}; and ${issues.length - 3} more problems` : shown || 'it failed validation';
    }
  }
}

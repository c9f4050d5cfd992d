import { isUtf8 } from 'node:buffer';
import type { Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/plan/plan-schema';
import { upgradePlanDocument, type LoadResult } from '../../../shared/plan/migrations';
import type { PlanDocument } from '../../../shared/plan/plan-schema';
import { errorCode } from './durable-write';
import { MAX_PLAN_FILE_BYTES } from './plan-size-limit';
import { sha256Hex } from './validated-hash';

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
  | {
      kind: 'valid';
      bytes: Buffer;
      document: PlanDocument;
      migratedFrom: number | null;
      /** The SHA-256 of `bytes` and the open file's stat, for telling this file from a later one. */
      sha256: string;
      info: Stats;
      /** 'schema': parsed with the whole document schema; 'hash': the bytes the app had validated before. */
      checkedBy: 'schema' | 'hash';
    }
  /** bytes is null for a file over the size limit: it was never read, so there is nothing to copy. */
  | { kind: 'damaged'; bytes: Buffer | null; reason: DamageReason; detail: string };

/**
 * Reads the plan file and says what it is. The raw bytes come back too, so a damaged or pre-migration file
 * can be copied exactly as found rather than as re-serialized JSON. `knownValidHash`: the SHA-256 of bytes
 * the app validated before (validated-hash.ts); a file with exactly those bytes skips the schema.
 */
export async function readPlanFile(
  filePath: string,
  upgrade: UpgradePlan = upgradePlanDocument,
  codec?: PlanFileCodec,
  maxBytes: number = MAX_PLAN_FILE_BYTES,
  knownValidHash: string | null = null,
): Promise<PlanFileRead> {
  let handle;
  try {
    handle = await open(filePath, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  let bytes: Buffer;
  let info: Stats;
  try {
    // The size of the file we hold open, so one that grows between a check and the read is still caught.
    info = await handle.stat();
    const { size } = info;
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
  const plain = codec ? codec.decode(bytes) : bytes;
  if (!plain) {
    const detail = `${path.basename(filePath)} is encrypted but could not be opened with this key: the file is damaged or was changed.`;
    return { kind: 'damaged', reason: 'unreadable', detail, bytes };
  }
  const sha256 = sha256Hex(bytes);
  const classified = sha256 === knownValidHash ? classifyKnownValidBytes(plain) : null;
  if (classified) return { ...classified, bytes, sha256, info, checkedBy: 'hash' };
  const found = classifyPlanBytes(plain, path.basename(filePath), upgrade);
  return found.kind === 'valid' ? { ...found, bytes, sha256, info, checkedBy: 'schema' } : { ...found, bytes };
}

/**
 * Bytes the app has validated before: only decoded and parsed. Null (check in full) if they somehow do
 * not read as a current-version plan, which a hash match makes all but impossible.
 */
function classifyKnownValidBytes(bytes: Uint8Array): Extract<Classified, { kind: 'valid' }> | null {
  const raw = parseJsonBytes(bytes);
  if (!raw.ok || typeof raw.value !== 'object' || raw.value === null || (raw.value as { schemaVersion?: unknown }).schemaVersion !== CURRENT_SCHEMA_VERSION) return null;
  return { kind: 'valid', document: raw.value as PlanDocument, migratedFrom: null };
}

/**
 * UTF-8 checked strictly (Buffer#toString would quietly swap bad bytes for U+FFFD and we would save the
 * damage back), a leading byte-order mark dropped (some editors add one; JSON.parse would choke on it),
 * then parsed. isUtf8 and toString are several times faster than a fatal TextDecoder on a large plan.
 */
function parseJsonBytes(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; error: Error } {
  if (!isUtf8(bytes)) return { ok: false, error: new Error('the bytes are not valid UTF-8') };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    return { ok: false, error: error as Error };
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

type Classified =
  | { kind: 'valid'; document: PlanDocument; migratedFrom: number | null }
  | { kind: 'damaged'; reason: DamageReason; detail: string };

export function classifyPlanBytes(bytes: Uint8Array, fileName: string, upgrade: UpgradePlan = upgradePlanDocument): Classified {
  const raw = parseJsonBytes(bytes);
  if (!raw.ok) {
    const why = bytes.length === 0 ? 'the file is empty' : `it is not valid JSON text (${raw.error.message})`;
    return { kind: 'damaged', reason: 'unreadable', detail: `${fileName} could not be read: ${why}.` };
  }
  const result = upgrade(raw.value);
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

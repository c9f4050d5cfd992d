import { unzipSync } from 'fflate';
import { isSafeStoredName } from '../checklists/sanitize-file-name';
import { upgradePlanDocument } from '../plan/migrations';
import type { PlanDocument } from '../plan/plan-schema';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits';
import { MANIFEST_ENTRY, manifestSchema, PLAN_ENTRY, VAULT_PREFIX, type ExportManifest, type Sha256 } from './manifest';
import { planAttachments } from './plan-attachments';
import type { ImportProblem } from './problems';
import { findDroppedKey, parseUntrustedJson } from './safe-json';

export interface ImportedPackage {
  manifest: ExportManifest;
  /** A current, valid plan (older files are migrated). */
  document: PlanDocument;
  migratedFrom: number | null;
  /** Every attachment's bytes by stored name, each checked against the manifest and the plan. */
  attachments: Map<string, Uint8Array>;
}

export type ReadExportResult = { ok: true; value: ImportedPackage } | { ok: false; problem: ImportProblem };

class Refused extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.code);
  }
}

const refuse = (problem: ImportProblem): never => {
  throw new Refused(problem);
};

/**
 * Reads an export file and either returns everything in it, checked, or the first problem found. Nothing
 * is unpacked until the zip's directory has passed: names known and safe, no duplicates, declared sizes
 * within the limits (a zip bomb is refused by its directory, and a directory that lies about sizes can
 * unpack no more than it declared, after which the checksum fails). Pure: no disk, no clock.
 */
export function readPlanExport(bytes: Uint8Array, sha256: Sha256, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): ReadExportResult {
  try {
    return { ok: true, value: readOrRefuse(bytes, sha256, limits) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    // fflate throws on structures it cannot read (truncated, overlapping, bad deflate data).
    return { ok: false, problem: { code: 'not-a-plan-file', detail: error instanceof Error ? error.message : String(error) } };
  }
}

function readOrRefuse(bytes: Uint8Array, sha256: Sha256, limits: ImportLimits): ImportedPackage {
  if (bytes.length > limits.maxFileBytes) refuse({ code: 'file-too-large', limitBytes: limits.maxFileBytes });
  const entries = unpack(bytes, limits);

  const manifestBytes = entries.get(MANIFEST_ENTRY) ?? refuse({ code: 'not-a-plan-file', detail: 'no manifest' });
  const manifestJson = parseJsonEntry(MANIFEST_ENTRY, manifestBytes, limits);
  const version = (manifestJson as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > 1) refuse({ code: 'newer-format', version });
  const manifestParsed = manifestSchema.safeParse(manifestJson);
  if (!manifestParsed.success) refuse({ code: 'manifest-invalid', path: manifestParsed.error.issues[0]?.path.join('.') ?? '' });
  const manifest = manifestParsed.data!;

  const planBytes = entries.get(PLAN_ENTRY) ?? refuse({ code: 'missing-entry', name: PLAN_ENTRY });
  checkIntegrity(PLAN_ENTRY, planBytes, manifest.plan, sha256);
  const raw = parseJsonEntry(PLAN_ENTRY, planBytes, limits);
  const upgraded = upgradePlanDocument(raw);
  if (!upgraded.ok) {
    if (upgraded.reason === 'newer-version') refuse({ code: 'newer-plan', version: upgraded.version ?? 0 });
    const first = upgraded.issues?.[0] ?? upgraded.reason;
    const colon = first.indexOf(': ');
    refuse({ code: 'plan-invalid', path: colon >= 0 ? first.slice(0, colon) : '', detail: colon >= 0 ? first.slice(colon + 2) : first });
  }
  const { document, migratedFrom } = upgraded as Extract<typeof upgraded, { ok: true }>;
  // Only a current-format file can be compared field by field; an older one was checked by its migration.
  if (migratedFrom === null) {
    const dropped = findDroppedKey(raw, document);
    if (dropped) refuse({ code: 'unknown-key', path: dropped });
  }

  const attachments = new Map<string, Uint8Array>();
  const listed = new Map(manifest.attachments.map((entry) => [entry.storedName, entry]));
  if (listed.size !== manifest.attachments.length) refuse({ code: 'manifest-invalid', path: 'attachments' });
  for (const [name, content] of entries) {
    if (!name.startsWith(VAULT_PREFIX)) continue;
    const storedName = name.slice(VAULT_PREFIX.length);
    const entry = listed.get(storedName) ?? refuse({ code: 'attachment-not-listed', name: storedName });
    checkIntegrity(storedName, content, entry, sha256);
    attachments.set(storedName, content);
  }
  for (const storedName of listed.keys()) if (!attachments.has(storedName)) refuse({ code: 'attachment-missing', name: storedName });
  const referenced = planAttachments(document);
  for (const attachment of referenced) {
    const content = attachments.get(attachment.storedName) ?? refuse({ code: 'attachment-missing', name: attachment.storedName });
    if (content.length !== attachment.sizeBytes) refuse({ code: 'attachment-size-differs', name: attachment.storedName });
  }
  const referencedNames = new Set(referenced.map((attachment) => attachment.storedName));
  for (const storedName of attachments.keys()) if (!referencedNames.has(storedName)) refuse({ code: 'attachment-unused', name: storedName });
  return { manifest, document, migratedFrom, attachments };
}

function unpack(bytes: Uint8Array, limits: ImportLimits): Map<string, Uint8Array> {
  const seen = new Set<string>();
  let declaredTotal = 0;
  const files = unzipSync(bytes, {
    // Called with the zip directory's view of each entry before it is unpacked: refusing here means a
    // bomb never inflates. Throwing stops at the first problem.
    filter: (file) => {
      const { name } = file;
      if (seen.size >= limits.maxEntries) refuse({ code: 'too-many-entries', limit: limits.maxEntries });
      if (name.startsWith(VAULT_PREFIX)) {
        if (!isSafeStoredName(name.slice(VAULT_PREFIX.length))) refuse({ code: 'unsafe-name', name: name.slice(0, 200) });
      } else if (name !== MANIFEST_ENTRY && name !== PLAN_ENTRY) {
        refuse(looksLikePath(name) ? { code: 'unsafe-name', name: name.slice(0, 200) } : { code: 'unexpected-entry', name: name.slice(0, 200) });
      }
      if (seen.has(name)) refuse({ code: 'duplicate-entry', name });
      seen.add(name);
      const limit = name === MANIFEST_ENTRY ? limits.maxManifestBytes : name === PLAN_ENTRY ? limits.maxPlanBytes : limits.maxAttachmentBytes;
      if (file.originalSize > limit) refuse({ code: 'entry-too-large', name, limitBytes: limit });
      declaredTotal += file.originalSize;
      if (declaredTotal > limits.maxUnpackedBytes) refuse({ code: 'unpacked-too-large', limitBytes: limits.maxUnpackedBytes });
      if (file.compression !== 0 && file.compression !== 8) refuse({ code: 'not-a-plan-file', detail: `compression method ${file.compression}` });
      return true;
    },
  });
  return new Map(Object.entries(files));
}

function looksLikePath(name: string): boolean {
  return /[/\\]|^\.\.?$|^[A-Za-z]:/.test(name);
}

function parseJsonEntry(name: string, bytes: Uint8Array, limits: ImportLimits): unknown {
  const parsed = parseUntrustedJson(bytes, limits.maxJsonDepth);
  if (parsed.ok) return parsed.value;
  if (parsed.reason === 'forbidden-key') return refuse({ code: 'forbidden-key', name, key: parsed.key, path: parsed.path });
  if (parsed.reason === 'too-deep') return refuse({ code: 'too-deep', name, limit: limits.maxJsonDepth });
  return refuse({ code: 'bad-json', name });
}

function checkIntegrity(name: string, content: Uint8Array, expected: { sizeBytes: number; sha256: string }, sha256: Sha256): void {
  if (content.length !== expected.sizeBytes) refuse({ code: 'size-mismatch', name });
  if (sha256(content) !== expected.sha256) refuse({ code: 'checksum-mismatch', name });
}

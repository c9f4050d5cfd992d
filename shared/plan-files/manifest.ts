import { z } from 'zod';
import { isSafeStoredName } from '../checklists/sanitize-file-name';

/**
 * The export file is a zip holding `manifest.json`, `plan.json` and `vault/<stored name>` for every
 * attachment. The manifest names each entry with its size and SHA-256, so an import can tell a damaged or
 * edited file from a good one before anything is written.
 */
export const EXPORT_FORMAT = 'relocation-planner-plan';
export const EXPORT_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const PLAN_ENTRY = 'plan.json';
export const VAULT_PREFIX = 'vault/';
export const EXPORT_EXTENSION = '.rplan';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const size = z.int().min(0).max(Number.MAX_SAFE_INTEGER);

export const manifestSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    formatVersion: z.literal(EXPORT_FORMAT_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    appVersion: z.string().max(40),
    planName: z.string().max(120),
    plan: z.object({ sizeBytes: size, sha256: sha256Hex }).strict(),
    attachments: z
      .array(z.object({ storedName: z.string().max(120).refine(isSafeStoredName), sizeBytes: size, sha256: sha256Hex }).strict())
      .max(10_000),
  })
  .strict();

export type ExportManifest = z.infer<typeof manifestSchema>;

/** Hex SHA-256 of some bytes; injected so this room stays free of Node and the DOM. */
export type Sha256 = (bytes: Uint8Array) => string;

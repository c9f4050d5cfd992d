/**
 * Limits for a plan file being imported. An export of a real plan is far below every one of them; they are
 * there so a damaged or hostile file is refused before it can fill memory or the disk.
 */
export interface ImportLimits {
  /** The export file itself, as read from disk. */
  maxFileBytes: number;
  /** Everything inside it once unpacked, as the zip declares it (checked before anything is unpacked). */
  maxUnpackedBytes: number;
  maxPlanBytes: number;
  maxManifestBytes: number;
  maxAttachmentBytes: number;
  maxEntries: number;
  /** Objects and arrays nested deeper than this are refused (no real plan nests more than about a dozen). */
  maxJsonDepth: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 1024 * 1024 * 1024,
  maxUnpackedBytes: 2 * 1024 * 1024 * 1024,
  maxPlanBytes: 64 * 1024 * 1024,
  maxManifestBytes: 4 * 1024 * 1024,
  // The vault refuses files above 200 MB when they are attached; an import holds the same line.
  maxAttachmentBytes: 200 * 1024 * 1024,
  maxEntries: 10_002,
  maxJsonDepth: 64,
};

import type { StorageStatus } from './operations';

/**
 * True where nothing is written (recovery or a read-only folder), so autosave does not try. Apart from the
 * contract's schemas (zod), which the renderer's first screen does not load.
 */
export function isSavingRefused(storage: StorageStatus | null | undefined): boolean {
  return storage?.mode === 'recovery' || storage?.mode === 'read-only';
}

/**
 * Records that passed a schema check here, by identity (records are never changed in place), so a later
 * check of the very same object can be skipped (shared/offers/validate-edit.ts). Kept free of zod so the
 * store can ask without loading the schemas.
 */
const passed = new WeakSet<object>();

export function markPassedCheck(record: unknown): void {
  if (typeof record === 'object' && record !== null) passed.add(record);
}

/** True when `record` is the very object a check passed, so checking it again would tell nothing new. */
export function hasPassedCheck(record: unknown): boolean {
  return typeof record === 'object' && record !== null && passed.has(record);
}

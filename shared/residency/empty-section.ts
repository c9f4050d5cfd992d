import type { ResidencySection } from './schema';

/** A plan's stay log before the first stay; apart from the schema (zod) so the store's first load does without it. */
export function createEmptyResidencySection(): ResidencySection {
  return { stays: [], isUsedForTax: true };
}

import type { messages as en } from './messages.en';

/** A key of the tax messages (the English table; the Chinese one has the same keys). */
type TaxMessageKey = keyof typeof en;

/** Identity helper so each schema message is checked against the key list at compile time. */
export function msg(key: TaxMessageKey): { error: TaxMessageKey } {
  return { error: key };
}

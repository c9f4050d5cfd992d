import type { OpenProblem } from '../encryption/plan-cipher';

/**
 * How the current plan's vault files are kept on disk: plain, sealed with the plan's key (the same key and
 * envelope as plan.json, a fresh nonce per file), or unknown while the plan is locked, when nothing may be
 * read or added.
 */
export type VaultSealing =
  | { mode: 'plain' }
  | { mode: 'locked' }
  | {
      mode: 'sealed';
      seal(plain: Uint8Array): Uint8Array;
      open(raw: Uint8Array): { ok: true; value: Uint8Array } | { ok: false; problem: OpenProblem };
    };

export const PLAIN_VAULT: VaultSealing = { mode: 'plain' };

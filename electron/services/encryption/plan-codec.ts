import { isEncryptedFile } from '../../../shared/plan-files/envelope';
import type { PlanFileCodec } from '../storage/read-plan-file';
import { open, seal, type PlanKey } from './plan-cipher';

/**
 * The store's codec for an encrypted plan. A plain file is still read (a crash while encryption was being
 * turned on can leave one); the next save seals it.
 */
export function createPlanCodec(planKey: PlanKey): PlanFileCodec {
  return {
    encode: (plain) => seal(planKey, plain),
    decode: (raw) => {
      if (!isEncryptedFile(raw)) return raw;
      const opened = open(planKey, raw);
      return opened.ok ? opened.value : null;
    },
  };
}

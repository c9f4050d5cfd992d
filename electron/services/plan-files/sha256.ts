import { createHash } from 'node:crypto';
import type { Sha256 } from '../../../shared/plan-files/manifest';

export const sha256: Sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

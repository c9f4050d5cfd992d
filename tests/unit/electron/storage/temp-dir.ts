import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PLAN_FIXTURES = fileURLToPath(new URL('../../../fixtures/plans/', import.meta.url));

export function fixturePath(name: string): string {
  return path.join(PLAN_FIXTURES, name);
}

/** A fresh real folder per test; the returned cleanup removes it. */
export async function makeTempDir(label = 'plan-store'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `${label}-`));
  // Retries: a store's start-up backup may still land while the folder is removed (ENOTEMPTY).
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }) };
}

import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isSafeStoredName } from '../../../shared/checklists/sanitize-file-name';
import { writeFileDurably } from '../storage/durable-write';

/**
 * A duplicate plan: plan.json and every vault file copied into a new, empty folder, each written durably.
 * Backups are not copied: they belong to the history of the original.
 */
export async function copyPlanFolder(options: { planBytes: Uint8Array; fromDir: string; toDir: string }): Promise<void> {
  await mkdir(path.join(options.toDir, 'vault'), { recursive: true });
  const vaultFiles = await readdir(path.join(options.fromDir, 'vault')).catch((): string[] => []);
  for (const name of vaultFiles.filter(isSafeStoredName)) {
    await writeFileDurably(path.join(options.toDir, 'vault', name), await readFile(path.join(options.fromDir, 'vault', name)));
  }
  // Last, so a folder with plan.json is always complete.
  await writeFileDurably(path.join(options.toDir, 'plan.json'), options.planBytes);
}

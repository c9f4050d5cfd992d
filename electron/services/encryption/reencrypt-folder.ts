import { readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { PlanFileCodec } from '../storage/read-plan-file';
import { writeNewFileDurably } from '../storage/durable-write';

/** The files of a plan folder that hold the plan: plan.json and every copy in backups/. */
export async function planFilesIn(planDir: string): Promise<string[]> {
  const backups = await readdir(path.join(planDir, 'backups'), { withFileTypes: true }).catch(() => []);
  const files = backups.filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((entry) => path.join(planDir, 'backups', entry.name));
  const planFile = path.join(planDir, 'plan.json');
  const hasPlan = await readFile(planFile).then(
    () => true,
    () => false,
  );
  // plan.json last, so it is the final rename.
  return hasPlan ? [...files, planFile] : files;
}

/**
 * Rewrites files from one codec to another (plain is a null codec), all or nothing: every new version is
 * written and fsynced under a temporary name first; only when all are on disk are they renamed over the
 * originals. A full disk in the first phase removes the temporaries and changes nothing.
 * Files the old key cannot open are left exactly as they are and named in the result.
 */
export async function reencryptFiles(
  files: readonly string[],
  from: PlanFileCodec | null,
  to: PlanFileCodec | null,
  writeNew: (target: string, bytes: Uint8Array) => Promise<void> = writeNewFileDurably,
): Promise<{ rewritten: string[]; skipped: string[] }> {
  const staged: { temp: string; target: string }[] = [];
  const skipped: string[] = [];
  try {
    for (const target of files) {
      const raw = await readFile(target);
      const plain = from ? from.decode(raw) : raw;
      if (!plain) {
        skipped.push(target);
        continue;
      }
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.rekey`);
      await writeNew(temp, to ? to.encode(plain) : plain);
      staged.push({ temp, target });
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true }).catch(() => undefined)));
    throw error;
  }
  for (const { temp, target } of staged) await rename(temp, target);
  return { rewritten: staged.map(({ target }) => target), skipped };
}

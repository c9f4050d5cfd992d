import { readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { isSafeStoredName } from '../../../shared/checklists/sanitize-file-name';
import type { PlanFileCodec } from '../storage/read-plan-file';
import { writeNewFileDurably } from '../storage/durable-write';

async function filesOf(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && keep(entry.name)).map((entry) => path.join(dir, entry.name));
}

/**
 * The files of a plan folder that hold the plan: every attachment in vault/ and vault-trash/ (the trash only
 * renames, so a file it gives back must already be sealed with the current key), every copy in backups/,
 * and plan.json.
 */
export async function planFilesIn(planDir: string): Promise<string[]> {
  const vault = [
    ...(await filesOf(path.join(planDir, 'vault'), isSafeStoredName)),
    ...(await filesOf(path.join(planDir, 'vault-trash'), isSafeStoredName)),
  ];
  const files = [...vault, ...(await filesOf(path.join(planDir, 'backups'), (name) => !name.startsWith('.')))];
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

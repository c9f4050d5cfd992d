import { createHash } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/plan/plan-schema';
import { tempFileName } from './durable-write';

/**
 * Remembers, beside the plan file, the SHA-256 of the exact bytes this app last validated with the whole
 * document schema or wrote itself (issue 16): opening a file whose bytes still hash the same needs no
 * schema pass, because those bytes have passed it. A file changed by anyone else (a hand edit, a sync
 * client, a damaged disk), even to the same size and time, hashes differently and is checked in full.
 *
 * The note only ever says "these bytes were valid", which stays true whatever happens later, so it needs
 * no fsync: lost, torn or stale, it just does not match and the next open checks the file in full. It
 * names the schema that checked (format version and app version): a file another version of the app
 * vouched for is checked again by this one, whose schema may differ.
 */
export function validatorFor(appVersion: string): string {
  return `plan-schema-${CURRENT_SCHEMA_VERSION}/app-${appVersion}`;
}

/** Where no app version is given (tests, the bench harness): notes only such callers trust. */
export const VALIDATOR = validatorFor('unknown');

/** `.plan.json.validated`: hidden, named after the plan file like everything else the store keeps. */
export function validatedHashFileName(fileName: string): string {
  return `.${fileName}.validated`;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

interface ValidatedNote {
  sha256: string;
  validator: string;
}

/** The hash the note vouches for under `validator`, or null (no note, another schema, or unreadable). */
export async function readValidatedHash(dataDir: string, fileName: string, validator: string = VALIDATOR): Promise<string | null> {
  try {
    const note = JSON.parse(await readFile(path.join(dataDir, validatedHashFileName(fileName)), 'utf8')) as Partial<ValidatedNote> | null;
    return note?.validator === validator && typeof note.sha256 === 'string' && /^[0-9a-f]{64}$/.test(note.sha256) ? note.sha256 : null;
  } catch {
    return null;
  }
}

/**
 * Replaces the note (a temp file renamed over it, so a reader never sees half of one). The temp name is the
 * plan's own temp family, so a leftover from a crash is removed at the next start like any other.
 */
export async function writeValidatedHash(dataDir: string, fileName: string, sha256: string, validator: string = VALIDATOR): Promise<void> {
  const temp = path.join(dataDir, tempFileName(fileName));
  const note: ValidatedNote = { sha256, validator };
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(JSON.stringify(note));
    } finally {
      await handle.close();
    }
    await rename(temp, path.join(dataDir, validatedHashFileName(fileName)));
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

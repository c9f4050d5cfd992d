import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, writeNewFileDurably } from './durable-write';

/**
 * Writes `bytes` to the first free name that `nameFor(attempt)` offers (attempt 1, 2, 3…) and returns its full
 * path. Never replaces a file. If an earlier copy in the same family (`isSameFamily`) already holds exactly
 * these bytes, that copy is returned instead, so starting the app ten times with the same damaged file does
 * not leave ten copies of it.
 */
export async function keepCopy(
  dir: string,
  bytes: Uint8Array,
  nameFor: (attempt: number) => string,
  isSameFamily: (name: string) => boolean,
): Promise<string> {
  const existing = await findIdenticalCopy(dir, bytes, isSameFamily);
  if (existing) return existing;
  for (let attempt = 1; ; attempt++) {
    const candidate = path.join(dir, nameFor(attempt));
    try {
      await writeNewFileDurably(candidate, bytes);
      return candidate;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST' || attempt >= 1000) throw error;
    }
  }
}

async function findIdenticalCopy(dir: string, bytes: Uint8Array, isSameFamily: (name: string) => boolean): Promise<string | null> {
  for (const name of (await readdir(dir)).filter(isSameFamily).sort()) {
    const candidate = path.join(dir, name);
    const content = await readFile(candidate).catch(() => null);
    if (content && Buffer.compare(content, bytes) === 0) return candidate;
  }
  return null;
}

import { randomBytes } from 'node:crypto';
import { lstat, open, readdir, readlink, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/**
 * Replaces `filePath` so that after a crash or power cut it holds either the old bytes or the new ones, never a
 * mix: write a private temp file in the same folder (rename is only atomic within one file system), fsync it,
 * rename it over the target, then fsync the folder so the rename itself survives a power cut.
 */
export async function writeFileDurably(filePath: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(filePath);
  const tempPath = path.join(dir, tempFileName(path.basename(filePath)));
  let handle: FileHandle | undefined;
  try {
    // 'wx': the random name should never exist, but if it does we must not write into someone else's file.
    handle = await open(tempPath, 'wx', 0o600);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(tempPath, filePath);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

/**
 * The file a write to `filePath` must replace: `filePath` itself, or, when it is a symbolic link (plan.json kept
 * in a synced folder and linked into the data folder), the file the chain of links ends at. Renaming a temp
 * file over the link itself would silently turn it into a plain file and cut the person's sync off. A dangling
 * link resolves to the path it names, so the first save creates the target.
 */
export async function resolveWriteTarget(filePath: string): Promise<string> {
  let current = filePath;
  for (let hops = 0; hops < 40; hops++) {
    let isLink: boolean;
    try {
      isLink = (await lstat(current)).isSymbolicLink();
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return current;
      throw error;
    }
    if (!isLink) return current;
    current = path.resolve(path.dirname(current), await readlink(current));
  }
  throw Object.assign(new Error(`${path.basename(filePath)} is a loop of links that never ends at a file.`), { code: 'ELOOP' });
}

/** writeFileDurably through links: the link stays a link, its target gets the new bytes (durably, in its own folder). */
export async function writeThroughLinkDurably(filePath: string, data: string | Uint8Array): Promise<void> {
  await writeFileDurably(await resolveWriteTarget(filePath), data);
}

/** Creates `filePath` with `data`, fsynced, failing with EEXIST rather than replacing anything already there. */
export async function writeNewFileDurably(filePath: string, data: Uint8Array): Promise<void> {
  const handle = await open(filePath, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(filePath, { force: true }).catch(() => undefined);
    throw error;
  }
  await handle.close();
  await syncDirectory(path.dirname(filePath));
}

/**
 * Deletes temp files left by writes that were killed between creating the temp file and renaming it. Only
 * names this module generates are touched, so a plan file or a person's own file is never removed.
 */
export async function removeStaleTempFiles(dir: string, baseName: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  const stale = entries.filter((name) => isTempFileName(name, baseName));
  await Promise.all(stale.map((name) => rm(path.join(dir, name), { force: true })));
  return stale;
}

/** `.plan.json.<pid>.<random>.tmp`: the leading dot and `.tmp` keep it from ever looking like a plan file. */
export function tempFileName(baseName: string): string {
  return `.${baseName}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

export function isTempFileName(name: string, baseName: string): boolean {
  const prefix = `.${baseName}.`;
  return name.startsWith(prefix) && /^\d+\.[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length));
}

/**
 * Windows cannot open a directory for fsync (EISDIR/EPERM), and some file systems reject fsync on one
 * (EINVAL/ENOTSUP). There the rename is as durable as the platform makes it, so we skip rather than fail a
 * write whose bytes are already in place.
 */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!DIRECTORY_SYNC_UNSUPPORTED.has(errorCode(error) ?? '')) throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

const DIRECTORY_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF']);

/**
 * On Windows a rename over a file that a virus scanner or indexer has open briefly fails with EPERM/EBUSY;
 * a few short retries ride that out (the same thing graceful-fs does). Elsewhere the first error is final.
 */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const isTransient = process.platform === 'win32' && ['EPERM', 'EBUSY', 'EACCES'].includes(errorCode(error) ?? '');
      if (!isTransient || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
  }
}

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

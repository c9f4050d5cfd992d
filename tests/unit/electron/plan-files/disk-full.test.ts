import type * as FsPromises from 'node:fs/promises';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * A disk that fills up, on the real write path: every write in the app opens its file through
 * fs/promises' `open` (electron/services/storage/durable-write.ts), so that is where the fault goes. After
 * `budget` files were written, the next one gets half its bytes and then ENOSPC, as a full disk does. Each
 * operation is run once to count its writes, then once per write with the disk filling up right there.
 */
const disk = vi.hoisted(() => ({ budget: Infinity, writes: 0, full: [] as string[] }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  const open = async (...args: Parameters<typeof actual.open>) => {
    const handle = await actual.open(...args);
    const flags = String(args[1] ?? 'r');
    if (!/[wa]/.test(flags)) return handle;
    disk.writes++;
    if (disk.writes <= disk.budget) return handle;
    disk.full.push(String(args[0]));
    return new Proxy(handle, {
      get(target, prop, receiver) {
        if (prop === 'writeFile') {
          return async (data: string | Uint8Array) => {
            const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
            await target.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          };
        }
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  return { ...actual, open, default: { ...actual, open } };
});

const { exportPlanToFile } = await import('../../../../electron/services/plan-files/export-plan');
const { applyImport } = await import('../../../../electron/services/plan-files/apply-import');
const { readImportFile } = await import('../../../../electron/services/plan-files/read-import-file');
const { openPlanSession } = await import('../../../../electron/services/plans/plan-session');
const { unlockKey, open: openSealed } = await import('../../../../electron/services/encryption/plan-cipher');
const { makeTempDir } = await import('../storage/temp-dir');
const { snapshotFolder } = await import('./folder-snapshot');
const { exportOf, richAttachments, richPlan } = await import('../../shared/plan-files/fixtures');

const FAST = { logN: 10, r: 8, p: 1 };
let root: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  root = await makeTempDir('disk-full');
  disk.budget = Infinity;
  disk.writes = 0;
  disk.full = [];
});
afterEach(() => root.cleanup());

/**
 * Files only (folders an operation made and left empty are harmless), without the store's note of bytes it
 * validated: it is written just before the plan, and naming valid bytes that never reached the disk only
 * means the next start checks the file in full (electron/services/storage/validated-hash.ts).
 */
const filesOf = (snapshot: Record<string, string>) =>
  Object.fromEntries(Object.entries(snapshot).filter(([name, kind]) => kind !== 'dir' && name !== '.plan.json.validated'));

/** An encrypted plan with the rich fixture's two attachments sealed in its vault. */
async function encryptedRichPlan(dataDir: string) {
  await mkdir(path.join(dataDir, 'vault'), { recursive: true });
  for (const [name, bytes] of richAttachments()) await writeFile(path.join(dataDir, 'vault', name), bytes);
  await writeFile(path.join(dataDir, 'plan.json'), `${JSON.stringify(richPlan(), null, 2)}\n`);
  const session = await openPlanSession({ dataDir, kdfCost: FAST });
  expect(await session.setPassphrase(null, 'first pass')).toBeNull();
  await session.flush();
  return session;
}

/** Runs `operation` with unlimited space to count its writes; the count must be > 0 or the test proves nothing. */
async function countWrites(operation: () => Promise<unknown>): Promise<number> {
  disk.budget = Infinity;
  disk.writes = 0;
  await operation();
  expect(disk.writes).toBeGreaterThan(0);
  return disk.writes;
}

describe('disk full during an export', () => {
  it('leaves no file and no temporary file where the person chose, and an earlier export under that name as it was', async () => {
    const dataDir = path.join(root.dir, 'data');
    const outside = path.join(root.dir, 'exports');
    await mkdir(outside, { recursive: true });
    const session = await encryptedRichPlan(dataDir);
    const target = path.join(outside, 'plan.rplan');
    const run = () =>
      exportPlanToFile({
        document: session.getDocument(),
        vaultDir: path.join(dataDir, 'vault'),
        targetPath: target,
        planName: 'Main',
        appVersion: '0.1.0',
        openVaultFile: (raw) => session.openFromDisk(raw),
      });
    expect(await countWrites(run)).toBe(1);
    await writeFile(target, 'an earlier export');
    const before = await snapshotFolder(dataDir);
    disk.budget = 0;
    disk.writes = 0;
    await expect(run()).rejects.toThrow(/ENOSPC/);
    expect(disk.full).toHaveLength(1);
    expect(await readdir(outside)).toEqual(['plan.rplan']);
    expect(await readFile(target, 'utf8')).toBe('an earlier export');
    expect(await snapshotFolder(dataDir)).toEqual(before);
  });
});

describe('disk full during an import into an encrypted plan', () => {
  it('at every write: plan.json and every other file as they were, and the plan reopens as before', async () => {
    const file = path.join(root.dir, 'in.rplan');
    await writeFile(file, exportOf());
    const read = await readImportFile(file);
    if (!read.ok) throw new Error('expected a good file');
    const prepare = async (name: string) => {
      const dataDir = path.join(root.dir, name);
      await mkdir(dataDir, { recursive: true });
      const session = await openPlanSession({ dataDir, kdfCost: FAST });
      await session.save({ ...richPlan(), checklists: { ...richPlan().checklists, checklists: [] }, offers: [] });
      expect(await session.setPassphrase(null, 'first pass')).toBeNull();
      await session.flush();
      return { dataDir, session };
    };
    const counted = await prepare('count');
    const total = await countWrites(() => applyImport({ store: counted.session, planDir: counted.dataDir, imported: read.value }));
    // The backup of the plan being replaced, two sealed attachments, the plan itself (and the store's own writes).
    expect(total).toBeGreaterThanOrEqual(4);
    console.log("TOTAL", total);

    for (let budget = 0; budget < total; budget++) {
      const { dataDir, session } = await prepare(`at-${budget}`);
      const before = await snapshotFolder(dataDir);
      disk.budget = budget;
      disk.writes = 0;
      disk.full = [];
      await expect(applyImport({ store: session, planDir: dataDir, imported: read.value }), `disk full at write ${budget}`).rejects.toThrow(/ENOSPC/);
      await session.flush().catch(() => undefined);
      disk.budget = Infinity;
      expect(filesOf(await snapshotFolder(dataDir)), `disk full at write ${budget}`).toEqual(filesOf(before));
      const reopened = await openPlanSession({ dataDir, kdfCost: FAST });
      expect(await reopened.unlock('first pass')).toBeNull();
      expect(reopened.status.mode).toBe('normal');
      expect(reopened.getDocument().offers).toEqual([]);
      await reopened.flush();
    }
  });
});

describe('disk full while the passphrase is changed', () => {
  it('at every write: plan.json, backups and every vault file as they were; the old passphrase still opens them all', async () => {
    const counted = await encryptedRichPlan(path.join(root.dir, 'count'));
    const total = await countWrites(() => counted.setPassphrase('first pass', 'second pass'));
    // Two vault files, at least one backup, and plan.json.
    expect(total).toBeGreaterThanOrEqual(4);
    console.log("TOTAL", total);

    for (let budget = 0; budget < total; budget++) {
      const dataDir = path.join(root.dir, `at-${budget}`);
      const session = await encryptedRichPlan(dataDir);
      const before = await snapshotFolder(dataDir);
      disk.budget = budget;
      disk.writes = 0;
      const outcome = await session.setPassphrase('first pass', 'second pass').then(
        (problem) => ({ problem }),
        (error: unknown) => ({ error }),
      );
      disk.budget = Infinity;
      if ('problem' in outcome) {
        // The write that failed was the backup snapshot taken after the change (a snapshot never fails the
        // operation it follows): the change itself is complete, so the NEW passphrase opens every file.
        expect(outcome.problem, `disk full at write ${budget}`).toBeNull();
        const key = await unlockKey('second pass', await readFile(path.join(dataDir, 'plan.json')));
        if (!key.ok) throw new Error(`the new passphrase does not open the plan (disk full at write ${budget})`);
        for (const [name, bytes] of richAttachments()) {
          expect(openSealed(key.value, await readFile(path.join(dataDir, 'vault', name)))).toEqual({ ok: true, value: Buffer.from(bytes) });
        }
        continue;
      }
      expect(String(outcome.error), `disk full at write ${budget}`).toMatch(/ENOSPC/);
      expect(await snapshotFolder(dataDir), `disk full at write ${budget}`).toEqual(before);
      const key = await unlockKey('first pass', await readFile(path.join(dataDir, 'plan.json')));
      if (!key.ok) throw new Error(`the old passphrase no longer opens the plan (disk full at write ${budget})`);
      for (const [name, bytes] of richAttachments()) {
        expect(openSealed(key.value, await readFile(path.join(dataDir, 'vault', name)))).toEqual({ ok: true, value: Buffer.from(bytes) });
      }
    }
  });
});

import { copyFile, lstat, mkdir, readdir, readFile, readlink, rm, symlink, truncate, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFileName } from '../../../../electron/services/storage/durable-write';
import { REAL_DISK, openPlanStore } from '../../../../electron/services/storage/plan-store';
import { MAX_PLAN_FILE_BYTES } from '../../../../electron/services/storage/plan-size-limit';
import { createEmptyPlan, type PlanDocument } from '../../../../shared/plan/plan-schema';
import { fixturePath, makeTempDir } from './temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir('fault-paths')));
afterEach(() => cleanup());

const now = () => new Date(2027, 2, 1, 10, 15, 2);

function planNamed(displayName: string): PlanDocument {
  const plan = createEmptyPlan();
  return { ...plan, profile: { ...plan.profile, displayName } };
}

/** A system error as Node raises it (these tests run as root, which file modes do not stop). */
function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}
const failWith = (code: string) => async () => {
  throw systemError(code);
};

describe('plan.json that is a link', () => {
  it('is written through to its target and stays a link, in a linked folder too', async () => {
    const synced = path.join(dir, 'Dropbox', 'planner');
    await mkdir(synced, { recursive: true });
    const target = path.join(synced, 'my-plan.json');
    await copyFile(fixturePath('valid-v2.json'), target);
    const dataDir = path.join(dir, 'data');
    await mkdir(dataDir);
    // A relative link, as `ln -s ../Dropbox/planner/my-plan.json plan.json` makes it.
    await symlink(path.relative(dataDir, target), path.join(dataDir, 'plan.json'));

    const store = await openPlanStore({ dataDir, now });
    expect(store.status.mode).toBe('normal');
    await store.save(planNamed('through the link'));
    await store.save(planNamed('and again'));

    expect((await lstat(path.join(dataDir, 'plan.json'))).isSymbolicLink()).toBe(true);
    expect(await readlink(path.join(dataDir, 'plan.json'))).toBe(path.relative(dataDir, target));
    expect(JSON.parse(await readFile(target, 'utf8')).profile.displayName).toBe('and again');
    // The temp file was made beside the target (rename works only within one folder) and is gone.
    expect(await readdir(synced)).toEqual(['my-plan.json']);
    expect((await openPlanStore({ dataDir })).getDocument().profile.displayName).toBe('and again');
  });

  it('follows a chain of links, and a dangling link gets its target created', async () => {
    const real = path.join(dir, 'real.json');
    await symlink(real, path.join(dir, 'middle.json'));
    const dataDir = path.join(dir, 'data');
    await mkdir(dataDir);
    await symlink(path.join(dir, 'middle.json'), path.join(dataDir, 'plan.json'));
    const store = await openPlanStore({ dataDir });
    await store.save(planNamed('created at the end of the chain'));
    expect((await lstat(path.join(dataDir, 'plan.json'))).isSymbolicLink()).toBe(true);
    expect((await lstat(path.join(dir, 'middle.json'))).isSymbolicLink()).toBe(true);
    expect(JSON.parse(await readFile(real, 'utf8')).profile.displayName).toBe('created at the end of the chain');
  });
});

describe('the size limit', () => {
  it('refuses a plan over 50 MB before reading it: recovery, no copy, the file untouched', async () => {
    const planFile = path.join(dir, 'plan.json');
    await writeFile(planFile, '{"schemaVersion":2}');
    // Sparse: 50 MiB + 1 byte on paper, almost nothing on disk, so the test stays fast.
    await truncate(planFile, MAX_PLAN_FILE_BYTES + 1);
    const store = await openPlanStore({ dataDir: dir, now });
    expect(store.status).toMatchObject({ mode: 'recovery', reason: 'too-large', quarantinedFile: null });
    expect(store.status.mode === 'recovery' && store.status.detail).toMatch(/plan\.json is 50 MB, more than the 50 MB/);
    await expect(store.save(planNamed('x'))).rejects.toMatchObject({ code: 'recovery-mode' });
    expect((await lstat(planFile)).size).toBe(MAX_PLAN_FILE_BYTES + 1);
    expect(await readdir(dir)).toEqual(['plan.json']);
  });

  it('opens a file exactly at the limit as usual (the limit is inclusive)', async () => {
    const bytes = await readFile(fixturePath('valid-v2.json'));
    await writeFile(path.join(dir, 'plan.json'), bytes);
    const atLimit = await openPlanStore({ dataDir: dir, maxBytes: bytes.length });
    expect(atLimit.status.mode).toBe('normal');
    const overLimit = await openPlanStore({ dataDir: dir, maxBytes: bytes.length - 1 });
    expect(overLimit.status).toMatchObject({ mode: 'recovery', reason: 'too-large' });
  });
});

describe('start-up on a full or read-only disk', () => {
  it('a damaged plan on a full disk opens in recovery without a copy and says why', async () => {
    await copyFile(fixturePath('truncated.json'), path.join(dir, 'plan.json'));
    const before = await readFile(path.join(dir, 'plan.json'));
    const store = await openPlanStore({ dataDir: dir, now, disk: { keepCopy: failWith('ENOSPC') } });
    expect(store.status).toMatchObject({ mode: 'recovery', reason: 'unreadable', quarantinedFile: null });
    expect(store.status.mode === 'recovery' && store.status.detail).toMatch(/No copy of it could be made \(ENOSPC: injected\)/);
    expect(Buffer.compare(await readFile(path.join(dir, 'plan.json')), before)).toBe(0);
  });

  it('a damaged plan in a read-only folder with a leftover temp file opens in recovery', async () => {
    await copyFile(fixturePath('wrong-schema.json'), path.join(dir, 'plan.json'));
    const leftover = tempFileName('plan.json');
    await writeFile(path.join(dir, leftover), 'half a write');
    const readOnly = { keepCopy: failWith('EROFS'), removeStaleTempFiles: failWith('EROFS'), probeWritable: failWith('EROFS') };
    const store = await openPlanStore({ dataDir: dir, now, disk: readOnly });
    expect(store.status).toMatchObject({ mode: 'recovery', reason: 'invalid', quarantinedFile: null });
    expect((await readdir(dir)).sort()).toEqual([leftover, 'plan.json'].sort());
  });

  it('a good plan in a read-only folder with a leftover temp file opens read-only: shown, every save refused', async () => {
    await copyFile(fixturePath('valid-v2.json'), path.join(dir, 'plan.json'));
    const before = await readFile(path.join(dir, 'plan.json'));
    const leftover = tempFileName('plan.json');
    await writeFile(path.join(dir, leftover), 'half a write');
    const store = await openPlanStore({
      dataDir: dir,
      now,
      disk: { removeStaleTempFiles: failWith('EROFS'), probeWritable: failWith('EROFS') },
    });
    expect(store.status).toMatchObject({ mode: 'read-only', dataDir: dir });
    expect(store.status.mode === 'read-only' && store.status.detail).toMatch(/cannot be written \(EROFS: injected\).*read-only/);
    expect(store.getDocument().profile).toEqual(JSON.parse(before.toString('utf8')).profile);
    await expect(store.save(planNamed('x'))).rejects.toMatchObject({ code: 'read-only', ioReason: 'read-only' });
    expect(Buffer.compare(await readFile(path.join(dir, 'plan.json')), before)).toBe(0);
    expect((await readdir(dir)).sort()).toEqual([leftover, 'plan.json'].sort());
  });

  it('a folder that only lacks space for now stays normal: saves fail with the reason, then go through', async () => {
    let isFull = true;
    const writePlan = async (file: string, bytes: Uint8Array) => {
      if (isFull) throw systemError('ENOSPC');
      await REAL_DISK.writePlan(file, bytes);
    };
    const store = await openPlanStore({ dataDir: dir, disk: { writePlan } });
    expect(store.status.mode).toBe('normal');
    await expect(store.save(planNamed('first try'))).rejects.toMatchObject({ code: 'io', ioReason: 'disk-full' });
    isFull = false;
    await store.save(planNamed('second try'));
    expect(JSON.parse(await readFile(path.join(dir, 'plan.json'), 'utf8')).profile.displayName).toBe('second try');
  });

  it('a plan file that cannot be read at all opens in recovery instead of refusing to start', async () => {
    // A folder where the file should be: reading fails with EISDIR, as an unreadable file fails with EACCES.
    await mkdir(path.join(dir, 'plan.json'));
    const store = await openPlanStore({ dataDir: dir, now });
    expect(store.status).toMatchObject({ mode: 'recovery', reason: 'unreadable', quarantinedFile: null });
  });
});

describe('another program changed plan.json', () => {
  const planFile = () => path.join(dir, 'plan.json');

  it('is never overwritten silently: the save is refused, the file stays, and checkDisk says so', async () => {
    const store = await openPlanStore({ dataDir: dir, now });
    await store.save(planNamed('mine'));
    expect(await store.checkDisk()).toBe(false);
    const theirs = `${JSON.stringify(planNamed('theirs'))}\n`;
    await writeFile(planFile(), theirs);
    expect(await store.checkDisk()).toBe(true);
    await expect(store.save(planNamed('mine, later'))).rejects.toMatchObject({ code: 'external-change' });
    expect(await readFile(planFile(), 'utf8')).toBe(theirs);
  });

  it('keeping this version keeps theirs as a copy first, then saves go through', async () => {
    const store = await openPlanStore({ dataDir: dir, now });
    await store.save(planNamed('mine'));
    const theirs = `${JSON.stringify(planNamed('theirs'))}\n`;
    await writeFile(planFile(), theirs);
    const copy = await store.keepMine();
    expect(copy).toBe(path.join(dir, 'plan.external-20270301-101502.json'));
    expect(await readFile(copy!, 'utf8')).toBe(theirs);
    await store.save(planNamed('mine, kept'));
    expect(JSON.parse(await readFile(planFile(), 'utf8')).profile.displayName).toBe('mine, kept');
    // Nothing changed since: nothing more to keep.
    expect(await store.keepMine()).toBeNull();
  });

  it('a touch with the same bytes is not a change; a deleted file is saved again; a file appearing after an empty start is', async () => {
    const store = await openPlanStore({ dataDir: dir });
    await store.save(planNamed('one'));
    await utimes(planFile(), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(await store.checkDisk()).toBe(false);
    await store.save(planNamed('two'));
    await rm(planFile());
    await store.save(planNamed('three'));
    expect(JSON.parse(await readFile(planFile(), 'utf8')).profile.displayName).toBe('three');

    const emptyDir = path.join(dir, 'empty');
    const fresh = await openPlanStore({ dataDir: emptyDir });
    await writeFile(path.join(emptyDir, 'plan.json'), `${JSON.stringify(planNamed('synced in'))}\n`);
    await expect(fresh.save(planNamed('would replace it'))).rejects.toMatchObject({ code: 'external-change' });
  });

  it('a write that failed after its rename (the folder fsync) is still known as ours, not as a stranger’s', async () => {
    let isFsyncFailing = true;
    const writePlan = async (file: string, bytes: Uint8Array) => {
      await REAL_DISK.writePlan(file, bytes);
      if (isFsyncFailing) throw systemError('EIO');
    };
    const store = await openPlanStore({ dataDir: dir, disk: { writePlan } });
    await expect(store.save(planNamed('renamed, then EIO'))).rejects.toMatchObject({ code: 'io' });
    expect(await store.checkDisk()).toBe(false);
    isFsyncFailing = false;
    await store.save(planNamed('next save'));
    expect(JSON.parse(await readFile(planFile(), 'utf8')).profile.displayName).toBe('next save');
  });

  it('the file as read at start counts as known: a change before the first save is caught', async () => {
    await copyFile(fixturePath('valid-v2.json'), planFile());
    const store = await openPlanStore({ dataDir: dir });
    await writeFile(planFile(), `${JSON.stringify(planNamed('edited elsewhere'))}\n`);
    await expect(store.save(planNamed('mine'))).rejects.toMatchObject({ code: 'external-change' });
  });
});

describe('restoring a backup over a damaged plan.json that is a link', () => {
  it('writes the backup to the link’s target, keeps the link, and leaves recovery', async () => {
    const { takeSnapshot } = await import('../../../../electron/services/storage/backups');
    const { createBackupHandlers } = await import('../../../../electron/services/handlers/backup-handlers');
    const { openReopenablePlanStore } = await import('../../../../electron/services/storage/reopenable-store');
    const target = path.join(dir, 'synced', 'plan.json');
    await mkdir(path.dirname(target));
    await writeFile(target, '{"schemaVersion": 2, "prof');
    const dataDir = path.join(dir, 'data');
    await mkdir(dataDir);
    await symlink(target, path.join(dataDir, 'plan.json'));
    const good = Buffer.from(`${JSON.stringify(planNamed('from the backup'))}\n`);
    await takeSnapshot({ dataDir, fileName: 'plan.json', bytes: good, now: new Date(2027, 1, 27, 9) });

    const store = await openReopenablePlanStore({ dataDir, now });
    expect(store.status.mode).toBe('recovery');
    const handlers = createBackupHandlers(store, now);
    const restored = await handlers.restoreBackup({ name: 'plan-2027-02-27-090000.json' });
    expect(restored).toMatchObject({ ok: true, value: { isWrittenToDisk: true, storage: { mode: 'normal' } } });
    expect((await lstat(path.join(dataDir, 'plan.json'))).isSymbolicLink()).toBe(true);
    expect(await readFile(target)).toEqual(good);
    await store.save(planNamed('saved after the restore'));
    expect(JSON.parse(await readFile(target, 'utf8')).profile.displayName).toBe('saved after the restore');
  });
});

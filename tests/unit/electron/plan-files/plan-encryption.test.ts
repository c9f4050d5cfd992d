import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reencryptFiles } from '../../../../electron/services/encryption/reencrypt-folder';
import { createPlanCodec } from '../../../../electron/services/encryption/plan-codec';
import { createPlanKey } from '../../../../electron/services/encryption/plan-cipher';
import { openPlanSession } from '../../../../electron/services/plans/plan-session';
import { createBackupHandlers } from '../../../../electron/services/handlers/backup-handlers';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';
import { isEncryptedFile } from '../../../../shared/plan-files/envelope';
import { makeTempDir } from '../storage/temp-dir';
import { snapshotFolder } from './folder-snapshot';

const FAST = { logN: 10, r: 8, p: 1 };
const named = (displayName: string) => ({ ...createEmptyPlan(), profile: { ...createEmptyPlan().profile, displayName } });

let root: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  root = await makeTempDir('plan-encryption');
});
afterEach(() => root.cleanup());

async function encryptedSession() {
  const session = await openPlanSession({ dataDir: root.dir, kdfCost: FAST });
  await session.save(named('Secret Wei'));
  expect(await session.setPassphrase(null, 'first pass')).toBeNull();
  return session;
}

describe('a plan encrypted at rest', () => {
  it('keeps plan.json and its backups sealed, and opens locked after a restart', async () => {
    const session = await encryptedSession();
    await session.save(named('Secret Wei 2'));
    await session.flush();
    const planBytes = await readFile(path.join(root.dir, 'plan.json'));
    expect(isEncryptedFile(planBytes)).toBe(true);
    expect(planBytes.toString('latin1')).not.toContain('Secret');
    for (const name of await readdir(path.join(root.dir, 'backups'))) {
      expect(isEncryptedFile(await readFile(path.join(root.dir, 'backups', name))), name).toBe(true);
    }

    const restarted = await openPlanSession({ dataDir: root.dir, kdfCost: FAST });
    expect(restarted.lockState()).toMatchObject({ isEncrypted: true, isLocked: true });
    expect(restarted.getDocument().profile.displayName).toBe('');
    await expect(restarted.save(named('x'))).rejects.toThrow(/locked/);
  });

  it('a backup taken after a later save (past the snapshot interval) is sealed too', async () => {
    let now = new Date('2027-01-01T09:00:00Z');
    const session = await openPlanSession({ dataDir: root.dir, kdfCost: FAST, now: () => now });
    await session.save(named('Secret Wei'));
    expect(await session.setPassphrase(null, 'first pass')).toBeNull();
    const before = new Set(await readdir(path.join(root.dir, 'backups')).catch(() => [] as string[]));
    now = new Date('2027-01-01T09:20:00Z'); // 20 minutes on: past the 15-minute interval
    await session.save(named('Secret Wei 3'));
    await session.flush();
    const added = (await readdir(path.join(root.dir, 'backups'))).filter((name) => !before.has(name));
    expect(added.length).toBeGreaterThan(0);
    for (const name of added) {
      const bytes = await readFile(path.join(root.dir, 'backups', name));
      expect(isEncryptedFile(bytes), name).toBe(true);
      expect(bytes.toString('latin1')).not.toContain('Secret');
    }
  });

  it('lists the sealed backups in the app, and the copy taken before a restore is sealed too', async () => {
    let now = new Date('2027-01-01T09:00:00Z');
    const session = await openPlanSession({ dataDir: root.dir, kdfCost: FAST, now: () => now });
    await session.save(named('Secret Wei'));
    expect(await session.setPassphrase(null, 'first pass')).toBeNull();
    now = new Date('2027-01-01T09:20:00Z');
    await session.save(named('Secret Wei 3'));
    await session.flush();
    const handlers = createBackupHandlers(session, () => now);
    const listed = await handlers.listBackups({});
    if (!listed.ok) throw new Error('listBackups failed');
    // Without the plan's key the sealed backups read as garbage and the list was empty.
    expect(listed.value.backups.length).toBeGreaterThan(0);
    const oldest = listed.value.backups[listed.value.backups.length - 1]!;
    now = new Date('2027-01-01T09:40:00Z');
    const before = new Set(await readdir(path.join(root.dir, 'backups')));
    const restored = await handlers.restoreBackup({ name: oldest.name });
    expect(restored.ok).toBe(true);
    for (const name of (await readdir(path.join(root.dir, 'backups'))).filter((file) => !before.has(file))) {
      const bytes = await readFile(path.join(root.dir, 'backups', name));
      expect(isEncryptedFile(bytes), name).toBe(true);
    }
  });

  it('a wrong passphrase is refused and no file changes; the right one unlocks', async () => {
    await encryptedSession();
    const restarted = await openPlanSession({ dataDir: root.dir, kdfCost: FAST });
    const before = await snapshotFolder(root.dir);
    expect(await restarted.unlock('not it')).toBe('wrong-passphrase');
    expect(await snapshotFolder(root.dir)).toEqual(before);
    expect(await restarted.unlock('first pass')).toBeNull();
    expect(restarted.getDocument().profile.displayName).toBe('Secret Wei');
    expect(restarted.lockState().isLocked).toBe(false);
  });

  it('locks on request: the plan is written first and then no longer readable in memory', async () => {
    const session = await encryptedSession();
    void session.save(named('Before lock'));
    await session.lock();
    expect(session.lockState().isLocked).toBe(true);
    expect(session.getDocument().profile.displayName).toBe('');
    expect(await session.unlock('first pass')).toBeNull();
    expect(session.getDocument().profile.displayName).toBe('Before lock');
  });

  it('changes and removes the passphrase, each checked against the current one first', async () => {
    const session = await encryptedSession();
    // The start-up backup lands a moment after opening (issue 11); flush it so only the refusal is measured.
    await session.flush();
    const before = await snapshotFolder(root.dir);
    expect(await session.setPassphrase('wrong', 'second pass')).toBe('wrong-passphrase');
    expect(await snapshotFolder(root.dir)).toEqual(before);
    expect(await session.setPassphrase('first pass', 'second pass')).toBeNull();
    const restarted = await openPlanSession({ dataDir: root.dir, kdfCost: FAST });
    expect(await restarted.unlock('first pass')).toBe('wrong-passphrase');
    expect(await restarted.unlock('second pass')).toBeNull();
    expect(await restarted.setPassphrase('second pass', null)).toBeNull();
    const plain = JSON.parse(await readFile(path.join(root.dir, 'plan.json'), 'utf8'));
    expect(plain.profile.displayName).toBe('Secret Wei');
    expect((await openPlanSession({ dataDir: root.dir })).lockState()).toMatchObject({ isEncrypted: false, isLocked: false });
  });

  it('a damaged encrypted plan opens in recovery, never overwritten', async () => {
    await encryptedSession();
    const file = path.join(root.dir, 'plan.json');
    const bytes = await readFile(file);
    bytes[bytes.length - 20]! ^= 0x40;
    await writeFile(file, bytes);
    const restarted = await openPlanSession({ dataDir: root.dir, kdfCost: FAST });
    expect(await restarted.unlock('first pass')).toBeNull();
    expect(restarted.status.mode).toBe('recovery');
    expect(await readFile(file)).toEqual(bytes);
  });
});

describe('re-encryption when the disk fills up', () => {
  it('leaves every file as it was and no temporary file behind', async () => {
    await mkdir(path.join(root.dir, 'backups'), { recursive: true });
    const files = [path.join(root.dir, 'backups', 'plan-2027-01-01.json'), path.join(root.dir, 'plan.json')];
    for (const file of files) await writeFile(file, '{"schemaVersion":2}\n');
    const before = await snapshotFolder(root.dir);
    const to = createPlanCodec(await createPlanKey('pass', FAST));
    let writes = 0;
    const writeNew = async (target: string, bytes: Uint8Array) => {
      if (++writes === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      await writeFile(target, bytes, { flag: 'wx' });
    };
    await expect(reencryptFiles(files, null, to, writeNew)).rejects.toThrow(/ENOSPC/);
    expect(await snapshotFolder(root.dir)).toEqual(before);
  });
});

describe('importing into an encrypted plan', () => {
  it('keeps the backup of the replaced plan sealed too', async () => {
    const { applyImport } = await import('../../../../electron/services/plan-files/apply-import');
    const { readPlanExport } = await import('../../../../shared/plan-files/read-export');
    const { exportOf, sha256 } = await import('../../shared/plan-files/fixtures');
    const session = await encryptedSession();
    const read = readPlanExport(exportOf(), sha256);
    if (!read.ok) throw new Error('expected a good file');
    const applied = await applyImport({ store: session, planDir: root.dir, imported: read.value });
    if (!applied.ok) throw new Error('expected the import to apply');
    expect(isEncryptedFile(await readFile(applied.backupFile))).toBe(true);
    expect(isEncryptedFile(await readFile(path.join(root.dir, 'plan.json')))).toBe(true);
  });
});

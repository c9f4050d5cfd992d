import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyImport } from '../../../../electron/services/plan-files/apply-import';
import { exportPlanToFile } from '../../../../electron/services/plan-files/export-plan';
import { readImportFile } from '../../../../electron/services/plan-files/read-import-file';
import { openPlanStore } from '../../../../electron/services/storage/plan-store';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';
import { DEFAULT_IMPORT_LIMITS } from '../../../../shared/plan-files/limits';
import { makeTempDir } from '../storage/temp-dir';
import { DEGREE_BYTES, richAttachments, richPlan, SCAN_BYTES } from '../../shared/plan-files/fixtures';
import { snapshotFolder } from './folder-snapshot';

let root: { dir: string; cleanup: () => Promise<void> };
let dataDir: string;
let outside: string;

beforeEach(async () => {
  root = await makeTempDir('plan-files');
  dataDir = path.join(root.dir, 'data');
  outside = path.join(root.dir, 'exports');
  await mkdir(outside, { recursive: true });
});
afterEach(() => root.cleanup());

async function seedRichPlan(dir = dataDir): Promise<void> {
  const store = await openPlanStore({ dataDir: dir });
  await mkdir(path.join(dir, 'vault'), { recursive: true });
  for (const [name, bytes] of richAttachments()) await writeFile(path.join(dir, 'vault', name), bytes);
  await store.save(richPlan());
  await store.flush();
}

async function exportFrom(dir: string, name = 'plan.rplan'): Promise<string> {
  const store = await openPlanStore({ dataDir: dir });
  const target = path.join(outside, name);
  await exportPlanToFile({ document: store.getDocument(), vaultDir: path.join(dir, 'vault'), targetPath: target, planName: 'Main', appVersion: '0.1.0' });
  return target;
}

describe('export, then import into a wiped data folder', () => {
  it('brings back the same plan and the same attachment bytes', async () => {
    await seedRichPlan();
    const file = await exportFrom(dataDir);
    // Only the finished file is left where the person chose: no temp files.
    expect(await readdir(outside)).toEqual(['plan.rplan']);
    await rm(dataDir, { recursive: true, force: true });

    const store = await openPlanStore({ dataDir });
    const read = await readImportFile(file);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const applied = await applyImport({ store, planDir: dataDir, imported: read.value });
    expect(applied).toMatchObject({ ok: true, attachmentsWritten: 2 });
    await store.flush();

    const reopened = await openPlanStore({ dataDir });
    expect(reopened.getDocument()).toEqual(richPlan());
    expect(await readFile(path.join(dataDir, 'vault', 'att-1.pdf'))).toEqual(Buffer.from(SCAN_BYTES));
    expect(await readFile(path.join(dataDir, 'vault', 'att-2.jpg'))).toEqual(Buffer.from(DEGREE_BYTES));
    // The plan that was replaced (the empty one) is kept in backups/ first.
    expect(applied.ok && JSON.parse(await readFile(applied.backupFile, 'utf8'))).toEqual(createEmptyPlan());
  });

  it('refuses to export a plan whose attachment is gone from the vault, writing nothing', async () => {
    await seedRichPlan();
    await rm(path.join(dataDir, 'vault', 'att-2.jpg'));
    await expect(exportFrom(dataDir)).rejects.toThrow(/学位证书\.jpg/);
    expect(await readdir(outside)).toEqual([]);
  });
});

describe('a refused import leaves the data folder byte-identical', () => {
  it('for a damaged file, a file over the limit and a folder instead of a file', async () => {
    await seedRichPlan();
    const file = await exportFrom(dataDir);
    const before = await snapshotFolder(dataDir);
    const damaged = await readFile(file);
    damaged[Math.floor(damaged.length / 2)]! ^= 0xff;
    await writeFile(path.join(outside, 'damaged.rplan'), damaged);
    expect((await readImportFile(path.join(outside, 'damaged.rplan'))).ok).toBe(false);
    expect(await readImportFile(file, { ...DEFAULT_IMPORT_LIMITS, maxFileBytes: 10 })).toEqual({
      ok: false,
      problem: { code: 'file-too-large', limitBytes: 10 },
    });
    expect(await readImportFile(outside)).toMatchObject({ ok: false, problem: { code: 'not-a-plan-file' } });
    expect(await snapshotFolder(dataDir)).toEqual(before);
  });

  it('when a vault file of the same name holds other bytes', async () => {
    await seedRichPlan();
    const file = await exportFrom(dataDir);
    await writeFile(path.join(dataDir, 'vault', 'att-1.pdf'), 'something else');
    const store = await openPlanStore({ dataDir });
    // Opening takes its start-up backup a moment later (issue 11); let it land so only the import is measured.
    await store.flush();
    const before = await snapshotFolder(dataDir);
    const read = await readImportFile(file);
    if (!read.ok) throw new Error('expected a good file');
    expect(await applyImport({ store, planDir: dataDir, imported: read.value })).toEqual({ ok: false, conflict: 'att-1.pdf' });
    expect(await snapshotFolder(dataDir)).toEqual(before);
  });
});

describe('disk full during an import', () => {
  async function prepare() {
    const source = path.join(root.dir, 'source');
    await seedRichPlan(source);
    const file = await exportFrom(source);
    const store = await openPlanStore({ dataDir });
    const current = createEmptyPlan();
    current.profile.displayName = 'Before';
    await store.save(current);
    await store.flush();
    const read = await readImportFile(file);
    if (!read.ok) throw new Error('expected a good file');
    return { store, imported: read.value, before: await snapshotFolder(dataDir), planBefore: await readFile(path.join(dataDir, 'plan.json')) };
  }

  it('while writing an attachment: nothing new is left and plan.json is unchanged', async () => {
    const { store, imported, before, planBefore } = await prepare();
    let writes = 0;
    const writeNew = async (target: string, bytes: Uint8Array) => {
      // The backup and the first attachment are written, then the disk is full.
      if (++writes === 3) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      await writeFile(target, bytes, { flag: 'wx' });
    };
    await expect(applyImport({ store, planDir: dataDir, imported, writeNew })).rejects.toThrow(/ENOSPC/);
    expect(await readFile(path.join(dataDir, 'plan.json'))).toEqual(planBefore);
    const after = await snapshotFolder(dataDir);
    // Only the empty folders the import made may remain; no file was added or changed.
    expect(Object.fromEntries(Object.entries(after).filter(([, v]) => v !== 'dir'))).toEqual(
      Object.fromEntries(Object.entries(before).filter(([, v]) => v !== 'dir')),
    );
  });

  it('while saving the plan: the written attachments and the backup are removed again', async () => {
    const { store, imported, before, planBefore } = await prepare();
    const failingStore = {
      getDocument: () => store.getDocument(),
      flush: () => store.flush(),
      save: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    await expect(applyImport({ store: failingStore, planDir: dataDir, imported })).rejects.toThrow(/ENOSPC/);
    expect(await readFile(path.join(dataDir, 'plan.json'))).toEqual(planBefore);
    const files = (snapshot: Record<string, string>) => Object.fromEntries(Object.entries(snapshot).filter(([, v]) => v !== 'dir'));
    expect(files(await snapshotFolder(dataDir))).toEqual(files(before));
  });
});

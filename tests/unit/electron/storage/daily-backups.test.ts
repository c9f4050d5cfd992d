import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDailyBackups } from '../../../../electron/services/storage/daily-backups';
import { openPlanStore } from '../../../../electron/services/storage/plan-store';
import { fixturePath, makeTempDir } from './temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir('daily-backups')));
afterEach(() => cleanup());

const backupsDir = () => path.join(dir, 'backups');
const day = (n: number) => new Date(2027, 0, n, 12, 0, 0);

describe('daily backups', () => {
  it('copies a valid file once per day and keeps the newest 14', async () => {
    await copyFile(fixturePath('valid-v2.json'), path.join(dir, 'plan.json'));
    await mkdir(backupsDir());
    await writeFile(path.join(backupsDir(), 'notes.txt'), 'not a backup');

    for (let n = 1; n <= 20; n++) {
      await openPlanStore({ dataDir: dir, now: () => day(n) });
      await openPlanStore({ dataDir: dir, now: () => day(n) }); // second start the same day: no new copy
    }
    const names = (await readdir(backupsDir())).sort();
    expect(names).toEqual(['notes.txt', ...Array.from({ length: 14 }, (_, i) => `plan-2027-01-${String(i + 7).padStart(2, '0')}.json`)]);
    const golden = await readFile(fixturePath('valid-v2.json'));
    expect(Buffer.compare(await readFile(path.join(backupsDir(), 'plan-2027-01-20.json')), golden)).toBe(0);
    expect((await listDailyBackups(dir, 'plan.json'))[0]).toBe(path.join(backupsDir(), 'plan-2027-01-20.json'));
  });

  it('keeps the day it already has rather than replacing it with later bytes', async () => {
    await copyFile(fixturePath('valid-v2.json'), path.join(dir, 'plan.json'));
    const store = await openPlanStore({ dataDir: dir, now: () => day(3) });
    const morning = await readFile(path.join(backupsDir(), 'plan-2027-01-03.json'));
    await store.save({ ...store.getDocument(), move: { ...store.getDocument().move, notes: 'changed' } });
    await openPlanStore({ dataDir: dir, now: () => day(3) });
    expect(Buffer.compare(await readFile(path.join(backupsDir(), 'plan-2027-01-03.json')), morning)).toBe(0);
  });

  it('makes no backup when there is no file yet, nor of a damaged one', async () => {
    await openPlanStore({ dataDir: dir });
    await copyFile(fixturePath('truncated.json'), path.join(dir, 'plan.json'));
    await openPlanStore({ dataDir: dir });
    expect(await listDailyBackups(dir, 'plan.json')).toEqual([]);
  });
});

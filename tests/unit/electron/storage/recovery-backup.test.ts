import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openPlanStore } from '../../../../electron/services/storage/plan-store';
import { fixturePath, makeTempDir } from './temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

it('names the newest good backup in recovery mode, and none when there is none', async () => {
  await writeFile(path.join(dir, 'plan.json'), '{"schemaVersion": 2, "prof');
  const withoutBackup = await openPlanStore({ dataDir: dir });
  expect(withoutBackup.status).toMatchObject({ mode: 'recovery', newestBackup: null });

  await copyFile(fixturePath('valid-v2.json'), path.join(dir, 'plan.json'));
  await (await openPlanStore({ dataDir: dir, now: () => new Date(2027, 2, 1, 9) })).flush(); // a good open takes a snapshot
  await writeFile(path.join(dir, 'plan.json'), '{"schemaVersion": 2, "prof');
  const recovered = await openPlanStore({ dataDir: dir, now: () => new Date(2027, 2, 2, 9) });
  expect(recovered.status).toMatchObject({ mode: 'recovery', newestBackup: path.join(dir, 'backups', 'plan-2027-03-01-090000.json') });
  expect(recovered.status).toMatchObject({ newestBackupInfo: { name: 'plan-2027-03-01-090000.json', isFutureDated: false } });
});

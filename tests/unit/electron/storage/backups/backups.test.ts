import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupHandlers } from '../../../../../electron/services/handlers/backup-handlers';
import { readBackups, SNAPSHOT_INTERVAL_MS, takeSnapshot } from '../../../../../electron/services/storage/backups';
import { backupTakenAt, snapshotFileName } from '../../../../../electron/services/storage/backups/backup-names';
import { ALWAYS_KEPT, backupsToRemove } from '../../../../../electron/services/storage/backups/thin-backups';
import { serializePlan } from '../../../../../electron/services/storage/plan-file-adapter';
import { openPlanStore } from '../../../../../electron/services/storage/plan-store';
import { openReopenablePlanStore } from '../../../../../electron/services/storage/reopenable-store';
import { createEmptyPlan, type PlanDocument } from '../../../../../shared/plan/plan-schema';
import { fixturePath, makeTempDir } from '../temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir('backups')));
afterEach(() => cleanup());

const backupsDir = () => path.join(dir, 'backups');
const names = async () => (await readdir(backupsDir())).sort();
const at = (day: number, hour = 12, minute = 0) => new Date(2027, 0, day, hour, minute, 0);
const planNamed = (displayName: string): PlanDocument => {
  const plan = createEmptyPlan();
  return { ...plan, profile: { ...plan.profile, displayName } };
};
const bytesOf = (plan: PlanDocument) => Buffer.from(serializePlan(plan));

describe('backup names', () => {
  it('reads the time from snapshot names and from the older daily names, and nothing else', () => {
    expect(backupTakenAt(snapshotFileName('plan.json', at(5, 9, 30)), 'plan.json')).toEqual(at(5, 9, 30));
    expect(backupTakenAt('plan-2027-01-05.json', 'plan.json')).toEqual(at(5, 12));
    expect(backupTakenAt('plan-2027-02-31.json', 'plan.json')).toBeNull();
    expect(backupTakenAt('notes.txt', 'plan.json')).toBeNull();
  });
});

describe('thinning', () => {
  it('keeps every snapshot of today, one a day for two weeks, one a week for three months, one a month after', () => {
    const now = at(31, 18);
    // Hourly snapshots over 200 days back from now: 4800 of them.
    const all = Array.from({ length: 4800 }, (_, hours) => {
      const takenAt = new Date(now.getTime() - hours * 3_600_000);
      return { name: `b${hours}`, takenAt };
    });
    const removed = new Set(backupsToRemove(all, now));
    const kept = all.filter((backup) => !removed.has(backup.name));
    // Today (2027-01-31 00:00 to 18:00): 19 hourly snapshots, all kept.
    expect(kept.filter((b) => b.takenAt.getDate() === 31 && b.takenAt.getMonth() === 0)).toHaveLength(19);
    // Days 1-13 back: one each (the newest of the day).
    for (let back = 1; back <= 13; back++) {
      const day = new Date(2027, 0, 31 - back);
      expect(kept.filter((b) => b.takenAt.toDateString() === day.toDateString()), day.toDateString()).toHaveLength(1);
    }
    // Far fewer than kept hourly: a few weeks and months on top of today and two weeks.
    expect(kept.length).toBeLessThan(19 + 14 + 12 + 8);
    expect(kept.length).toBeGreaterThan(19 + 13);
  });

  it('never removes the newest ten, whatever the clock says', () => {
    const backups = Array.from({ length: 12 }, (_, i) => ({ name: `b${i}`, takenAt: at(1, 10, i) }));
    // A clock set five years ahead: all are "old", same month, yet the newest ten stay.
    const removed = backupsToRemove(backups, new Date(2032, 0, 1));
    expect(removed).toHaveLength(12 - ALWAYS_KEPT);
    expect(removed).toEqual(['b1', 'b0']);
  });
});

describe('snapshots', () => {
  it('garbage and future-dated files never push out a real backup, and are never offered', async () => {
    await mkdir(backupsDir(), { recursive: true });
    // Thirteen real daily backups within the last two weeks: thinning keeps each (one a day).
    for (let day = 8; day <= 20; day++) await writeFile(path.join(backupsDir(), `plan-2027-01-${String(day).padStart(2, '0')}.json`), bytesOf(planNamed(`day ${day}`)));
    // A 16-byte garbage file named like the newest backup, and valid plans dated years ahead.
    await writeFile(path.join(backupsDir(), 'plan-2027-01-21-080000.json'), '0123456789abcdef');
    await writeFile(path.join(backupsDir(), 'plan-2031-06-01.json'), bytesOf(planNamed('future')));
    await writeFile(path.join(backupsDir(), 'plan-2031-06-02-101010.json'), bytesOf(planNamed('future 2')));
    const before = await names();
    await takeSnapshot({ dataDir: dir, fileName: 'plan.json', bytes: bytesOf(planNamed('now')), now: at(21, 9) });
    // Every file stays, and the new snapshot joins them.
    expect(await names()).toEqual([...before, 'plan-2027-01-21-090000.json'].sort());
    const offered = await readBackups({ dataDir: dir, fileName: 'plan.json', now: at(21, 10) });
    expect(offered.map((b) => b.name)).not.toContain('plan-2027-01-21-080000.json');
    // Newest first; future-dated ones are marked, and the newest past one is the real snapshot.
    expect(offered.filter((b) => b.isFutureDated).map((b) => b.name)).toEqual(['plan-2031-06-02-101010.json', 'plan-2031-06-01.json']);
    expect(offered.find((b) => !b.isFutureDated)?.name).toBe('plan-2027-01-21-090000.json');
  });

  it('takes no snapshot when the newest backup holds the same content', async () => {
    const bytes = bytesOf(planNamed('same'));
    expect(await takeSnapshot({ dataDir: dir, fileName: 'plan.json', bytes, now: at(2, 9) })).not.toBeNull();
    expect(await takeSnapshot({ dataDir: dir, fileName: 'plan.json', bytes, now: at(2, 10) })).toBeNull();
    expect(await names()).toEqual(['plan-2027-01-02-090000.json']);
  });

  it('snapshots at start when the plan changed, then at most every 15 minutes while it changes', async () => {
    await copyFile(fixturePath('valid-v2.json'), path.join(dir, 'plan.json'));
    let now = at(3, 9);
    const store = await openPlanStore({ dataDir: dir, now: () => now });
    await store.flush();
    expect(await names()).toEqual(['plan-2027-01-03-090000.json']);
    // A second start with the same file: nothing new.
    await (await openPlanStore({ dataDir: dir, now: () => now })).flush();
    expect(await names()).toHaveLength(1);
    now = new Date(now.getTime() + SNAPSHOT_INTERVAL_MS - 60_000);
    await store.save(planNamed('fourteen minutes'));
    await store.flush();
    expect(await names()).toHaveLength(1);
    now = new Date(now.getTime() + 60_000);
    await store.save(planNamed('fifteen minutes'));
    await store.flush();
    expect(await names()).toEqual(['plan-2027-01-03-090000.json', 'plan-2027-01-03-091500.json']);
    const newest = await readFile(path.join(backupsDir(), 'plan-2027-01-03-091500.json'), 'utf8');
    expect(JSON.parse(newest).profile.displayName).toBe('fifteen minutes');
  });
});

describe('restore', () => {
  it('lists backups with summaries, and keeps the current plan as a snapshot before restoring', async () => {
    let now = at(4, 9);
    const store = await openReopenablePlanStore({ dataDir: dir, now: () => now });
    await mkdir(backupsDir(), { recursive: true });
    await writeFile(path.join(backupsDir(), 'plan-2027-01-01.json'), await readFile(fixturePath('valid-v2.json')));
    await store.save(planNamed('current work'));
    const handlers = createBackupHandlers(store, () => now);
    const listed = await handlers.listBackups({});
    expect(listed.ok && listed.value.backups).toMatchObject([{ name: 'plan-2027-01-01.json', isFutureDated: false, summary: { offers: expect.any(Number) } }]);

    now = at(4, 10);
    const restored = await handlers.restoreBackup({ name: 'plan-2027-01-01.json' });
    expect(restored).toMatchObject({ ok: true, value: { isWrittenToDisk: false } });
    const kept = await readBackups({ dataDir: dir, fileName: 'plan.json', now });
    expect(kept[0]).toMatchObject({ name: 'plan-2027-01-04-100000.json' });
    expect(kept[0]!.document.profile.displayName).toBe('current work');
    expect(await handlers.restoreBackup({ name: '../plan.json' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await handlers.restoreBackup({ name: 'plan-2026-01-01.json' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('in recovery mode writes the backup over the damaged file (its copy kept) and leaves recovery', async () => {
    await mkdir(backupsDir(), { recursive: true });
    await writeFile(path.join(backupsDir(), 'plan-2027-01-01.json'), bytesOf(planNamed('from backup')));
    await writeFile(path.join(dir, 'plan.json'), '{"schemaVersion": 2, "prof');
    const store = await openReopenablePlanStore({ dataDir: dir, now: () => at(5) });
    expect(store.status).toMatchObject({ mode: 'recovery', newestBackupInfo: { name: 'plan-2027-01-01.json' } });
    const restored = await createBackupHandlers(store, () => at(5)).restoreBackup({ name: 'plan-2027-01-01.json' });
    expect(restored).toMatchObject({ ok: true, value: { isWrittenToDisk: true, storage: { mode: 'normal' } } });
    expect(store.getDocument().profile.displayName).toBe('from backup');
    expect((await readdir(dir)).filter((name) => name.startsWith('plan.damaged-'))).toHaveLength(1);
  });

  it('a missing plan.json with valid backups beside it offers the newest instead of opening silently empty', async () => {
    await mkdir(backupsDir(), { recursive: true });
    await writeFile(path.join(backupsDir(), 'plan-2027-01-01.json'), bytesOf(planNamed('older')));
    await writeFile(path.join(backupsDir(), 'plan-2027-01-02.json'), 'garbage');
    const store = await openPlanStore({ dataDir: dir, now: () => at(5) });
    expect(store.status).toMatchObject({ mode: 'normal', missingPlanBackup: { name: 'plan-2027-01-01.json' } });
  });
});

import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPlanStore } from '../../../../electron/services/storage/plan-store';
import { createEmptyPlan, type PlanDocument } from '../../../../shared/plan/plan-schema';
import { fixturePath, makeTempDir } from './temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir('corrupt-plan')));
afterEach(() => cleanup());

const planFile = () => path.join(dir, 'plan.json');
const now = () => new Date(2027, 2, 1, 10, 15, 2);
const QUARANTINE = 'plan.damaged-20270301-101502.json';

const cases = [
  { fixture: 'empty.json', reason: 'unreadable', detail: /empty/ },
  { fixture: 'truncated.json', reason: 'unreadable', detail: /not valid JSON/ },
  { fixture: 'nul-bytes.json', reason: 'unreadable', detail: /not valid JSON/ },
  { fixture: 'invalid-utf8.json', reason: 'unreadable', detail: /not valid JSON text/ },
  { fixture: 'wrong-schema.json', reason: 'invalid', detail: /not a plan this app can read/ },
  { fixture: 'no-version.json', reason: 'invalid', detail: /schemaVersion/ },
  { fixture: 'array.json', reason: 'invalid', detail: /does not contain a plan object/ },
  { fixture: 'newer-version.json', reason: 'newer-version', detail: /newer version.*format 999/ },
] as const;

describe.each(cases)('a damaged plan file: $fixture', ({ fixture, reason, detail }) => {
  it('is quarantined byte for byte, opens in recovery, and is never written over', async () => {
    const fixtureBytes = await readFile(fixturePath(fixture));
    await copyFile(fixturePath(fixture), planFile());
    const original = await readFile(planFile());
    expect(Buffer.compare(original, fixtureBytes)).toBe(0);

    const store = await openPlanStore({ dataDir: dir, now });
    const quarantinedFile = path.join(dir, QUARANTINE);
    expect(store.status).toMatchObject({ mode: 'recovery', dataDir: dir, planFile: planFile(), quarantinedFile, reason });
    expect(store.status.mode === 'recovery' && store.status.detail).toMatch(detail);
    expect(store.status.mode === 'recovery' && store.status.detail).toContain(QUARANTINE);
    expect(store.getDocument()).toEqual(createEmptyPlan());

    expect(Buffer.compare(await readFile(quarantinedFile), original)).toBe(0);
    expect(Buffer.compare(await readFile(planFile()), original)).toBe(0);

    const good = JSON.parse(await readFile(fixturePath('valid-v2.json'), 'utf8')) as PlanDocument;
    await expect(store.save(good)).rejects.toMatchObject({ code: 'recovery-mode' });
    await store.flush();
    expect(store.hasPendingWrites()).toBe(false);
    expect(Buffer.compare(await readFile(planFile()), original)).toBe(0);
    // No temp file, no backup of damaged bytes: only the file and its quarantine copy.
    expect((await readdir(dir)).sort()).toEqual([QUARANTINE, 'plan.json']);
  });
});

describe('quarantine names', () => {
  it('never overwrites an existing file, and reuses an identical earlier copy instead of piling up copies', async () => {
    await writeFile(path.join(dir, QUARANTINE), 'something else entirely');
    await copyFile(fixturePath('truncated.json'), planFile());
    const original = await readFile(planFile());

    const first = await openPlanStore({ dataDir: dir, now });
    const second = path.join(dir, 'plan.damaged-20270301-101502-2.json');
    expect(first.status).toMatchObject({ mode: 'recovery', quarantinedFile: second });
    expect(await readFile(path.join(dir, QUARANTINE), 'utf8')).toBe('something else entirely');
    expect(Buffer.compare(await readFile(second), original)).toBe(0);

    const later = await openPlanStore({ dataDir: dir, now: () => new Date(2027, 2, 2, 9, 0, 0) });
    expect(later.status).toMatchObject({ mode: 'recovery', quarantinedFile: second });
    expect((await readdir(dir)).sort()).toEqual([QUARANTINE, second, planFile()].map((p) => path.basename(p)).sort());
  });
});

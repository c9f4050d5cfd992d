import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPlanSession } from '../../../../electron/services/plans/plan-session';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';
import { makeTempDir } from '../storage/temp-dir';

let root: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  root = await makeTempDir('plan-session');
});
afterEach(() => root.cleanup());

const named = (displayName: string) => ({ ...createEmptyPlan(), profile: { ...createEmptyPlan().profile, displayName } });
const DAY = 24 * 60 * 60 * 1000;

describe('several plans in one data folder', () => {
  it('keeps the first plan where it always was and writes no list until a plan is added', async () => {
    const session = await openPlanSession({ dataDir: root.dir });
    await session.save(named('First'));
    await session.flush();
    expect(session.status.dataDir).toBe(root.dir);
    expect((await readdir(root.dir)).sort()).toEqual(['.plan.json.validated', 'plan.json']);
    expect(session.overview()).toMatchObject({ currentId: 'main', plans: [{ id: 'main', name: '' }], trash: [] });
  });

  it('creates a plan in its own folder and switches to it; each plan keeps its own document', async () => {
    const session = await openPlanSession({ dataDir: root.dir });
    await session.save(named('Seattle'));
    const created = await session.create('Shanghai 2027');
    expect(created.folder).toMatch(/^plans\/p-[0-9a-f]{16}$/);
    expect(session.currentPlan().id).toBe(created.id);
    expect(session.status.dataDir).toBe(path.join(root.dir, created.folder));
    expect(session.getDocument()).toEqual(createEmptyPlan());
    await session.save(named('Shanghai'));
    await session.switchTo('main');
    expect(session.getDocument().profile.displayName).toBe('Seattle');

    // A restart opens the plan that was current, by the list on disk.
    const reopened = await openPlanSession({ dataDir: root.dir });
    expect(reopened.currentPlan().id).toBe('main');
    await reopened.switchTo(created.id);
    expect(reopened.getDocument().profile.displayName).toBe('Shanghai');
    expect(reopened.overview().plans.map((plan) => plan.name)).toEqual(['', 'Shanghai 2027']);
  });

  it('writes every pending save of the plan being left before switching', async () => {
    const session = await openPlanSession({ dataDir: root.dir });
    const other = await session.create('Other');
    await session.switchTo('main');
    // Not awaited: the save is still queued when the switch is asked for.
    const saving = session.save(named('Queued'));
    await session.switchTo(other.id);
    await saving;
    expect(JSON.parse(await readFile(path.join(root.dir, 'plan.json'), 'utf8')).profile.displayName).toBe('Queued');
    expect(session.getDocument().profile.displayName).toBe('');
  });

  it('renames, and duplicates a plan with its vault files', async () => {
    const session = await openPlanSession({ dataDir: root.dir });
    await session.save(named('Original'));
    await mkdir(path.join(root.dir, 'vault'), { recursive: true });
    await writeFile(path.join(root.dir, 'vault', 'att-1.pdf'), 'scan');
    expect(await session.rename('main', 'Stay in Seattle')).toBeNull();
    const copy = await session.duplicate('main', 'Seattle, copy');
    if (typeof copy === 'string') throw new Error(copy);
    const copyDir = path.join(root.dir, copy.folder);
    expect(JSON.parse(await readFile(path.join(copyDir, 'plan.json'), 'utf8')).profile.displayName).toBe('Original');
    expect(await readFile(path.join(copyDir, 'vault', 'att-1.pdf'), 'utf8')).toBe('scan');
    expect(session.overview().plans.map((plan) => plan.name)).toEqual(['Stay in Seattle', 'Seattle, copy']);
    // Duplicating does not switch.
    expect(session.currentPlan().id).toBe('main');
  });

  it('deletes into a trash that can be restored for 30 days, then removes the folder for good', async () => {
    let now = new Date('2027-01-01T12:00:00Z');
    const session = await openPlanSession({ dataDir: root.dir, now: () => now });
    const other = await session.create('Other');
    expect(await session.trash(other.id)).toBe('is-current');
    await session.switchTo('main');
    expect(await session.trash('main')).toBe('is-current');
    expect(await session.trash(other.id)).toBeNull();
    expect(session.overview().trash).toEqual([expect.objectContaining({ id: other.id, purgeOn: '2027-01-31' })]);
    expect(await session.switchTo(other.id)).toBe('in-trash');
    expect(await session.restore(other.id)).toBeNull();
    expect(session.overview().plans).toHaveLength(2);
    expect(await session.trash(other.id)).toBeNull();

    now = new Date(now.getTime() + 29 * DAY);
    const before = await openPlanSession({ dataDir: root.dir, now: () => now });
    expect(before.overview().trash).toHaveLength(1);
    expect(await readdir(path.join(root.dir, 'plans'))).toEqual([other.id]);

    now = new Date(now.getTime() + 1 * DAY);
    const after = await openPlanSession({ dataDir: root.dir, now: () => now });
    expect(after.overview().trash).toEqual([]);
    expect(await readdir(path.join(root.dir, 'plans'))).toEqual([]);
  });

  it('never deletes the first plan, which is the data folder itself', async () => {
    const session = await openPlanSession({ dataDir: root.dir });
    await session.create('Other');
    expect(await session.trash('main')).toBe('is-main');
  });

  it('rebuilds a damaged list from the plan folders, keeping a copy of it', async () => {
    const session = await openPlanSession({ dataDir: root.dir });
    const other = await session.create('Other');
    await session.save(named('In other'));
    await session.flush();
    await writeFile(path.join(root.dir, 'plans.json'), '{ damaged');
    const reopened = await openPlanSession({ dataDir: root.dir });
    expect(reopened.overview().plans.map((plan) => plan.id)).toEqual(['main', other.id]);
    expect(await readFile(path.join(root.dir, 'plans.damaged.json'), 'utf8')).toBe('{ damaged');
  });
});

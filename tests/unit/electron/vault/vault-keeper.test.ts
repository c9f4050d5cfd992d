import { mkdtemp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/services/handlers/create-handlers';
import { openPlanStore } from '../../../../electron/services/storage/plan-store';
import { createVaultKeeper, VAULT_TRASH_DAYS } from '../../../../electron/services/vault/vault-keeper';
import { createBlankChecklist, createCustomItem } from '../../../../shared/checklists/create-checklist';
import type { PlanDocument } from '../../../../shared/contract/operations';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';

const STORED = 'att-00000000000000aa.pdf';
let dataDir: string;

beforeEach(async () => {
  dataDir = join(await mkdtemp(join(tmpdir(), 'planner-keeper-')), 'data');
  await mkdir(join(dataDir, 'vault'), { recursive: true });
  await writeFile(join(dataDir, 'vault', STORED), 'scan');
});

function planWith(storedNames: string[]): PlanDocument {
  let n = 0;
  const newId = () => `id-${(n += 1)}`;
  const checklist = createBlankChecklist('Papers', newId, '2027-01-01', 0);
  const item = createCustomItem({ title: 'Passport' }, newId);
  const attachments = storedNames.map((storedName, index) => ({ id: `a${index}`, fileName: 'scan.pdf', storedName, sizeBytes: 4, addedOn: '2027-01-01' }));
  const plan = createEmptyPlan();
  return { ...plan, checklists: { ...plan.checklists, checklists: [{ ...checklist, items: [{ ...item, attachments }] }] } };
}

const vaultFiles = () => readdir(join(dataDir, 'vault')).catch(() => []);
const trashFiles = () => readdir(join(dataDir, 'vault-trash')).catch(() => []);
const platform = { appVersion: '0', platform: 'linux', openPath: async () => '', chooseSavePath: async () => null, chooseFilesToOpen: async () => [], printToPdf: async () => new Uint8Array() };

describe('vault keeper', () => {
  it('moves a file out of the vault only after the plan without it is on disk, and back when the plan points at it again', async () => {
    const store = await openPlanStore({ dataDir });
    const handlers = createHandlers(store, platform);
    expect(await handlers.savePlan({ document: planWith([STORED]) })).toMatchObject({ ok: true });
    expect(await vaultFiles()).toEqual([STORED]);

    expect(await handlers.savePlan({ document: planWith([]) })).toMatchObject({ ok: true });
    expect(await vaultFiles()).toEqual([]);
    expect(await trashFiles()).toEqual([STORED]);

    // Undo of the delete: the plan points at it again, and it is in the vault before that plan is written.
    expect(await handlers.savePlan({ document: planWith([STORED]) })).toMatchObject({ ok: true });
    expect(await vaultFiles()).toEqual([STORED]);
    expect(await trashFiles()).toEqual([]);
  });

  it('leaves every file in place when the save fails (full disk)', async () => {
    const keeper = createVaultKeeper(dataDir);
    const saved = planWith([STORED]);
    await expect(
      keeper.saveWith(planWith([]), () => Promise.reject(new Error('ENOSPC')), () => saved),
    ).rejects.toThrow('ENOSPC');
    expect(await vaultFiles()).toEqual([STORED]);
  });

  it('leaves a file copied in a moment ago alone while a save of a plan that does not point at it yet lands', async () => {
    // The attachment is copied in, then a save that began before it (an earlier edit) reaches disk: that
    // plan never pointed at the new file, so the file stays where the next save will point at it.
    const keeper = createVaultKeeper(dataDir);
    await keeper.saveWith(planWith([]), async () => null, () => planWith([]));
    expect(await vaultFiles()).toEqual([STORED]);
    expect(await trashFiles()).toEqual([]);
    // An hour and more later, nobody pointing at it, it goes to the trash (an attach whose plan never saved).
    const later = createVaultKeeper(dataDir, () => new Date(Date.now() + 61 * 60 * 1000));
    await later.saveWith(planWith([]), async () => null, () => planWith([]));
    expect(await vaultFiles()).toEqual([]);
    expect(await trashFiles()).toEqual([STORED]);
  });

  it('empties the trash of files older than 30 days, by the clock it is given', async () => {
    let now = new Date('2027-01-01T12:00:00Z');
    const keeper = createVaultKeeper(dataDir, () => now);
    await keeper.saveWith(planWith([]), async () => null, () => planWith([]));
    expect(await trashFiles()).toEqual([STORED]);
    now = new Date(now.getTime() + (VAULT_TRASH_DAYS - 1) * 86_400_000);
    await keeper.sweepNames([], () => planWith([]));
    expect(await trashFiles()).toEqual([STORED]);
    now = new Date(now.getTime() + 2 * 86_400_000);
    await keeper.sweepNames([], () => planWith([]));
    expect(await trashFiles()).toEqual([]);
  });

  it('removeAttachments never takes a file the saved plan still points at', async () => {
    const store = await openPlanStore({ dataDir });
    const handlers = createHandlers(store, platform);
    await handlers.savePlan({ document: planWith([STORED]) });
    expect(await handlers.removeAttachments({ storedNames: [STORED] })).toEqual({ ok: true, value: { removed: 0 } });
    expect(await vaultFiles()).toEqual([STORED]);
  });
});

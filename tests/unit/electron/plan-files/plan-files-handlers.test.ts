import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/services/handlers/create-handlers';
import { createDispatcher } from '../../../../electron/services/ipc/dispatcher';
import { openPlanSession } from '../../../../electron/services/plans/plan-session';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';
import { exportOf, richAttachments, richPlan } from '../../shared/plan-files/fixtures';
import { makeTempDir } from '../storage/temp-dir';

const APP = { isMainFrame: true, url: 'app://planner/index.html' };
let root: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  root = await makeTempDir('plan-files-handlers');
});
afterEach(() => root.cleanup());

async function setup() {
  const dataDir = path.join(root.dir, 'data');
  const session = await openPlanSession({ dataDir });
  const picked: string[] = [];
  const saved: string[] = [];
  const saveInto = { dir: root.dir };
  const handlers = createHandlers(session, {
    appVersion: '1.0.0',
    platform: 'linux',
    openPath: async () => '',
    chooseSavePath: async (name) => {
      const target = path.join(saveInto.dir, name);
      saved.push(target);
      return target;
    },
    chooseFilesToOpen: async () => picked.splice(0),
    printToPdf: async () => new Uint8Array(),
  });
  const dispatch = createDispatcher(handlers);
  const call = async (operation: string, payload: unknown = {}) => {
    const result = await dispatch(APP, operation, payload);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as Record<string, unknown>;
  };
  return { dataDir, session, picked, saved, saveInto, call, dispatch };
}

describe('import through the handlers', () => {
  it('previews without writing, applies with its token, and refuses a stale one', async () => {
    const { dataDir, session, picked, call } = await setup();
    const file = path.join(root.dir, 'in.rplan');
    await writeFile(file, exportOf());
    picked.push(file);
    const preview = await call('previewImport');
    expect(preview).toMatchObject({ isChosen: true, outcome: 'ready', planName: 'Shanghai 2027', attachments: 2 });
    await expect(readFile(path.join(dataDir, 'plan.json'))).rejects.toThrow();
    expect(await call('applyImport', { token: 'f'.repeat(32), isLargeRemovalConfirmed: false })).toMatchObject({ outcome: 'refused' });
    const applied = await call('applyImport', { token: preview.token, isLargeRemovalConfirmed: false });
    expect(applied).toMatchObject({ outcome: 'applied' });
    expect(session.getDocument()).toEqual(richPlan());
    // A token is good once.
    expect(await call('applyImport', { token: preview.token, isLargeRemovalConfirmed: false })).toMatchObject({ outcome: 'refused' });
  });

  it('asks again before an import removes over 80% of the plan, and names the first problem of a bad file', async () => {
    const { dataDir, session, picked, call } = await setup();
    await mkdir(path.join(dataDir, 'vault'), { recursive: true });
    for (const [name, bytes] of richAttachments()) await writeFile(path.join(dataDir, 'vault', name), bytes);
    await session.save(richPlan());
    const emptyFile = path.join(root.dir, 'empty.rplan');
    await writeFile(emptyFile, exportOf(createEmptyPlan(), new Map()));
    picked.push(emptyFile);
    const preview = await call('previewImport');
    expect(preview).toMatchObject({ outcome: 'ready', diff: { isLargeRemoval: true } });
    expect(await call('applyImport', { token: preview.token, isLargeRemovalConfirmed: false })).toEqual({ outcome: 'needs-confirmation' });
    expect(session.getDocument()).toEqual(richPlan());
    expect(await call('applyImport', { token: preview.token, isLargeRemovalConfirmed: true })).toMatchObject({ outcome: 'applied' });
    expect(session.getDocument()).toEqual(createEmptyPlan());

    const bad = path.join(root.dir, 'bad.rplan');
    await writeFile(bad, 'not a zip');
    picked.push(bad);
    expect(await call('previewImport')).toMatchObject({ outcome: 'refused', fileName: 'bad.rplan', problem: { code: 'not-a-plan-file' } });
  });

  it('exports the open plan to the chosen file, never into the data folder', async () => {
    const { call, saved, saveInto, dataDir, dispatch } = await setup();
    const exported = await call('exportWholePlan');
    expect(exported.path).toBe(saved[0]);
    expect(path.basename(saved[0]!)).toMatch(/^Relocation plan \d{4}-\d{2}-\d{2}\.rplan$/);
    expect((await readFile(saved[0]!)).subarray(0, 2).toString('latin1')).toBe('PK');
    saveInto.dir = dataDir;
    expect(await dispatch(APP, 'exportWholePlan', {})).toMatchObject({ ok: false, error: { code: 'io' } });
  });

  it("suggests the export's file name in the plan's language", async () => {
    const { call, saved, session } = await setup();
    const plan = createEmptyPlan();
    await session.save({ ...plan, profile: { ...plan.profile, interfaceLanguage: 'zh-CN' } });
    await call('exportWholePlan');
    expect(path.basename(saved[0]!)).toMatch(/^出国工作规划 \d{4}-\d{2}-\d{2}\.rplan$/);
  });

  it('speaks the language the page shows once it has said so, e.g. a recovery screen in Chinese over an English stand-in', async () => {
    const { call, saved, session } = await setup();
    expect(session.getDocument().profile.interfaceLanguage).toBe('en');
    await call('setInterfaceLanguage', { language: 'zh-CN' });
    await call('exportWholePlan');
    expect(path.basename(saved[0]!)).toMatch(/^出国工作规划 \d{4}-\d{2}-\d{2}\.rplan$/);
    // And back: the page's latest word counts, not the first.
    await call('setInterfaceLanguage', { language: 'en' });
    await call('exportWholePlan');
    expect(path.basename(saved[1]!)).toMatch(/^Relocation plan \d{4}-\d{2}-\d{2}\.rplan$/);
  });
});

import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolvesInsideFolder } from '../../../../electron/services/export/write-export';
import { createHandlers } from '../../../../electron/services/handlers/create-handlers';
import { createDispatcher } from '../../../../electron/services/ipc/dispatcher';
import { openPlanSession } from '../../../../electron/services/plans/plan-session';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';
import { makeTempDir } from '../storage/temp-dir';

const APP = { isMainFrame: true, url: 'app://planner/index.html' };
let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir: root, cleanup } = await makeTempDir('export-guard')));
afterEach(() => cleanup());

async function layout() {
  const dataDir = path.join(root, 'data');
  const desktop = path.join(root, 'Desktop');
  await mkdir(dataDir, { recursive: true });
  await mkdir(desktop, { recursive: true });
  // ~/Desktop/planner is a link to the data folder: a save dialog shows it as an ordinary folder.
  await symlink(dataDir, path.join(desktop, 'planner'));
  return { dataDir, desktop, linked: path.join(desktop, 'planner') };
}

describe('resolvesInsideFolder', () => {
  it('follows linked folders, links as the file, dangling links and a data folder reached through a link', async () => {
    const { dataDir, desktop, linked } = await layout();
    expect(await resolvesInsideFolder(dataDir, path.join(linked, 'plan.json'))).toBe(true);
    expect(await resolvesInsideFolder(dataDir, path.join(linked, 'not-yet', 'deeper', 'x.csv'))).toBe(true);
    await symlink(path.join(dataDir, 'plan.json'), path.join(desktop, 'out.csv'));
    expect(await resolvesInsideFolder(dataDir, path.join(desktop, 'out.csv'))).toBe(true);
    await symlink(path.join(dataDir, 'vault', 'new.pdf'), path.join(desktop, 'dangling.pdf'));
    expect(await resolvesInsideFolder(dataDir, path.join(desktop, 'dangling.pdf'))).toBe(true);
    // The app was started with --data-dir=~/Desktop/planner; the dialog hands back the real path.
    expect(await resolvesInsideFolder(linked, path.join(dataDir, 'plan.json'))).toBe(true);
    expect(await resolvesInsideFolder(dataDir, path.join(desktop, 'offers.csv'))).toBe(false);
    expect(await resolvesInsideFolder(dataDir, path.join(root, 'data-other', 'offers.csv'))).toBe(false);
  });
});

describe('exports through the handlers', () => {
  it('refuse every kind of export into the data folder through a linked folder, leaving plan.json as it was', async () => {
    const { dataDir, desktop, linked } = await layout();
    const session = await openPlanSession({ dataDir });
    await session.save({ ...createEmptyPlan(), profile: { ...createEmptyPlan().profile, displayName: 'kept' } });
    const before = await readFile(path.join(dataDir, 'plan.json'));
    let chosen = '';
    const handlers = createHandlers(session, {
      appVersion: '1.0.0',
      platform: 'linux',
      openPath: async () => '',
      chooseSavePath: async () => chosen,
      chooseFilesToOpen: async () => [],
      printToPdf: async () => new TextEncoder().encode('%PDF-1.7 fake'),
    });
    const dispatch = createDispatcher(handlers);
    const exports = [
      ['exportCsv', { suggestedName: 'offers', content: 'a,b' }],
      ['exportIcs', { suggestedName: 'dates', content: 'BEGIN:VCALENDAR' }],
      ['savePdf', { suggestedName: 'summary' }],
      ['exportWholePlan', {}],
    ] as const;
    for (const [operation, payload] of exports) {
      chosen = path.join(linked, 'plan.json');
      const refused = await dispatch(APP, operation, payload);
      expect(refused, operation).toMatchObject({ ok: false, error: { code: 'io' } });
      expect(Buffer.compare(await readFile(path.join(dataDir, 'plan.json')), before), operation).toBe(0);
      // The same export outside the data folder is written.
      chosen = path.join(desktop, `${operation}.out`);
      expect(await dispatch(APP, operation, payload), operation).toMatchObject({ ok: true, value: { path: chosen } });
    }
    expect((await readdir(desktop)).sort()).toEqual(['exportCsv.out', 'exportIcs.out', 'exportWholePlan.out', 'planner', 'savePdf.out']);
    expect((await readdir(dataDir)).filter((name) => name.endsWith('.out'))).toEqual([]);
  });

  it('a plain file linked into the data folder is refused too (a CSV must not replace plan.json)', async () => {
    const { dataDir, desktop } = await layout();
    await writeFile(path.join(dataDir, 'plan.json'), `${JSON.stringify(createEmptyPlan())}\n`);
    const before = await readFile(path.join(dataDir, 'plan.json'));
    await symlink(path.join(dataDir, 'plan.json'), path.join(desktop, 'offers.csv'));
    const session = await openPlanSession({ dataDir });
    const handlers = createHandlers(session, {
      appVersion: '1.0.0',
      platform: 'linux',
      openPath: async () => '',
      chooseSavePath: async () => path.join(desktop, 'offers.csv'),
      chooseFilesToOpen: async () => [],
      printToPdf: async () => new Uint8Array(),
    });
    const refused = await createDispatcher(handlers)(APP, 'exportCsv', { suggestedName: 'offers', content: 'x' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(Buffer.compare(await readFile(path.join(dataDir, 'plan.json')), before)).toBe(0);
  });
});

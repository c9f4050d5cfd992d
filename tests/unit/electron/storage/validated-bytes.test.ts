import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../../electron/services/handlers/create-handlers';
import { createDispatcher } from '../../../../electron/services/ipc/dispatcher';
import { openPlanStore } from '../../../../electron/services/storage/plan-store';
import { readPlanFile } from '../../../../electron/services/storage/read-plan-file';
import { readValidatedHash, sha256Hex, validatedHashFileName, VALIDATOR } from '../../../../electron/services/storage/validated-hash';
import { planDocumentSchema, type PlanDocument } from '../../../../shared/plan/plan-schema';
import { generateLargePlan } from '../../../fixtures/large-plan';
import { makeTempDir } from './temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir('validated-bytes')));
afterEach(async () => {
  vi.restoreAllMocks();
  await cleanup();
});

const planFile = () => path.join(dir, 'plan.json');
const plan = (): PlanDocument => {
  const document = generateLargePlan(0.25);
  document.profile.birthYear = 1990;
  return document;
};

/** Opens the store and reports whether the whole document schema ran while it did. */
async function openCounting(options: { validator?: string } = {}) {
  const schema = vi.spyOn(planDocumentSchema, 'safeParse');
  const store = await openPlanStore({ dataDir: dir, ...options });
  const schemaRuns = schema.mock.calls.length;
  schema.mockRestore();
  return { store, schemaRuns };
}

describe('the note of bytes the app validated (validated-hash.ts)', () => {
  it('opens its own last write without the schema, with the same document', async () => {
    const first = await openPlanStore({ dataDir: dir });
    await first.save(plan());
    await first.flush();
    expect(await readValidatedHash(dir, 'plan.json')).toBe(sha256Hex(await readFile(planFile())));
    const { store, schemaRuns } = await openCounting();
    expect(schemaRuns).toBe(0);
    expect(store.getDocument()).toEqual(first.getDocument());
    await store.flush();
  });

  it('checks a file it did not write in full, then notes it so the next open is quick', async () => {
    await writeFile(planFile(), `${JSON.stringify(plan(), null, 2)}\n`);
    const found = await openCounting();
    expect(found.schemaRuns).toBe(1);
    await found.store.flush();
    expect((await readdir(dir)).includes(validatedHashFileName('plan.json'))).toBe(true);
    const again = await openCounting();
    expect(again.schemaRuns).toBe(0);
    await again.store.flush();
  });

  it('checks in full a file changed by hand to the same size and times, and never writes over it when it is damaged', async () => {
    const first = await openPlanStore({ dataDir: dir });
    await first.save(plan());
    await first.flush();
    const bytes = await readFile(planFile());
    const before = await stat(planFile());
    // 1990 -> 1800: the same number of bytes, out of the schema's range.
    const edited = Buffer.from(bytes.toString('utf8').replace('"birthYear":1990', '"birthYear":1800'));
    expect(edited.length).toBe(bytes.length);
    expect(edited.equals(bytes)).toBe(false);
    await writeFile(planFile(), edited);
    await utimes(planFile(), before.atime, before.mtime);

    const { store, schemaRuns } = await openCounting();
    expect(schemaRuns).toBe(1);
    expect(store.status).toMatchObject({ mode: 'recovery', reason: 'invalid' });
    await expect(store.save(plan())).rejects.toMatchObject({ code: 'recovery-mode' });
    expect((await readFile(planFile())).equals(edited)).toBe(true);
  });

  it('checks in full what another version of the app vouched for', async () => {
    const first = await openPlanStore({ dataDir: dir, validator: 'plan-schema-2/app-9.9.9' });
    await first.save(plan());
    await first.flush();
    expect(await readValidatedHash(dir, 'plan.json')).toBeNull();
    expect((await openCounting({ validator: 'plan-schema-2/app-9.9.9' })).schemaRuns).toBe(0);
    // This version checks in full, and vouches for the bytes itself from then on.
    expect((await openCounting()).schemaRuns).toBe(1);
    expect((await openCounting()).schemaRuns).toBe(0);
  });

  it('ignores a note that is torn or names another hash', async () => {
    await writeFile(planFile(), `${JSON.stringify(plan())}\n`);
    const note = path.join(dir, validatedHashFileName('plan.json'));
    for (const text of ['{"sha256":"ab', JSON.stringify({ sha256: '0'.repeat(64), validator: VALIDATOR }), '[]', '']) {
      await writeFile(note, text);
      const found = await readPlanFile(planFile(), undefined, undefined, undefined, await readValidatedHash(dir, 'plan.json'));
      expect(found).toMatchObject({ kind: 'valid', checkedBy: 'schema' });
    }
  });
});

describe('savePlan through the handlers, with the real store', () => {
  const SENDER = { isMainFrame: true, url: 'app://planner/index.html' };
  const platform = { appVersion: 'test', platform: 'linux', openPath: async () => '', chooseSavePath: async () => null, chooseFilesToOpen: async () => [], printToPdf: async () => new Uint8Array() };

  it('refuses an invalid edit of an unchanged-elsewhere document, with the field, and leaves the file as it was', async () => {
    const store = await openPlanStore({ dataDir: dir });
    const dispatch = createDispatcher(createHandlers(store, platform));
    const document = plan();
    expect(await dispatch(SENDER, 'savePlan', { document: structuredClone(document) })).toMatchObject({ ok: true });
    const saved = await readFile(planFile());
    const invalid = structuredClone(document);
    invalid.offers[0]!.base.amountMinor = -1;
    const result = await dispatch(SENDER, 'savePlan', { document: invalid });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', fieldErrors: { 'document.offers.0.base.amountMinor': expect.any(String) } } });
    expect((await readFile(planFile())).equals(saved)).toBe(true);
    // The next good edit is checked against the last accepted document, not the refused one.
    const good = structuredClone(document);
    good.profile.displayName = 'After';
    expect(await dispatch(SENDER, 'savePlan', { document: good })).toMatchObject({ ok: true });
    expect(JSON.parse(await readFile(planFile(), 'utf8'))).toEqual(planDocumentSchema.parse(good));
    await store.flush();
  });

  it('answers loadPlan without waiting for the start-up backup, which flush still takes', async () => {
    await writeFile(planFile(), `${JSON.stringify(plan())}\n`);
    const store = await openPlanStore({ dataDir: dir });
    const dispatch = createDispatcher(createHandlers(store, platform));
    expect(await dispatch(SENDER, 'loadPlan', {})).toMatchObject({ ok: true, value: { storage: { mode: 'normal' } } });
    expect(await readdir(path.join(dir, 'backups')).catch(() => [])).toEqual([]);
    await store.flush();
    expect(await readdir(path.join(dir, 'backups'))).toHaveLength(1);
  });
});

import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializePlan } from '../../../../electron/services/storage/plan-file-adapter';
import { openPlanStore } from '../../../../electron/services/storage/plan-store';
import { createEmptyPlan, planDocumentSchema, type PlanDocument } from '../../../../shared/plan/plan-schema';
import { fixturePath, makeTempDir } from './temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

const planFile = () => path.join(dir, 'plan.json');
const fixedNow = () => new Date(2027, 2, 1, 10, 15, 2);

function planNamed(displayName: string): PlanDocument {
  const plan = createEmptyPlan();
  return { ...plan, profile: { ...plan.profile, displayName } };
}

async function golden(): Promise<PlanDocument> {
  return JSON.parse(await readFile(fixturePath('valid-v2.json'), 'utf8')) as PlanDocument;
}

describe('openPlanStore', () => {
  it('starts a missing file as an empty plan, creating the folder but not the file until the first save', async () => {
    const dataDir = path.join(dir, 'nested', 'data');
    const store = await openPlanStore({ dataDir });
    expect(store.status).toEqual({ mode: 'normal', dataDir, planFile: path.join(dataDir, 'plan.json') });
    expect(store.getDocument()).toEqual(createEmptyPlan());
    expect(await readdir(dataDir)).toEqual([]);
    await store.save(planNamed('first'));
    // With the note of the bytes it validated and wrote (validated-hash.ts).
    expect((await readdir(dataDir)).sort()).toEqual(['.plan.json.validated', 'plan.json']);
  });

  it('round-trips a document as compact JSON with a trailing newline', async () => {
    const document = await golden();
    const store = await openPlanStore({ dataDir: dir, now: fixedNow });
    const { savedAt } = await store.save(document);
    expect(savedAt).toBe(fixedNow().toISOString());
    const bytes = await readFile(planFile(), 'utf8');
    expect(bytes).toBe(`${JSON.stringify(document)}\n`);
    // The same document the (indented) golden fixture holds: files written before compact saves still open.
    expect(JSON.parse(bytes)).toEqual(JSON.parse(await readFile(fixturePath('valid-v2.json'), 'utf8')));
    const reopened = await openPlanStore({ dataDir: dir });
    expect(reopened.status.mode).toBe('normal');
    expect(reopened.getDocument()).toEqual(document);
  });

  it('opens the golden current fixture without rewriting it, and accepts a UTF-8 BOM', async () => {
    for (const name of ['valid-v2.json', 'valid-v2-bom.json']) {
      await copyFile(fixturePath(name), planFile());
      const before = await readFile(planFile());
      const store = await openPlanStore({ dataDir: dir });
      expect(store.status.mode).toBe('normal');
      expect(store.getDocument()).toEqual(await golden());
      expect(Buffer.compare(await readFile(planFile()), before)).toBe(0);
    }
  });

  it('hands out a frozen document, so callers cannot change the stored one behind its back', async () => {
    const store = await openPlanStore({ dataDir: dir });
    expect(() => {
      store.getDocument().profile.displayName = 'mutated';
    }).toThrow(TypeError);
    expect(store.getDocument().profile.displayName).toBe('');
    const saved = { ...store.getDocument(), move: { ...store.getDocument().move, notes: 'saved' } };
    await store.save(saved);
    expect(Object.isFrozen(saved.move)).toBe(false);
    expect(Object.isFrozen(store.getDocument().move)).toBe(true);
  });

  it('removes temp files left by killed writes when it opens', async () => {
    await writeFile(path.join(dir, '.plan.json.4242.0123456789ab.tmp'), '{"half": ');
    await openPlanStore({ dataDir: dir });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('migrated files', () => {
  async function writeVersionOne(): Promise<Buffer> {
    const bytes = await readFile(fixturePath('valid-v1.json'));
    await writeFile(planFile(), bytes);
    return bytes;
  }

  it('is not rewritten until the first save, and the original is kept as plan.v<N>.backup.json', async () => {
    const original = await writeVersionOne();
    const store = await openPlanStore({ dataDir: dir });
    expect(store.status.mode).toBe('normal');
    expect(store.getDocument()).toMatchObject({ schemaVersion: 2, profile: { displayName: 'Mei Chen' }, offers: [] });
    expect(Buffer.compare(await readFile(planFile()), original)).toBe(0);
    const backup = path.join(dir, 'plan.v1.backup.json');
    expect(Buffer.compare(await readFile(backup), original)).toBe(0);

    // Opening again before any save neither rewrites the file nor piles up backups.
    await openPlanStore({ dataDir: dir });
    expect(Buffer.compare(await readFile(planFile()), original)).toBe(0);
    expect((await readdir(dir)).filter((name) => name.includes('.backup'))).toEqual(['plan.v1.backup.json']);

    await store.save(store.getDocument());
    expect(JSON.parse(await readFile(planFile(), 'utf8'))).toMatchObject({ schemaVersion: 2, profile: { displayName: 'Mei Chen' } });
    expect(Buffer.compare(await readFile(backup), original)).toBe(0);
  });

  it('never overwrites an older backup with different bytes', async () => {
    await writeFile(path.join(dir, 'plan.v1.backup.json'), 'an older backup');
    const original = await writeVersionOne();
    await openPlanStore({ dataDir: dir });
    expect(await readFile(path.join(dir, 'plan.v1.backup.json'), 'utf8')).toBe('an older backup');
    expect(Buffer.compare(await readFile(path.join(dir, 'plan.v1.backup-2.json')), original)).toBe(0);
  });
});

describe('save', () => {
  it('refuses an invalid document with code invalid-payload and writes nothing', async () => {
    await copyFile(fixturePath('valid-v2.json'), planFile());
    const before = await readFile(planFile());
    const store = await openPlanStore({ dataDir: dir });
    const invalid = await golden();
    invalid.profile.birthYear = 1800;
    await expect(store.save(invalid)).rejects.toMatchObject({
      code: 'invalid-payload',
      fieldErrors: { 'profile.birthYear': 'validation.birthYearRange' },
    });
    await expect(store.save({ schemaVersion: 1 } as unknown as PlanDocument)).rejects.toMatchObject({ code: 'invalid-payload' });
    expect(Buffer.compare(await readFile(planFile()), before)).toBe(0);
    expect(store.hasPendingWrites()).toBe(false);
  });

  it('parses once: a document the caller has just validated is written as it is', async () => {
    const store = await openPlanStore({ dataDir: dir });
    const document = planDocumentSchema.parse({ ...(await golden()), move: { ...(await golden()).move, notes: 'checked by the request schema' } });
    await store.save(document, { isValidated: true });
    expect(JSON.parse(await readFile(planFile(), 'utf8'))).toEqual(document);
  });

  it('keeps saves in order, and each resolves only when its document or a newer one is on disk', async () => {
    const store = await openPlanStore({ dataDir: dir });
    const resolvedOrder: number[] = [];
    const onDiskAtResolve: number[] = [];
    const saves = Array.from({ length: 40 }, (_, i) =>
      store.save(planNamed(`n=${i}`)).then(async () => {
        resolvedOrder.push(i);
        const { profile } = JSON.parse(await readFile(planFile(), 'utf8')) as PlanDocument;
        onDiskAtResolve[i] = Number(profile.displayName.slice(2));
      }),
    );
    expect(store.hasPendingWrites()).toBe(true);
    await Promise.all(saves);
    expect(resolvedOrder).toEqual([...resolvedOrder].sort((a, b) => a - b));
    onDiskAtResolve.forEach((n, i) => expect(n).toBeGreaterThanOrEqual(i));
    expect(store.getDocument().profile.displayName).toBe('n=39');
    expect(await readFile(planFile(), 'utf8')).toBe(serializePlan(planNamed('n=39')));
  });

  it('flush waits for every pending write', async () => {
    const store = await openPlanStore({ dataDir: dir });
    for (let i = 0; i < 10; i++) void store.save(planNamed(`n=${i}`));
    expect(store.hasPendingWrites()).toBe(true);
    await store.flush();
    expect(store.hasPendingWrites()).toBe(false);
    expect(await readFile(planFile(), 'utf8')).toBe(serializePlan(planNamed('n=9')));
    await store.flush(); // nothing pending: resolves at once
  });

  it('reports a failed write as failed (code io), keeps the last durable document, and recovers', async () => {
    const store = await openPlanStore({ dataDir: dir });
    await store.save(planNamed('saved'));
    await rm(planFile());
    await mkdir(planFile()); // rename over a directory fails
    await expect(store.save(planNamed('lost'))).rejects.toMatchObject({ code: 'io' });
    expect(store.getDocument().profile.displayName).toBe('saved');
    expect(store.hasPendingWrites()).toBe(false);
    expect((await readdir(dir)).sort()).toEqual(['.plan.json.validated', 'plan.json']); // the temp file was cleaned up
    await rm(planFile(), { recursive: true });
    await store.save(planNamed('after'));
    expect(JSON.parse(await readFile(planFile(), 'utf8'))).toMatchObject({ profile: { displayName: 'after' } });
  });
});

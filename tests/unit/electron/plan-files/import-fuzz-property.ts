import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { expect } from 'vitest';
import { applyImport } from '../../../../electron/services/plan-files/apply-import';
import { readImportFile } from '../../../../electron/services/plan-files/read-import-file';
import { openPlanStore } from '../../../../electron/services/storage/plan-store';
import { planDocumentSchema } from '../../../../shared/plan/plan-schema';
import { exportOf, richAttachments, richPlan, sha256 } from '../../shared/plan-files/fixtures';
import { makeTempDir } from '../storage/temp-dir';
import { snapshotFolder } from './folder-snapshot';

/**
 * Generated and mutated export files, each put through the same read and apply the import handler uses,
 * on real files. Every one must be either refused with the data folder byte-identical, or imported into a
 * plan that validates. Shared by the unit test (a count that runs in seconds) and the bench (10,000).
 */

const GOOD = exportOf();
const GOOD_ENTRIES = unzipSync(GOOD);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

type Mutation = (bytes: Uint8Array) => Uint8Array;

const truncate = fc.nat().map((n): Mutation => (bytes) => bytes.subarray(0, n % bytes.length));
const flipBytes = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }).map(
  (flips): Mutation =>
    (bytes) => {
      const copy = bytes.slice();
      for (const [at, mask] of flips) copy[at % copy.length]! ^= mask;
      return copy;
    },
);
const spliceBytes = fc.tuple(fc.nat(), fc.nat({ max: 64 }), fc.uint8Array({ maxLength: 64 })).map(
  ([at, remove, insert]): Mutation =>
    (bytes) => {
      const i = at % bytes.length;
      return new Uint8Array([...bytes.subarray(0, i), ...insert, ...bytes.subarray(i + remove)]);
    },
);
/** A central-directory size field set to a huge value, as a zip bomb's directory would be. */
const bombSizes = fc.integer({ min: 0x01000000, max: 0xffffffff }).map(
  (size): Mutation =>
    (bytes) => {
      const copy = bytes.slice();
      const view = new DataView(copy.buffer);
      for (let i = 0; i + 46 < copy.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
      return copy;
    },
);

const hostileName = fc.oneof(
  fc.constantFrom('vault/../plan.json', '../evil', '/etc/passwd', 'vault/..', 'vault/a/b', 'C:\\x', 'vault/CON', 'vault/.x', 'vault/' + 'a'.repeat(300)),
  fc.string({ maxLength: 40 }).map((s) => `vault/${s}`),
  fc.string({ maxLength: 40 }),
);
const hugeString = fc.integer({ min: 1000, max: 200_000 }).map((n) => 'x'.repeat(n));
const deep = fc.integer({ min: 10, max: 3000 }).map((n) => JSON.parse(`${'['.repeat(n)}0${']'.repeat(n)}`) as unknown);
const jsonValue = fc.oneof(fc.jsonValue({ maxDepth: 4 }), hugeString, deep, fc.constant({ ['__proto__']: { polluted: true } }));

/** Edits the plan or manifest as JSON, then zips again, sometimes with correct checksums so the schema is reached. */
const structural = fc
  .record({
    target: fc.constantFrom('plan', 'manifest', 'entries'),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'profile', 'offers', 'schemaVersion', 'attachments', 'plan', 'displayName'), fc.string({ maxLength: 12 })),
    pathIndex: fc.nat(),
    value: jsonValue,
    name: hostileName,
    isChecksumFixed: fc.boolean(),
    isRaw: fc.boolean(),
  })
  .map(
    (edit): Mutation =>
      () => {
        const entries: Record<string, Uint8Array> = { ...GOOD_ENTRIES };
        const plan = JSON.parse(decode(entries['plan.json']!)) as Record<string, unknown>;
        const manifest = JSON.parse(decode(entries['manifest.json']!)) as Record<string, unknown>;
        const objects = (root: unknown): Record<string, unknown>[] => {
          const found: Record<string, unknown>[] = [];
          const walk = (value: unknown, depth: number) => {
            if (!value || typeof value !== 'object' || depth > 6) return;
            if (!Array.isArray(value)) found.push(value as Record<string, unknown>);
            for (const child of Object.values(value)) walk(child, depth + 1);
          };
          walk(root, 0);
          return found;
        };
        if (edit.target === 'entries') entries[edit.name] = strToU8(JSON.stringify(edit.value) ?? '');
        else {
          const pool = objects(edit.target === 'plan' ? plan : manifest);
          const victim = pool[edit.pathIndex % pool.length]!;
          // defineProperty, so "__proto__" becomes an own key as JSON.parse would make it.
          Object.defineProperty(victim, edit.key, { value: edit.value, enumerable: true, configurable: true, writable: true });
        }
        let planText = JSON.stringify(plan);
        if (edit.isRaw && edit.target === 'plan') planText = planText.replace('"profile":{', `"profile":{"${edit.key.replace(/["\\]/g, '')}":1,`);
        entries['plan.json'] = strToU8(planText);
        if (edit.isChecksumFixed) manifest.plan = { sizeBytes: entries['plan.json'].length, sha256: sha256(entries['plan.json']) };
        entries['manifest.json'] = strToU8(JSON.stringify(manifest));
        return zipSync(entries as Zippable);
      },
  );

/** Plain edits that keep the file well formed, so some cases are imported and the other branch is exercised. */
const benign = fc.record({ displayName: fc.string({ maxLength: 120 }), company: fc.string({ maxLength: 200 }) }).map(
  ({ displayName, company }): Mutation =>
    () => {
      const document = richPlan();
      document.profile.displayName = displayName;
      document.offers[0]!.company = company;
      return exportOf(document, richAttachments());
    },
);

const mutation = fc.oneof(
  { arbitrary: truncate, weight: 2 },
  { arbitrary: flipBytes, weight: 3 },
  { arbitrary: spliceBytes, weight: 2 },
  { arbitrary: bombSizes, weight: 1 },
  { arbitrary: structural, weight: 4 },
  { arbitrary: benign, weight: 1 },
  { arbitrary: fc.uint8Array({ maxLength: 2000 }).map((random): Mutation => () => random), weight: 1 },
);

async function seed(dir: string): Promise<void> {
  const store = await openPlanStore({ dataDir: dir });
  const current = richPlan();
  current.profile.displayName = 'Current';
  await store.save(current);
  await store.flush();
  await mkdir(path.join(dir, 'vault'), { recursive: true });
  await writeFile(path.join(dir, 'vault', 'att-1.pdf'), richAttachments().get('att-1.pdf')!);
}

export async function runImportFuzz(runs: number): Promise<{ refused: number; imported: number }> {
  const root = await makeTempDir('plan-files-fuzz');
  try {
    const dataDir = path.join(root.dir, 'data');
    await seed(dataDir);
    // A daily backup is taken on the first open; open once more so later opens change nothing.
    // Its start-up backup (taken a moment after opening) is flushed here, so later opens change nothing.
    await (await openPlanStore({ dataDir })).flush();
    const before = await snapshotFolder(dataDir);
    const counts = { refused: 0, imported: 0 };
    const importFile = path.join(root.dir, 'incoming.rplan');
    await fc.assert(
      fc.asyncProperty(mutation, async (mutate) => {
        await writeFile(importFile, mutate(GOOD));
        const read = await readImportFile(importFile);
        if (!read.ok) {
          counts.refused++;
          expect(await snapshotFolder(dataDir)).toEqual(before);
          return;
        }
        // Accepted: apply into a fresh data folder holding a current plan, and check what was written.
        const target = await mkdtemp(path.join(root.dir, 'accepted-'));
        await seed(target);
        const store = await openPlanStore({ dataDir: target });
        const applied = await applyImport({ store, planDir: target, imported: read.value });
        expect(applied.ok).toBe(true);
        await store.flush();
        const reopened = await openPlanStore({ dataDir: target });
        expect(reopened.status.mode).toBe('normal');
        expect(planDocumentSchema.safeParse(reopened.getDocument()).success).toBe(true);
        expect(reopened.getDocument()).toEqual(read.value.document);
        // Its start-up backup lands a moment after opening; let it, or it writes into the folder being removed.
        await reopened.flush();
        await rm(target, { recursive: true, force: true });
        counts.imported++;
      }),
      { numRuns: runs },
    );
    // The generator reaches both branches; a fuzz that only ever refuses would prove little.
    expect(counts.refused).toBeGreaterThan(runs / 2);
    expect(counts.imported).toBeGreaterThan(0);
    return counts;
  } finally {
    await root.cleanup();
  }
}

import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../../../shared/plan-files/limits';
import { describeImportProblem, type ImportProblem } from '../../../../shared/plan-files/problems';
import { readPlanExport } from '../../../../shared/plan-files/read-export';
import { DEGREE_BYTES, exportOf, richPlan, SCAN_BYTES, sha256 } from './fixtures';

/** The entries of a good export, to be edited and zipped again. */
function entriesOf(bytes = exportOf()): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

function manifestOf(entries: Record<string, Uint8Array>): Record<string, unknown> {
  return JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Record<string, unknown>;
}

/** Re-zips entries; `fixManifest` recomputes the plan's size and checksum after an edit of plan.json. */
function rezip(entries: Record<string, Uint8Array>, edits: { manifest?: (m: Record<string, unknown>) => void; fixPlan?: boolean } = {}): Uint8Array {
  const manifest = manifestOf(entries);
  if (edits.fixPlan) manifest.plan = { sizeBytes: entries['plan.json']!.length, sha256: sha256(entries['plan.json']!) };
  edits.manifest?.(manifest);
  const files: Zippable = { ...entries, 'manifest.json': strToU8(JSON.stringify(manifest)) };
  return zipSync(files);
}

function problemOf(bytes: Uint8Array, limits = DEFAULT_IMPORT_LIMITS): ImportProblem {
  const result = readPlanExport(bytes, sha256, limits);
  if (result.ok) throw new Error('expected the import to be refused');
  // Every problem has an English sentence (used in logs); make sure none falls through.
  expect(describeImportProblem(result.problem)).toMatch(/\.$/);
  return result.problem;
}

function withPlan(edit: (plan: Record<string, unknown>) => void): Uint8Array {
  const entries = entriesOf();
  const plan = JSON.parse(new TextDecoder().decode(entries['plan.json'])) as Record<string, unknown>;
  edit(plan);
  entries['plan.json'] = strToU8(JSON.stringify(plan));
  return rezip(entries, { fixPlan: true });
}

describe('reading a plan export', () => {
  it('round-trips the plan and every attachment byte for byte', () => {
    const result = readPlanExport(exportOf(), sha256);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.document).toEqual(richPlan());
    expect(result.value.attachments.get('att-1.pdf')).toEqual(SCAN_BYTES);
    expect(result.value.attachments.get('att-2.jpg')).toEqual(DEGREE_BYTES);
    expect(result.value.manifest.planName).toBe('Shanghai 2027');
    expect(result.value.migratedFrom).toBeNull();
  });

  it('refuses something that is not a zip, and an empty or truncated file', () => {
    expect(problemOf(strToU8('{"schemaVersion":2}')).code).toBe('not-a-plan-file');
    expect(problemOf(new Uint8Array()).code).toBe('not-a-plan-file');
    const good = exportOf();
    expect(problemOf(good.subarray(0, Math.floor(good.length / 2))).code).toBe('not-a-plan-file');
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(problemOf(exportOf(), { ...DEFAULT_IMPORT_LIMITS, maxFileBytes: 100 })).toEqual({ code: 'file-too-large', limitBytes: 100 });
  });

  it('refuses attachment names that leave the vault, and entries a plan export never has', () => {
    const entries = entriesOf();
    expect(problemOf(zipSync({ ...entries, 'vault/../plan.json': SCAN_BYTES }))).toMatchObject({ code: 'unsafe-name' });
    expect(problemOf(zipSync({ ...entries, '../../etc/passwd': SCAN_BYTES }))).toMatchObject({ code: 'unsafe-name' });
    expect(problemOf(zipSync({ ...entries, 'vault/C:evil': SCAN_BYTES }))).toMatchObject({ code: 'unsafe-name' });
    expect(problemOf(zipSync({ ...entries, 'vault/.hidden': SCAN_BYTES }))).toMatchObject({ code: 'unsafe-name' });
    expect(problemOf(zipSync({ ...entries, 'notes.txt': SCAN_BYTES }))).toEqual({ code: 'unexpected-entry', name: 'notes.txt' });
  });

  it('refuses a zip bomb by its directory, before unpacking it', () => {
    // 24 MB of zeros deflate to about 24 KB (a ratio of 1000); the declared size alone is over a 16 MB limit.
    const zeros = new Uint8Array(24 * 1024 * 1024);
    const bomb = zipSync({ ...entriesOf(), 'vault/att-9.bin': [zeros, { level: 1 }] });
    expect(bomb.length).toBeLessThan(200 * 1024);
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxAttachmentBytes: 16 * 1024 * 1024 };
    expect(problemOf(bomb, limits)).toMatchObject({ code: 'entry-too-large', name: 'vault/att-9.bin' });
    expect(problemOf(exportOf(), { ...DEFAULT_IMPORT_LIMITS, maxUnpackedBytes: 1000 })).toMatchObject({ code: 'unpacked-too-large' });
  });

  it('refuses a directory that understates a size: no more than the declared bytes are unpacked, and the checksum fails', () => {
    const bytes = exportOf();
    // Central directory record of plan.json: find its name after a "PK\1\2" header and shrink its size field.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let patched = 0;
    for (let i = 0; i + 46 < bytes.length; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(i + 28, true);
      if (new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + nameLength)) === 'plan.json') {
        view.setUint32(i + 24, 10, true);
        patched++;
      }
    }
    expect(patched).toBe(1);
    expect(['size-mismatch', 'checksum-mismatch', 'not-a-plan-file']).toContain(problemOf(bytes).code);
  });

  it('refuses wrong checksums and sizes, naming the entry', () => {
    const entries = entriesOf();
    entries['vault/att-1.pdf'] = strToU8('%PDF-1.4 passport scaN\n');
    expect(problemOf(rezip(entries))).toEqual({ code: 'checksum-mismatch', name: 'att-1.pdf' });
    const planEdited = entriesOf();
    planEdited['plan.json'] = strToU8(new TextDecoder().decode(planEdited['plan.json']).replace('Wei', 'Wu_'));
    expect(problemOf(rezip(planEdited))).toEqual({ code: 'checksum-mismatch', name: 'plan.json' });
    const longer = entriesOf();
    longer['vault/att-2.jpg'] = new Uint8Array([...DEGREE_BYTES, 9]);
    expect(problemOf(rezip(longer))).toEqual({ code: 'size-mismatch', name: 'att-2.jpg' });
  });

  it('refuses __proto__, constructor and prototype keys anywhere in the plan or manifest', () => {
    const proto = entriesOf();
    const text = new TextDecoder().decode(proto['plan.json']).replace('"displayName": "Wei"', '"displayName": "Wei", "__proto__": {"isAdmin": true}');
    proto['plan.json'] = strToU8(text);
    expect(problemOf(rezip(proto, { fixPlan: true }))).toMatchObject({ code: 'forbidden-key', name: 'plan.json', key: '__proto__', path: 'profile' });
    expect(problemOf(withPlan((plan) => void Object.defineProperty((plan.offers as object[])[0]!, 'constructor', { value: 1, enumerable: true })))).toMatchObject({
      code: 'forbidden-key',
      key: 'constructor',
      path: 'offers.0',
    });
    expect(problemOf(rezip(entriesOf(), { manifest: (m) => (m.prototype = {}) }))).toMatchObject({ code: 'forbidden-key', name: 'manifest.json' });
  });

  it('refuses unknown keys in the plan, even where the schema would quietly drop them', () => {
    expect(problemOf(withPlan((plan) => (plan.secretField = 1)))).toMatchObject({ code: 'plan-invalid' });
    const nested = problemOf(withPlan((plan) => ((plan.offers as Record<string, unknown>[])[0]!.extra = 'x')));
    expect(['unknown-key', 'plan-invalid']).toContain(nested.code);
    expect(JSON.stringify(nested)).toContain('offers.0');
    expect(problemOf(rezip(entriesOf(), { manifest: (m) => (m.extra = 1) }))).toMatchObject({ code: 'manifest-invalid' });
  });

  it('refuses deep nesting and plans that fail their schema, naming the first problem', () => {
    let deep = '0';
    for (let i = 0; i < 5000; i++) deep = `[${deep}]`;
    const entries = entriesOf();
    entries['plan.json'] = strToU8(`{"schemaVersion":2,"x":${deep}}`);
    expect(problemOf(rezip(entries, { fixPlan: true }))).toEqual({ code: 'too-deep', name: 'plan.json', limit: 64 });
    expect(problemOf(withPlan((plan) => ((plan.profile as Record<string, unknown>).displayName = 'x'.repeat(100_000))))).toMatchObject({
      code: 'plan-invalid',
      path: 'profile.displayName',
    });
  });

  it('refuses a plan or an export format from a newer version, and migrates an older plan', () => {
    expect(problemOf(withPlan((plan) => (plan.schemaVersion = 99)))).toEqual({ code: 'newer-plan', version: 99 });
    expect(problemOf(rezip(entriesOf(), { manifest: (m) => (m.formatVersion = 2) }))).toEqual({ code: 'newer-format', version: 2 });
    const v1 = entriesOf();
    const plan = JSON.parse(new TextDecoder().decode(v1['plan.json'])) as Record<string, unknown>;
    const old = { schemaVersion: 1, profile: plan.profile, move: plan.move };
    v1['plan.json'] = strToU8(JSON.stringify(old));
    delete v1['vault/att-1.pdf'];
    delete v1['vault/att-2.jpg'];
    const result = readPlanExport(rezip(v1, { fixPlan: true, manifest: (m) => (m.attachments = []) }), sha256);
    expect(result.ok && result.value.migratedFrom).toBe(1);
    expect(result.ok && result.value.document.offers).toEqual([]);
  });

  it('checks attachments against the manifest and the plan both ways', () => {
    const missing = entriesOf();
    delete missing['vault/att-2.jpg'];
    expect(problemOf(rezip(missing))).toEqual({ code: 'attachment-missing', name: 'att-2.jpg' });
    const unlisted = entriesOf();
    unlisted['vault/att-3.png'] = SCAN_BYTES;
    expect(problemOf(rezip(unlisted))).toEqual({ code: 'attachment-not-listed', name: 'att-3.png' });
    const unused = entriesOf();
    unused['vault/att-3.png'] = SCAN_BYTES;
    const listed = rezip(unused, {
      manifest: (m) => (m.attachments as unknown[]).push({ storedName: 'att-3.png', sizeBytes: SCAN_BYTES.length, sha256: sha256(SCAN_BYTES) }),
    });
    expect(problemOf(listed)).toEqual({ code: 'attachment-unused', name: 'att-3.png' });
    const sized = withPlan((plan) => {
      const item = ((plan.checklists as { checklists: { items: { attachments: { sizeBytes: number }[] }[] }[] }).checklists[0]!.items[0]!);
      item.attachments[0]!.sizeBytes = 1;
    });
    expect(problemOf(sized)).toEqual({ code: 'attachment-size-differs', name: 'att-1.pdf' });
  });
});

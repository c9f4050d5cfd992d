import { mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFileHandlers } from '../../../../electron/services/handlers/file-handlers';
import type { PlatformServices } from '../../../../electron/services/handlers/platform';
import { createDocumentVault } from '../../../../electron/services/vault/document-vault';

let root: string;
let dataDir: string;
let outside: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'planner-vault-'));
  dataDir = join(root, 'data');
  outside = join(root, 'picked');
  await mkdir(outside, { recursive: true });
});

describe('document vault', () => {
  it('copies picked files into the data folder under safe names, never referencing them in place', async () => {
    const source = join(outside, 'Diploma scan (final).PDF');
    await writeFile(source, 'pdf bytes');
    const vault = createDocumentVault(dataDir, () => new Date(2027, 2, 10, 12));
    const { attachments, failures } = await vault.attach([source]);
    expect(failures).toEqual([]);
    expect(attachments).toHaveLength(1);
    const [attachment] = attachments;
    expect(attachment).toMatchObject({ fileName: 'Diploma scan (final).PDF', sizeBytes: 9, addedOn: '2027-03-10' });
    expect(attachment!.storedName).toMatch(/^att-[0-9a-f]{16}\.pdf$/);
    expect(await readFile(join(dataDir, 'vault', attachment!.storedName), 'utf8')).toBe('pdf bytes');
    // The original is untouched and a later change to it does not change the copy.
    await writeFile(source, 'changed');
    expect(await readFile(join(dataDir, 'vault', attachment!.storedName), 'utf8')).toBe('pdf bytes');
  });

  it('reports files that cannot be read or are not files, and keeps going', async () => {
    const good = join(outside, 'passport.jpg');
    await writeFile(good, 'jpg');
    const vault = createDocumentVault(dataDir);
    const { attachments, failures } = await vault.attach([join(outside, 'missing.pdf'), outside, good]);
    expect(attachments.map((a) => a.fileName)).toEqual(['passport.jpg']);
    expect(failures).toEqual([
      { fileName: 'missing.pdf', reason: 'unreadable' },
      { fileName: 'picked', reason: 'not-a-file' },
    ]);
  });

  it('sanitizes hostile names and never lets a stored name escape the vault', async () => {
    const vault = createDocumentVault(dataDir);
    expect(vault.pathOf('../plan.json')).toBeNull();
    expect(vault.pathOf('..')).toBeNull();
    expect(vault.pathOf('a/b.pdf')).toBeNull();
    expect(vault.pathOf('a\\b.pdf')).toBeNull();
    expect(vault.pathOf('CON')).toBeNull();
    await writeFile(join(root, 'plan.json'), 'keep me');
    expect(await vault.remove(['../plan.json', '../../plan.json'])).toBe(0);
    expect(await readFile(join(root, 'plan.json'), 'utf8')).toBe('keep me');
    const weird = join(outside, 'con.txt');
    await writeFile(weird, 'x');
    const { attachments } = await vault.attach([weird]);
    expect(attachments[0]!.fileName).toBe('_con.txt');
  });

  it('removes stored copies', async () => {
    const source = join(outside, 'a.pdf');
    await writeFile(source, 'a');
    const vault = createDocumentVault(dataDir);
    const { attachments } = await vault.attach([source]);
    expect(await vault.remove(attachments.map((a) => a.storedName))).toBe(1);
    expect(await readdir(join(dataDir, 'vault'))).toEqual([]);
  });
});

describe('file handlers', () => {
  function platform(overrides: Partial<PlatformServices>): PlatformServices {
    return {
      appVersion: '1',
      platform: 'linux',
      openPath: async () => '',
      chooseSavePath: async () => null,
      chooseFilesToOpen: async () => [],
      printToPdf: async () => new Uint8Array([37, 80, 68, 70]),
      ...overrides,
    };
  }

  it('writes a PDF only where the save dialog pointed, and nothing when cancelled', async () => {
    const target = join(outside, 'comparison.pdf');
    const suggested: string[] = [];
    const handlers = createFileHandlers(
      createDocumentVault(dataDir),
      platform({ chooseSavePath: async (name) => (suggested.push(name), target) }),
      dataDir,
    );
    expect(await handlers.savePdf({ suggestedName: '../Offer comparison' })).toEqual({ ok: true, value: { path: target } });
    // Anything path-like in the suggested name is dropped before it reaches the dialog.
    expect(suggested).toEqual(['Offer comparison.pdf']);
    expect((await readFile(target)).subarray(0, 4).toString()).toBe('%PDF');
    const cancelled = createFileHandlers(createDocumentVault(dataDir), platform({}), dataDir);
    expect(await cancelled.savePdf({ suggestedName: 'x' })).toEqual({ ok: true, value: { path: null } });
  });

  it('exports CSV with a byte-order mark for spreadsheet apps', async () => {
    const target = join(outside, 'offers.csv');
    const handlers = createFileHandlers(createDocumentVault(dataDir), platform({ chooseSavePath: async () => target }), dataDir);
    await handlers.exportCsv({ suggestedName: 'offers', content: 'a,b\n上海,1\n' });
    expect(await readFile(target, 'utf8')).toBe('\uFEFFa,b\n上海,1\n');
  });

  it('refuses to export into the data folder, where it could replace the plan', async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'plan.json'), 'the plan');
    for (const target of [join(dataDir, 'plan.json'), join(dataDir, 'vault', 'x.csv'), dataDir]) {
      const handlers = createFileHandlers(createDocumentVault(dataDir), platform({ chooseSavePath: async () => target }), dataDir);
      expect(await handlers.exportCsv({ suggestedName: 'offers', content: 'a' })).toMatchObject({ ok: false, error: { code: 'io' } });
      expect(await handlers.savePdf({ suggestedName: 'offers' })).toMatchObject({ ok: false, error: { code: 'io' } });
    }
    expect(await readFile(join(dataDir, 'plan.json'), 'utf8')).toBe('the plan');
  });

  it('opens only files that are in the vault', async () => {
    const opened: string[] = [];
    const handlers = createFileHandlers(createDocumentVault(dataDir), platform({ openPath: async (p) => (opened.push(p), '') }), dataDir);
    expect(await handlers.openAttachment({ storedName: 'att-0000000000000000.pdf' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(opened).toEqual([]);
  });
});

import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { open as openSealed, unlockKey } from '../../../../electron/services/encryption/plan-cipher';
import { createPlanCodec } from '../../../../electron/services/encryption/plan-codec';
import { planFilesIn, reencryptFiles } from '../../../../electron/services/encryption/reencrypt-folder';
import { createHandlers } from '../../../../electron/services/handlers/create-handlers';
import type { PlatformServices } from '../../../../electron/services/handlers/platform';
import type { OperationHandlers } from '../../../../electron/services/ipc/dispatcher';
import { readImportFile } from '../../../../electron/services/plan-files/read-import-file';
import { openPlanSession, type PlanSession } from '../../../../electron/services/plans/plan-session';
import { createViewerCopies, VIEWER_FOLDER_PREFIX } from '../../../../electron/services/vault/viewer-copies';
import type { Attachment } from '../../../../shared/checklists/schema';
import type { Result } from '../../../../shared/contract/result';
import type { PlanDocument } from '../../../../shared/plan/plan-schema';
import { isEncryptedFile } from '../../../../shared/plan-files/envelope';
import { makeTempDir } from '../storage/temp-dir';
import { exportOf, richAttachments, richPlan, sha256 } from '../../shared/plan-files/fixtures';
import { snapshotFolder } from '../plan-files/folder-snapshot';

const FAST = { logN: 10, r: 8, p: 1 };
// Distinctive bytes, so "no plain bytes on disk" is a search for a string that cannot occur by chance.
const SCAN = Buffer.from('PASSPORT E12345678 WEI ZHANG '.repeat(40));

let root: { dir: string; cleanup: () => Promise<void> };
let dataDir: string;
let picked: string;
let viewerBase: string;
let exportsDir: string;
let opened: string[];
let nextPicked: string[];

beforeEach(async () => {
  root = await makeTempDir('sealed-vault');
  dataDir = path.join(root.dir, 'data');
  picked = path.join(root.dir, 'picked');
  viewerBase = path.join(root.dir, 'tmp');
  exportsDir = path.join(root.dir, 'exports');
  for (const dir of [dataDir, picked, viewerBase, exportsDir]) await mkdir(dir, { recursive: true });
  opened = [];
  nextPicked = [];
});
afterEach(() => root.cleanup());

const platform: PlatformServices = {
  appVersion: '0.1.0',
  platform: process.platform,
  openPath: async (target) => {
    opened.push(target);
    return '';
  },
  chooseSavePath: async (name) => path.join(exportsDir, name),
  chooseFilesToOpen: async () => nextPicked.splice(0),
  chooseFileToOpen: async () => nextPicked.splice(0)[0] ?? null,
  printToPdf: async () => new Uint8Array(),
};

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function encryptedPlan(): Promise<{ session: PlanSession; handlers: OperationHandlers; viewer: ReturnType<typeof createViewerCopies> }> {
  const session = await openPlanSession({ dataDir, kdfCost: FAST });
  const viewer = createViewerCopies(viewerBase);
  const handlers = createHandlers(session, platform, null, { viewerCopies: viewer });
  expect(await session.setPassphrase(null, 'first pass')).toBeNull();
  return { session, handlers, viewer };
}

/** Attaches `bytes` (as the person picking a file would) and saves a plan pointing at it. */
async function attachAndSave(handlers: OperationHandlers, session: PlanSession, fileName: string, bytes: Uint8Array): Promise<Attachment> {
  const source = path.join(picked, fileName);
  await writeFile(source, bytes);
  nextPicked = [source];
  const { attachments, failures } = value(await handlers.attachFiles({}));
  expect(failures).toEqual([]);
  const document: PlanDocument = structuredClone(session.getDocument());
  if (document.checklists.checklists.length === 0) {
    // A real checklist, without the fixture's own attachments (only files attached here are in the vault).
    document.checklists.checklists = structuredClone(richPlan().checklists.checklists);
    for (const item of document.checklists.checklists[0]!.items) item.attachments = [];
  }
  document.checklists.checklists[0]!.items[0]!.attachments.push(attachments[0]!);
  value(await handlers.savePlan({ document }));
  await session.flush();
  return attachments[0]!;
}

const vaultFile = (storedName: string) => path.join(dataDir, 'vault', storedName);

describe('vault attachments of an encrypted plan', () => {
  it('are sealed on disk when attached: the envelope only, no plain bytes, the plain size in the plan', async () => {
    const { session, handlers } = await encryptedPlan();
    const attachment = await attachAndSave(handlers, session, 'passport.pdf', SCAN);
    const onDisk = await readFile(vaultFile(attachment.storedName));
    expect(isEncryptedFile(onDisk)).toBe(true);
    expect(onDisk.includes(Buffer.from('PASSPORT'))).toBe(false);
    expect(attachment.sizeBytes).toBe(SCAN.length);
    // Sealed with the plan's own key (same salt as plan.json), so it opens with it and equals the original.
    const key = await unlockKey('first pass', await readFile(path.join(dataDir, 'plan.json')));
    if (!key.ok) throw new Error('expected the key');
    expect(openSealed(key.value, onDisk)).toEqual({ ok: true, value: SCAN });
  });

  it('each file gets a fresh nonce: the same bytes attached twice are sealed differently', async () => {
    const { session, handlers } = await encryptedPlan();
    const first = await attachAndSave(handlers, session, 'a.pdf', SCAN);
    const second = await attachAndSave(handlers, session, 'b.pdf', SCAN);
    expect(await readFile(vaultFile(first.storedName))).not.toEqual(await readFile(vaultFile(second.storedName)));
  });

  it('open in the system viewer through a decrypted copy outside the data folder (0600), removed on lock', async () => {
    const { session, handlers } = await encryptedPlan();
    const attachment = await attachAndSave(handlers, session, 'passport.pdf', SCAN);
    expect(value(await handlers.openAttachment({ storedName: attachment.storedName }))).toEqual({ opened: true });
    const [copy] = opened;
    expect(copy!.startsWith(viewerBase + path.sep)).toBe(true);
    expect(path.relative(dataDir, copy!).startsWith('..')).toBe(true);
    expect(await readFile(copy!)).toEqual(SCAN);
    if (process.platform !== 'win32') {
      expect((await stat(copy!)).mode & 0o777).toBe(0o600);
      expect((await stat(path.dirname(path.dirname(copy!)))).mode & 0o777).toBe(0o700);
    }
    value(await handlers.lockPlan({}));
    await expect(stat(copy!)).rejects.toThrow(/ENOENT/);
    expect(await readdir(viewerBase)).toEqual([]);
    // Locked: nothing is opened or added.
    expect(value(await handlers.openAttachment({ storedName: attachment.storedName }))).toEqual({ opened: false, problem: 'locked' });
    expect(await handlers.attachFiles({})).toMatchObject({ ok: false, error: { code: 'recovery-mode' } });
  });

  it('copies left by a run that crashed are removed at the next start; others in the temp folder are not', async () => {
    await mkdir(path.join(viewerBase, `${VIEWER_FOLDER_PREFIX}old`, 'x'), { recursive: true });
    await writeFile(path.join(viewerBase, `${VIEWER_FOLDER_PREFIX}old`, 'x', 'scan.pdf'), SCAN);
    await writeFile(path.join(viewerBase, 'someone-elses.txt'), 'keep');
    expect(await createViewerCopies(viewerBase).removeStale()).toBe(1);
    expect(await readdir(viewerBase)).toEqual(['someone-elses.txt']);
  });

  it('a flipped byte is refused with a message, nothing handed to the viewer, the file left as it was', async () => {
    const { session, handlers } = await encryptedPlan();
    const attachment = await attachAndSave(handlers, session, 'passport.pdf', SCAN);
    const bytes = await readFile(vaultFile(attachment.storedName));
    bytes[bytes.length - 30]! ^= 0x01;
    await writeFile(vaultFile(attachment.storedName), bytes);
    expect(value(await handlers.openAttachment({ storedName: attachment.storedName }))).toEqual({ opened: false, problem: 'damaged' });
    expect(opened).toEqual([]);
    expect(await readFile(vaultFile(attachment.storedName))).toEqual(bytes);
    // An export refuses too, naming the file, and writes nothing.
    const exported = await handlers.exportWholePlan({});
    expect(exported).toMatchObject({ ok: false, error: { message: expect.stringContaining('encrypted copy of the attachment passport.pdf is damaged') } });
    expect(await readdir(exportsDir)).toEqual([]);
  });

  it('a passphrase change re-seals every vault file, the trash included; removing it leaves them plain and equal', async () => {
    const { session, handlers } = await encryptedPlan();
    const kept = await attachAndSave(handlers, session, 'passport.pdf', SCAN);
    const other = Buffer.from('DEGREE CERTIFICATE 2019 '.repeat(10));
    const removed = await attachAndSave(handlers, session, 'degree.jpg', other);
    // Dropped from the plan: the keeper moves it into the vault trash (a rename, the bytes stay sealed).
    const document = structuredClone(session.getDocument());
    document.checklists.checklists[0]!.items[0]!.attachments = document.checklists.checklists[0]!.items[0]!.attachments.filter((a) => a.id === kept.id);
    value(await handlers.savePlan({ document }));
    await session.flush();
    const trashed = path.join(dataDir, 'vault-trash', removed.storedName);
    expect(isEncryptedFile(await readFile(trashed))).toBe(true);

    const before = { kept: await readFile(vaultFile(kept.storedName)), trashed: await readFile(trashed) };
    expect(await session.setPassphrase('first pass', 'second pass')).toBeNull();
    const newKey = await unlockKey('second pass', await readFile(path.join(dataDir, 'plan.json')));
    if (!newKey.ok) throw new Error('expected the new key');
    for (const [file, plain, old] of [
      [vaultFile(kept.storedName), SCAN, before.kept],
      [trashed, other, before.trashed],
    ] as const) {
      const now = await readFile(file);
      expect(now).not.toEqual(old);
      expect(openSealed(newKey.value, now)).toEqual({ ok: true, value: plain });
    }
    // The file still opens for the viewer with the new key.
    expect(value(await handlers.openAttachment({ storedName: kept.storedName }))).toEqual({ opened: true });

    expect(await session.setPassphrase('second pass', null)).toBeNull();
    expect(await readFile(vaultFile(kept.storedName))).toEqual(SCAN);
    expect(await readFile(trashed)).toEqual(other);
  });

  it('turning encryption on seals attachments that were plain', async () => {
    const session = await openPlanSession({ dataDir, kdfCost: FAST });
    const handlers = createHandlers(session, platform, null, { viewerCopies: createViewerCopies(viewerBase) });
    const attachment = await attachAndSave(handlers, session, 'passport.pdf', SCAN);
    expect(await readFile(vaultFile(attachment.storedName))).toEqual(SCAN);
    expect(await session.setPassphrase(null, 'first pass')).toBeNull();
    const sealed = await readFile(vaultFile(attachment.storedName));
    expect(isEncryptedFile(sealed)).toBe(true);
    expect(sealed.includes(Buffer.from('PASSPORT'))).toBe(false);
  });

  it('disk full while re-sealing the vault leaves every file as it was and no temporary file', async () => {
    const { session, handlers } = await encryptedPlan();
    await attachAndSave(handlers, session, 'a.pdf', SCAN);
    await attachAndSave(handlers, session, 'b.pdf', Buffer.from('SECOND FILE '.repeat(20)));
    const before = await snapshotFolder(dataDir);
    const files = await planFilesIn(dataDir);
    // Two vault files, at least one backup, then plan.json last.
    expect(files.filter((file) => file.includes(`${path.sep}vault${path.sep}`))).toHaveLength(2);
    expect(path.basename(files.at(-1)!)).toBe('plan.json');
    const from = await unlockKey('first pass', await readFile(path.join(dataDir, 'plan.json')));
    if (!from.ok) throw new Error('expected the key');
    let writes = 0;
    const writeNew = async (target: string, bytes: Uint8Array) => {
      // The first vault file is staged, then the disk is full at the second.
      if (++writes === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      await writeFile(target, bytes, { flag: 'wx' });
    };
    await expect(reencryptFiles(files, createPlanCodec(from.value), null, writeNew)).rejects.toThrow(/ENOSPC/);
    expect(await snapshotFolder(dataDir)).toEqual(before);
  });
});

describe('export and import of an encrypted plan', () => {
  it('imported attachments are sealed; a re-import of the same file is not a conflict', async () => {
    const { session, handlers } = await encryptedPlan();
    await session.flush();
    const file = path.join(exportsDir, 'in.rplan');
    await writeFile(file, exportOf());
    nextPicked = [file];
    const preview = value(await handlers.previewImport({}));
    if (!preview.isChosen || preview.outcome !== 'ready') throw new Error('expected a ready preview');
    expect(value(await handlers.applyImport({ token: preview.token, isLargeRemovalConfirmed: true }))).toMatchObject({ outcome: 'applied' });
    for (const [name, bytes] of richAttachments()) {
      const onDisk = await readFile(vaultFile(name));
      expect(isEncryptedFile(onDisk), name).toBe(true);
      expect(session.openFromDisk(onDisk)).toEqual(Buffer.from(bytes));
    }
    // The same file again: the vault copies are compared as plain bytes, so they match.
    nextPicked = [file];
    const again = value(await handlers.previewImport({}));
    if (!again.isChosen || again.outcome !== 'ready') throw new Error('expected a ready preview');
    expect(value(await handlers.applyImport({ token: again.token, isLargeRemovalConfirmed: true }))).toMatchObject({ outcome: 'applied' });
  });

  it('exports plain attachment bytes with the manifest checksums of the plain bytes', async () => {
    const { session, handlers } = await encryptedPlan();
    const attachment = await attachAndSave(handlers, session, 'passport.pdf', SCAN);
    const { path: target } = value(await handlers.exportWholePlan({}));
    const entries = unzipSync(await readFile(target!));
    expect(Buffer.from(entries[`vault/${attachment.storedName}`]!)).toEqual(SCAN);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
    expect(manifest.attachments).toEqual([{ storedName: attachment.storedName, sizeBytes: SCAN.length, sha256: sha256(SCAN) }]);
    // And it reads back as a valid plan file.
    expect((await readImportFile(target!)).ok).toBe(true);
    expect(JSON.parse(new TextDecoder().decode(entries['plan.json'])).checklists).toEqual(session.getDocument().checklists);
  });
});

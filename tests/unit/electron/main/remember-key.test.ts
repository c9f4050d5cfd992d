import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';
import { makeTempDir } from '../storage/temp-dir';

/**
 * A fake of Electron's safeStorage: "sealing" wraps the text with a marker and reverses it, so a test can see
 * that what lands on disk is what safeStorage returned, never the key itself. The backend is steerable.
 */
const electron = vi.hoisted(() => {
  const state = { isAvailable: true, backend: 'gnome_libsecret' as string };
  const marker = 'SAFE:';
  return {
    state,
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => state.isAvailable),
      getSelectedStorageBackend: vi.fn(() => state.backend),
      encryptString: vi.fn((text: string) => Buffer.from(marker + [...text].reverse().join(''), 'utf8')),
      decryptString: vi.fn((sealed: Buffer) => {
        const text = sealed.toString('utf8');
        if (!text.startsWith(marker)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
        return [...text.slice(marker.length)].reverse().join('');
      }),
    },
  };
});
vi.mock('electron', () => ({ safeStorage: electron.safeStorage }));

const { createSafeStorageSealer } = await import('../../../../electron/main/safe-storage-sealer');
const { createRememberedKeys } = await import('../../../../electron/services/keychain/remembered-keys');
const { openPlanSession } = await import('../../../../electron/services/plans/plan-session');

const FAST = { logN: 10, r: 8, p: 1 };
const named = (displayName: string) => ({ ...createEmptyPlan(), profile: { ...createEmptyPlan().profile, displayName } });

let root: { dir: string; cleanup: () => Promise<void> };
let dataDir: string;
let keyFile: string;
beforeEach(async () => {
  root = await makeTempDir('remember-key');
  dataDir = path.join(root.dir, 'data');
  // This computer's app folder, apart from the data folder (which --data-dir may put on a USB stick).
  keyFile = path.join(root.dir, 'machine', 'remembered-keys.json');
  electron.state.isAvailable = true;
  electron.state.backend = 'gnome_libsecret';
  vi.clearAllMocks();
});
afterEach(() => root.cleanup());

const open = (platform: NodeJS.Platform = 'linux') =>
  openPlanSession({ dataDir, kdfCost: FAST, keychain: createRememberedKeys(keyFile, createSafeStorageSealer(platform)) });

async function encrypted(platform: NodeJS.Platform = 'linux') {
  const session = await open(platform);
  await session.save(named('Secret Wei'));
  expect(await session.setPassphrase(null, 'first pass')).toBeNull();
  return session;
}

describe('the safeStorage sealer', () => {
  it('is available with a real keyring, refused without encryption, and on Linux with the basic_text fallback', () => {
    expect(createSafeStorageSealer('linux').availability()).toBe('available');
    electron.state.backend = 'basic_text';
    expect(createSafeStorageSealer('linux').availability()).toBe('basic-text');
    // getSelectedStorageBackend is Linux-only; elsewhere it is not asked.
    electron.safeStorage.getSelectedStorageBackend.mockClear();
    expect(createSafeStorageSealer('darwin').availability()).toBe('available');
    expect(electron.safeStorage.getSelectedStorageBackend).not.toHaveBeenCalled();
    electron.state.isAvailable = false;
    expect(createSafeStorageSealer('win32').availability()).toBe('unavailable');
  });
});

describe('remember on this computer', () => {
  it('is off by default: a restart asks for the passphrase', async () => {
    const session = await encrypted();
    expect(session.lockState()).toMatchObject({ isRemembered: false, keychain: 'available' });
    const restarted = await open();
    expect(restarted.lockState()).toMatchObject({ isLocked: true, isRemembered: false });
  });

  it('keeps the derived key sealed by safeStorage outside the data folder, and opens at start without asking', async () => {
    const session = await encrypted();
    expect(await session.rememberKey(true)).toBeNull();
    expect(session.lockState().isRemembered).toBe(true);
    expect(electron.safeStorage.encryptString).toHaveBeenCalledTimes(1);
    const stored = JSON.parse(await readFile(keyFile, 'utf8'));
    const sealed = Buffer.from(stored.keys[path.resolve(dataDir)], 'base64').toString('utf8');
    // What is on disk is safeStorage's output (the marker), not the key or the passphrase in the clear.
    expect(sealed.startsWith('SAFE:')).toBe(true);
    const keyHex = [...sealed.slice('SAFE:'.length)].reverse().join('');
    expect(await readFile(keyFile, 'utf8')).not.toContain(keyHex);
    expect(await readFile(keyFile, 'utf8')).not.toContain('first pass');

    const restarted = await open();
    expect(restarted.lockState()).toMatchObject({ isEncrypted: true, isLocked: false, isRemembered: true });
    expect(restarted.getDocument().profile.displayName).toBe('Secret Wei');
    // Saves go on sealed with that key.
    await restarted.save(named('Secret Wei 2'));
    await restarted.flush();
    const again = await open();
    expect(again.getDocument().profile.displayName).toBe('Secret Wei 2');
    await again.flush();
  });

  it('is refused with a reason where safeStorage is unavailable or only basic_text, writing nothing', async () => {
    const session = await encrypted();
    electron.state.backend = 'basic_text';
    expect(session.lockState().keychain).toBe('basic-text');
    expect(await session.rememberKey(true)).toBe('keychain-basic-text');
    electron.state.isAvailable = false;
    expect(await session.rememberKey(true)).toBe('keychain-unavailable');
    await expect(readFile(keyFile)).rejects.toThrow(/ENOENT/);
    expect(electron.safeStorage.encryptString).not.toHaveBeenCalled();
    expect((await open()).lockState().isLocked).toBe(true);
  });

  it('is refused for a plan that is not encrypted', async () => {
    const session = await open();
    expect(await session.rememberKey(true)).toBe('not-encrypted');
  });

  it('is forgotten when the passphrase changes or is removed', async () => {
    const session = await encrypted();
    expect(await session.rememberKey(true)).toBeNull();
    expect(await session.setPassphrase('first pass', 'second pass')).toBeNull();
    expect(session.lockState().isRemembered).toBe(false);
    expect(JSON.parse(await readFile(keyFile, 'utf8')).keys).toEqual({});
    expect((await open()).lockState().isLocked).toBe(true);

    const reopened = await open();
    expect(await reopened.unlock('second pass')).toBeNull();
    expect(await reopened.rememberKey(true)).toBeNull();
    expect(await reopened.setPassphrase('second pass', null)).toBeNull();
    expect(JSON.parse(await readFile(keyFile, 'utf8')).keys).toEqual({});
  });

  it('turning it off forgets the key; a key that no longer matches the file is ignored and the person is asked', async () => {
    const session = await encrypted();
    expect(await session.rememberKey(true)).toBeNull();
    expect(await session.rememberKey(false)).toBeNull();
    expect((await open()).lockState().isLocked).toBe(true);

    // Remembered, then the passphrase is changed by another copy of the app (the kept key is now stale).
    expect(await session.rememberKey(true)).toBeNull();
    const stale = await readFile(keyFile);
    expect(await session.setPassphrase('first pass', 'second pass')).toBeNull();
    await writeFile(keyFile, stale);
    const restarted = await open();
    expect(restarted.lockState().isLocked).toBe(true);
    // A keychain that cannot open what it sealed (another user, a reset keyring) also just asks.
    expect(await restarted.unlock('second pass')).toBeNull();
    expect(await restarted.rememberKey(true)).toBeNull();
    electron.safeStorage.decryptString.mockImplementationOnce(() => {
      throw new Error('Error while decrypting');
    });
    expect((await open()).lockState().isLocked).toBe(true);
  });
});

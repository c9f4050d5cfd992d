import { safeStorage } from 'electron';
import type { KeySealer } from '../services/keychain/remembered-keys';

/**
 * Electron's safeStorage as the keychain: the macOS Keychain, Windows DPAPI, or on Linux the Secret Service
 * (GNOME Keyring, KWallet). On Linux without a keyring safeStorage falls back to 'basic_text', a fixed key
 * that protects nothing: that counts as no keychain at all. Call after the app is ready.
 */
export function createSafeStorageSealer(platform: NodeJS.Platform = process.platform): KeySealer {
  return {
    availability: () => {
      if (!safeStorage.isEncryptionAvailable()) return 'unavailable';
      if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return 'basic-text';
      return 'available';
    },
    seal: (text) => safeStorage.encryptString(text),
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed)),
  };
}

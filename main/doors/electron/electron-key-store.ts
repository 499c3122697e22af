import { safeStorage } from 'electron';
import type { OsKeyStore } from '../../vault/os-key-store';

/** Electron's safeStorage: DPAPI on Windows, the keychain on macOS, libsecret on Linux. */
export const electronKeyStore: OsKeyStore = {
  available: () => safeStorage.isEncryptionAvailable(),
  seal: (secret) => safeStorage.encryptString(secret.toString('base64')),
  open: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
};

/**
 * The operating system's key store (Electron safeStorage: DPAPI on Windows, the keychain elsewhere), which
 * lets the office PC open the data folder without a passphrase. Absent in browser mode and the CLI.
 */
export interface OsKeyStore {
  available(): boolean;
  seal(secret: Buffer): Buffer;
  open(sealed: Buffer): Buffer;
}

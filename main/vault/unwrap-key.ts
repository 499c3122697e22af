import { AppError } from '../services/app-error';
import { scryptKey } from './kdf';
import type { KeyFile } from './key-file';
import { unwrapKey } from './key-wrap';
import { normaliseRecoveryCode, recoveryKek } from './recovery-code';

export const PASSPHRASE_LABEL = 'muskel kunci data: frasa sandi';
export const RECOVERY_LABEL = 'muskel kunci data: kode pemulihan';

export type Unlock = { passphrase: string } | { recoveryCode: string };

/** The data key from a key file (a folder's, or a backup's), by the passphrase or the recovery code. */
export async function unwrapDataKey(file: KeyFile, secret: Unlock): Promise<Buffer> {
  if ('passphrase' in secret) {
    const { salt, N, r, p } = file.passphrase;
    const key = unwrapKey(file.passphrase, await scryptKey(secret.passphrase, Buffer.from(salt, 'base64'), { N, r, p }), PASSPHRASE_LABEL);
    if (!key) throw new AppError('INVALID_INPUT', 'Frasa sandi folder data salah. Data tidak diubah.', 'passphrase');
    return key;
  }
  const code = normaliseRecoveryCode(secret.recoveryCode);
  const key = code ? unwrapKey(file.recovery, recoveryKek(code, Buffer.from(file.recovery.salt, 'base64')), RECOVERY_LABEL) : null;
  if (!key) throw new AppError('INVALID_INPUT', 'Kode pemulihan salah. Periksa lagi kertas kode pemulihan; data tidak diubah.', 'recoveryCode');
  return key;
}

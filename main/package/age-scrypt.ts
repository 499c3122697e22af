import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { Stanza } from 'age-encryption';
import type { Identity, Recipient } from 'age-encryption';

/**
 * age's passphrase stanza (`-> scrypt SALT LOGN`, https://age-encryption.org/v1) with Node's native scrypt: the
 * library's JavaScript scrypt spends seconds on the work factor 2^18 that both use, each time a sealed key opens.
 */
const LABEL = 'age-encryption.org/v1/scrypt';
const LOG_N = 18;
/** As age-encryption itself: a file asking for more work than this is refused rather than run. */
const MAX_LOG_N = 20;
const NONCE = Buffer.alloc(12);
const TAG_BYTES = 16;

function wrappingKey(passphrase: string, salt: Buffer, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) => {
    scrypt(passphrase, Buffer.concat([Buffer.from(LABEL), salt]), 32, { N, r: 8, p: 1, maxmem: 256 * N * 8 }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

const unpadded = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');

export class ScryptRecipient implements Recipient {
  constructor(private readonly passphrase: string) {}

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    const salt = randomBytes(16);
    const cipher = createCipheriv('chacha20-poly1305', await wrappingKey(this.passphrase, salt, LOG_N), NONCE, { authTagLength: TAG_BYTES });
    const body = Buffer.concat([cipher.update(fileKey), cipher.final(), cipher.getAuthTag()]);
    return [new Stanza(['scrypt', unpadded(salt), String(LOG_N)], body)];
  }
}

export class ScryptIdentity implements Identity {
  constructor(private readonly passphrase: string) {}

  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    const stanza = stanzas.find((s) => s.args[0] === 'scrypt');
    if (!stanza) return null;
    if (stanzas.length !== 1) throw new Error('scrypt recipient is not the only one in the header');
    const [, saltText = '', logNText = ''] = stanza.args;
    const salt = Buffer.from(saltText, 'base64');
    if (stanza.args.length !== 3 || !/^[1-9][0-9]*$/.test(logNText) || salt.length !== 16 || unpadded(salt) !== saltText || stanza.body.length !== 32) {
      throw new Error('invalid scrypt stanza');
    }
    const logN = Number(logNText);
    if (logN > MAX_LOG_N) throw new Error('scrypt work factor is too high');
    const decipher = createDecipheriv('chacha20-poly1305', await wrappingKey(this.passphrase, salt, logN), NONCE, { authTagLength: TAG_BYTES });
    decipher.setAuthTag(stanza.body.subarray(16));
    try {
      return Buffer.concat([decipher.update(stanza.body.subarray(0, 16)), decipher.final()]);
    } catch {
      // Another passphrase: not this identity's file key.
      return null;
    }
  }
}

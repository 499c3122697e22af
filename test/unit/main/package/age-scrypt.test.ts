import { Decrypter, Encrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { ScryptIdentity, ScryptRecipient } from '../../../../main/package/age-scrypt';

const PASSPHRASE = 'frasa sandi kunci kelurahan';

async function sealWith(recipient: 'ours' | 'library', text: string): Promise<Uint8Array> {
  const sealer = new Encrypter();
  if (recipient === 'ours') sealer.addRecipient(new ScryptRecipient(PASSPHRASE));
  else sealer.setPassphrase(PASSPHRASE);
  return sealer.encrypt(text);
}

async function openWith(identity: 'ours' | 'library', sealed: Uint8Array, passphrase = PASSPHRASE): Promise<string> {
  const opener = new Decrypter();
  if (identity === 'ours') opener.addIdentity(new ScryptIdentity(passphrase));
  else opener.addPassphrase(passphrase);
  return opener.decrypt(sealed, 'text');
}

/** The header's stanza line, e.g. "-> scrypt SALT 18". */
const stanzaOf = (sealed: Uint8Array) => Buffer.from(sealed).toString('latin1').split('\n')[1] ?? '';

describe("age's passphrase stanza with Node's scrypt", () => {
  it('opens what the age library seals, and the library opens what it seals, at work factor 2^18', async () => {
    const ours = await sealWith('ours', 'AGE-SECRET-KEY-1UJI');
    expect(stanzaOf(ours)).toMatch(/^-> scrypt [A-Za-z0-9+/]{22} 18$/);
    expect(await openWith('library', ours)).toBe('AGE-SECRET-KEY-1UJI');
    expect(await openWith('ours', await sealWith('library', 'AGE-SECRET-KEY-1LAIN'))).toBe('AGE-SECRET-KEY-1LAIN');
  });

  it('opens nothing with another passphrase, and refuses a file asking for more work than 2^20', async () => {
    const sealed = await sealWith('ours', 'rahasia');
    await expect(openWith('ours', sealed, 'frasa sandi yang lain')).rejects.toThrow();
    const greedy = Buffer.from(Buffer.from(sealed).toString('latin1').replace(/( scrypt \S+) 18\n/, '$1 21\n'), 'latin1');
    await expect(openWith('ours', greedy)).rejects.toThrow(/work factor is too high/);
  });
});

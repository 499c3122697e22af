import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { Decrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';

/** age v1 with classic X25519 recipients (age-encryption by the age authors); encryption is in age-encrypt.ts. */
export const AGE_HEADER = 'age-encryption.org/v1\n';
export const AGE_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;
export const AGE_IDENTITY = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/;

function webStream(input: string | AsyncIterable<Buffer>): ReadableStream<Uint8Array> {
  return Readable.toWeb(typeof input === 'string' ? createReadStream(input, { highWaterMark: 1024 * 1024 }) : Readable.from(input, { objectMode: false }));
}

/** The plaintext of an age file (a path, or its bytes as they come) as it is decrypted, failing once more than `maxBytes` of it has come. */
export async function decryptedChunks(input: string | AsyncIterable<Buffer>, identities: readonly string[], maxBytes: number): Promise<AsyncIterable<Buffer>> {
  const decrypter = new Decrypter();
  for (const i of identities) decrypter.addIdentity(i);
  const plain = Readable.fromWeb(await decrypter.decrypt(webStream(input)));
  return (async function* limited() {
    let written = 0;
    for await (const chunk of plain as AsyncIterable<Buffer>) {
      written += chunk.length;
      if (written > maxBytes) throw new Error('plaintext too large');
      yield chunk;
    }
  })();
}

export async function newIdentity(): Promise<{ identity: string; recipient: string }> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

export function readIdentities(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => AGE_IDENTITY.test(l));
}

import { createReadStream, createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Decrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';

/** age v1 with classic X25519 recipients (age-encryption by the age authors); encryption is in age-encrypt.ts. */
export const AGE_HEADER = 'age-encryption.org/v1\n';
export const AGE_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;
export const AGE_IDENTITY = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/;

function webStream(path: string): ReadableStream<Uint8Array> {
  return Readable.toWeb(createReadStream(path, { highWaterMark: 1024 * 1024 }));
}

/** Decrypts to a file, stopping once `maxBytes` of plaintext is exceeded. */
export async function decryptFile(input: string, output: string, identities: readonly string[], maxBytes: number): Promise<void> {
  const decrypter = new Decrypter();
  for (const i of identities) decrypter.addIdentity(i);
  const plain = Readable.fromWeb(await decrypter.decrypt(webStream(input)));
  let written = 0;
  const limited = async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      written += chunk.length;
      if (written > maxBytes) throw new Error('plaintext too large');
      yield chunk;
    }
  };
  await pipeline(plain, limited, createWriteStream(output, { flags: 'wx' }));
}

export async function newIdentity(): Promise<{ identity: string; recipient: string }> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

export function readIdentities(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => AGE_IDENTITY.test(l));
}

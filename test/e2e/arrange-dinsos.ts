import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { InboxAddResult } from '../../shared/inbox/schema';
import { generateKeyPair, keyIdHex, publicKeyFile } from '../../main/package/minisign';
import { useTestKdfCost } from '../../main/vault/kdf';
import { DINSOS_OFFICE, DINSOS_PASSPHRASE, kelurahanPackage } from '../fixtures/inbox';
import type { KelurahanPackage } from '../fixtures/inbox';
import type { MemberInput } from '../../shared/household/schema';
import type { SettingsInput } from '../../shared/settings/schema';
import { OPERATOR } from './arrange';
import { api, startServer } from './server';
import type { RunningServer } from './server';

// The kelurahan folders whose packages the tests receive are made in the test process: cheap folder keys.
useTestKdfCost();

export { DINSOS_OFFICE, DINSOS_PASSPHRASE };

/** A Dinsos folder as its first-run setup and Pengaturan > Kunci leave it; answers the recipient it hands to kelurahan. */
export async function setUpDinsos(server: RunningServer): Promise<{ recipient: string; keyId: string }> {
  await api(server, 'session.setOperator', { name: OPERATOR });
  await api(server, 'office.saveDinsos', DINSOS_OFFICE);
  const key = await api(server, 'keys.generate', { passphrase: DINSOS_PASSPHRASE, replace: false });
  return { recipient: key.ownRecipient, keyId: key.keyId };
}

/** Kelurahan folders made for a test, each with a finished meeting exported to Dinsos; `cleanup` removes them all. */
export class KelurahanPackages {
  private readonly made: KelurahanPackage[] = [];

  async make(recipient: string, settings: Partial<SettingsInput> = {}, firstMember: Partial<MemberInput> = {}): Promise<KelurahanPackage> {
    const made = await kelurahanPackage(recipient, settings, firstMember);
    this.made.push(made);
    return made;
  }

  async cleanup(): Promise<void> {
    await Promise.all(this.made.map((p) => p.ctx.cleanup()));
    for (const p of this.made) rmSync(join(p.path, '..'), { recursive: true, force: true });
  }
}

/** Trusts a kelurahan's key as the officer would in Kunci Kelurahan. */
export async function trustKelurahan(server: RunningServer, pkg: KelurahanPackage, kelurahanCode: string): Promise<void> {
  await api(server, 'kelurahanKeys.trust', { kelurahanCode, publicKey: pkg.publicKey, replace: false });
}

const CHUNK = 4 * 1024 * 1024;

/** Adds packages to the Kotak Masuk through the API (uploads in 4 MB pieces, one job) and answers its result. */
export async function importPackages(server: RunningServer, paths: readonly string[]): Promise<InboxAddResult> {
  const uploads: { uploadId: string; fileName: string }[] = [];
  for (const path of paths) {
    const bytes = readFileSync(path);
    const { uploadId } = await api(server, 'uploads.begin', {});
    for (let offset = 0; offset < bytes.length; offset += CHUNK) {
      await api(server, 'uploads.append', { uploadId, chunkBase64: bytes.subarray(offset, offset + CHUNK).toString('base64') });
    }
    uploads.push({ uploadId, fileName: basename(path) });
  }
  let job = await api(server, 'inbox.start', { uploads, passphrase: DINSOS_PASSPHRASE, replace: false });
  while (job.result === null && job.error === null) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    job = await api(server, 'inbox.job', { id: job.id });
  }
  if (job.result === null) throw new Error(`inbox.start: ${job.error ?? ''}`);
  return job.result;
}

/** A fresh minisign public key as a .pub file (a kelurahan that made a new key), without a whole kelurahan folder. */
export function aPublicKeyFile(dir = mkdtempSync(join(tmpdir(), 'muskel-pub-'))): { path: string; text: string; keyId: string } {
  const key = generateKeyPair();
  const text = publicKeyFile(key);
  const keyId = keyIdHex(key.keyId);
  const path = join(dir, `kelurahan-${keyId}.pub`);
  writeFileSync(path, text);
  return { path, text, keyId };
}

/**
 * The kelurahan's own folder in browser mode, as its secretary opens it: the test process lets go of the folder first,
 * since one folder is opened by one program at a time. `cleanup` of KelurahanPackages still removes it.
 */
export async function serveKelurahan(pkg: KelurahanPackage): Promise<RunningServer> {
  await pkg.ctx.folder.close();
  const server = await startServer(pkg.ctx.dataDir);
  await api(server, 'session.setOperator', { name: 'Agus Salim' });
  return server;
}

/** Dinsos' public key as the .pub file it hands to every kelurahan (Pengaturan > Kunci, "Unduh kunci publik Dinsos"). */
export async function dinsosPublicKeyFile(server: RunningServer, dir: string): Promise<{ path: string; keyId: string }> {
  const key = await api(server, 'keys.info', {});
  if (!key) throw new Error('Dinsos has no key yet');
  const path = join(dir, `dinsos-${key.keyId}.pub`);
  writeFileSync(path, key.publicKey);
  return { path, keyId: key.keyId };
}

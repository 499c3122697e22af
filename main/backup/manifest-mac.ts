import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { BackupManifest } from '../../shared/backup/schema';

function subKey(dataKey: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), `muskel cadangan: ${purpose}`, 32));
}

/** JSON with keys sorted at every level, so the MAC does not depend on how the manifest was parsed. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Names a data key without revealing it: the same folder's backups share it. */
export function keyIdOf(dataKey: Buffer): string {
  return createHmac('sha256', subKey(dataKey, 'key id')).update('muskel').digest('hex').slice(0, 16);
}

export function manifestMac(dataKey: Buffer, manifest: Omit<BackupManifest, 'mac'>): string {
  return createHmac('sha256', subKey(dataKey, 'mac')).update(canonical(manifest)).digest('hex');
}

export function manifestMacValid(dataKey: Buffer, manifest: BackupManifest): boolean {
  const { mac, ...rest } = manifest;
  return timingSafeEqual(Buffer.from(manifestMac(dataKey, rest), 'hex'), Buffer.from(mac, 'hex'));
}

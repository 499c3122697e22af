import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/api/dispatch';
import { exportPackage } from '../../../../main/services/package-export';
import { keyInfo } from '../../../../main/services/keys';
import { tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';
import { JPEG, PASSPHRASE, readyToExport } from '../../../fixtures/package';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await tempContext();
});
afterEach(() => ctx.cleanup());

async function ok<T>(channel: Parameters<typeof dispatch>[1], input: unknown): Promise<T> {
  const result = await dispatch(ctx, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

const scratch = () => (existsSync(join(ctx.dataDir, 'sementara')) ? readdirSync(join(ctx.dataDir, 'sementara')) : []);

describe('a package uploaded in pieces for Periksa Paket', () => {
  it('is verified from the pieces, then removed from the data folder', async () => {
    const { meetingId, dinsos } = await readyToExport(ctx);
    const result = await exportPackage(ctx, { meetingId, outDir: ctx.dataDir, passphrase: PASSPHRASE, recipients: [], encrypt: true, acknowledgeUnencrypted: false });
    const bytes = readFileSync(result.path);
    const { uploadId } = await ok<{ uploadId: string }>('uploads.begin', {});
    const piece = Math.ceil(bytes.length / 5);
    for (let offset = 0; offset < bytes.length; offset += piece) {
      await ok('uploads.append', { uploadId, chunkBase64: bytes.subarray(offset, offset + piece).toString('base64') });
    }
    expect(scratch()).toHaveLength(1);
    const verdict = await ok<{ ok: boolean; bagName: string }>('packages.verify', { fileName: result.fileName, uploadId, identity: dinsos.identity, publicKeys: [keyInfo(ctx)?.publicKey ?? ''] });
    expect(verdict).toMatchObject({ ok: true, bagName: result.fileName.replace('.zip.age', '') });
    expect(scratch()).toEqual([]);
    const again = await dispatch(ctx, 'packages.verify', { fileName: result.fileName, uploadId, identity: dinsos.identity, publicKeys: [] });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  }, 60_000);

  it('keeps an unencrypted package sealed while it waits: nothing of it readable in the data folder, and it still verifies', async () => {
    const { meetingId } = await readyToExport(ctx);
    const result = await exportPackage(ctx, { meetingId, outDir: mkdtempSync(join(tmpdir(), 'muskel-plain-')), passphrase: PASSPHRASE, recipients: [], encrypt: false, acknowledgeUnencrypted: true });
    const bytes = readFileSync(result.path);
    // What an unencrypted package shows to anyone: its file names and the stored photo of the family's house.
    const visible = [Buffer.from('data/usulan.csv'), JPEG];
    expect(visible.every((needle) => bytes.includes(needle))).toBe(true);
    const { uploadId } = await ok<{ uploadId: string }>('uploads.begin', {});
    const piece = 100_000;
    for (let offset = 0; offset < bytes.length; offset += piece) {
      await ok('uploads.append', { uploadId, chunkBase64: bytes.subarray(offset, offset + piece).toString('base64') });
    }
    const waiting = readdirSync(join(ctx.dataDir, 'sementara'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(waiting).toHaveLength(1);
    const sealed = readFileSync(join(waiting[0]?.parentPath ?? '', waiting[0]?.name ?? ''));
    expect(sealed.length).toBeGreaterThan(100_000);
    expect(visible.filter((needle) => sealed.includes(needle))).toEqual([]);
    const verdict = await ok<{ ok: boolean }>('packages.verify', { fileName: result.fileName, uploadId, identity: '', publicKeys: [keyInfo(ctx)?.publicKey ?? ''] });
    expect(verdict.ok).toBe(true);
    rmSync(dirname(result.path), { recursive: true, force: true });
  }, 60_000);

  it('refuses a piece over 4 MB before reading it, and an unknown upload', async () => {
    const { uploadId } = await ok<{ uploadId: string }>('uploads.begin', {});
    const big = await dispatch(ctx, 'uploads.append', { uploadId, chunkBase64: Buffer.alloc(4 * 1024 * 1024 + 3).toString('base64') });
    expect(big).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('paling besar 4 MB') } });
    expect(await dispatch(ctx, 'uploads.append', { uploadId: 'bukan-id', chunkBase64: '' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('leaves nothing behind when the context closes with an upload unused', async () => {
    const { uploadId } = await ok<{ uploadId: string }>('uploads.begin', {});
    await ok('uploads.append', { uploadId, chunkBase64: Buffer.from('separuh paket').toString('base64') });
    expect(scratch()).toHaveLength(1);
    await ctx.uploads.discardAll();
    expect(scratch()).toEqual([]);
  });
});

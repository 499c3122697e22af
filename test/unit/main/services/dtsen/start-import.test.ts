import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startImport } from '../../../../../main/services/dtsen/start-import';
import { tempContext } from '../../../../fixtures/context';
import type { TestContext } from '../../../../fixtures/context';
import { aFamily, toCsv } from '../../../../fixtures/dtsen/extract';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await tempContext();
});
afterEach(() => ctx.cleanup());

function upload(text: string): string {
  const { uploadId } = ctx.uploads.begin(ctx.dataDir);
  ctx.uploads.append(uploadId, Buffer.from(text).toString('base64'));
  return uploadId;
}

const request = (dryRun: boolean) => ({ fileName: 'dtks.csv', mapping: {}, dryRun, skipInvalid: false });

describe('startImport', () => {
  it('checks an upload first and keeps it, then imports it and uses it up', async () => {
    const uploadId = upload(toCsv(aFamily()));
    const checked = startImport(ctx, uploadId, request(true));
    await ctx.imports.settleAll();
    expect(ctx.imports.status(checked.id)).toMatchObject({ step: 'Selesai', result: { dryRun: true, written: false, families: { new: 1 } } });

    const imported = startImport(ctx, uploadId, request(false));
    await ctx.imports.settleAll();
    expect(ctx.imports.status(imported.id)).toMatchObject({ step: 'Selesai', result: { written: true, families: { new: 1 } } });

    const again = startImport(ctx, uploadId, request(false));
    await ctx.imports.settleAll();
    expect(ctx.imports.status(again.id)).toMatchObject({ step: 'Gagal', result: null, cancelled: false, error: 'Unggahan tidak ditemukan atau sudah dipakai; pilih berkasnya lagi' });
  });
});

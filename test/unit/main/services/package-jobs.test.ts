import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOG_DIR_NAME, LOG_FILE_NAME } from '../../../../main/app/error-log';
import { AppError } from '../../../../main/services/app-error';
import { startExport } from '../../../../main/services/package-jobs';
import { tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';
import { PASSPHRASE, readyToExport } from '../../../fixtures/package';

let ctx: TestContext;
let meetingId: number;
beforeEach(async () => {
  ctx = await tempContext();
  ({ meetingId } = await readyToExport(ctx));
}, 60_000);
afterEach(() => ctx.cleanup());

const request = () => ({ meetingId, passphrase: PASSPHRASE, recipients: [], encrypt: true, acknowledgeUnencrypted: false });
const filesIn = (folder: string) => (existsSync(join(ctx.dataDir, folder)) ? readdirSync(join(ctx.dataDir, folder)) : []);

describe('export jobs', () => {
  it('report an unexpected failure in Indonesian with a code from the error log, not the English error', async () => {
    ctx.pdf = { render: () => Promise.reject(new Error('Target page crashed while printing 3573051705800001')), close: () => Promise.resolve() };
    const job = startExport(ctx, request());
    await vi.waitFor(() => expect(ctx.jobs.status(job.id).step).toBe('Gagal'), { timeout: 30_000 });
    const failed = ctx.jobs.status(job.id);
    expect(failed.error).toMatch(/^Terjadi kesalahan di dalam aplikasi\. .* Kode kesalahan: [0-9A-F]{8}\.$/);
    expect(failed.error).not.toContain('crashed');
    const code = /([0-9A-F]{8})\.$/.exec(failed.error ?? '')?.[1];
    const log = readFileSync(join(ctx.dataDir, LOG_DIR_NAME, LOG_FILE_NAME), 'utf8');
    expect(log).toContain(`"code":"${code ?? 'none'}"`);
    expect(log).toContain('"where":"packages.start"');
    expect(log).not.toContain('3573051705800001');
    expect(filesIn('kiriman')).toEqual([]);
  });

  it('cancelAll waits until a running export has cleaned up, so the database can close under no job', async () => {
    const job = startExport(ctx, request());
    expect(ctx.jobs.runningCount()).toBe(1);
    await ctx.jobs.cancelAll();
    expect(ctx.jobs.runningCount()).toBe(0);
    expect(ctx.jobs.status(job.id)).toMatchObject({ step: 'Dibatalkan', cancelled: true, result: null, error: expect.stringContaining('tidak ada berkas yang ditulis') });
    expect(filesIn('kiriman')).toEqual([]);
    expect(filesIn('sementara')).toEqual([]);
  });

  it('belong to the context that started them', async () => {
    const other = await tempContext();
    try {
      const job = startExport(ctx, request());
      expect(() => other.jobs.status(job.id)).toThrow(AppError);
      await vi.waitFor(() => expect(ctx.jobs.status(job.id).step).toBe('Selesai'), { timeout: 60_000 });
      expect(filesIn('kiriman')).toEqual([ctx.jobs.status(job.id).result?.fileName]);
    } finally {
      await other.cleanup();
    }
  }, 90_000);
});

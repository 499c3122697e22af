import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackup } from '../../../../main/backup/start-backup';
import { tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await tempContext();
});
afterEach(() => ctx.cleanup());

describe('startBackup', () => {
  it('says a chosen folder cannot take the backup in words the operator can act on, not as an internal error', async () => {
    const notAFolder = join(ctx.dataDir, 'bukan-folder.txt');
    writeFileSync(notAFolder, 'x');
    const job = startBackup(ctx, join(notAFolder, 'flashdisk'));
    await ctx.backups.settleAll();
    expect(ctx.backups.status(job.id)).toMatchObject({
      step: 'Gagal', cancelled: false, result: null,
      error: `Folder ${join(notAFolder, 'flashdisk')} tidak ada, bukan folder, atau tidak dapat ditulisi. Cadangan tidak dibuat.`,
    });
  });

  it('backs up into the data folder when no folder is chosen', async () => {
    const job = startBackup(ctx, undefined);
    await ctx.backups.settleAll();
    expect(ctx.backups.status(job.id)).toMatchObject({ step: 'Selesai', error: null, result: { kind: 'MANUAL', file: expect.stringContaining(join(ctx.dataDir, 'cadangan')) } });
  });
});

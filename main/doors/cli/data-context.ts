import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dataDirPath, prepareDataDir } from '../../app/data-dir';
import type { ServiceContext } from '../../services/context';
import { AppError } from '../../services/app-error';
import { internalErrorMessage } from '../../services/error-report';
import { DataFolder } from '../../vault/data-folder';
import { CliFailure } from './cli-command';
import { failureMessage } from './failure-message';
import { noFolderYet, passphraseAvailable, unlockFolder } from './unlock-folder';

/**
 * Opens and unlocks the data folder for one CLI command; changes are audited as MUSKEL_OPERATOR or the OS
 * user. A defect inside the command goes to the folder's error log and comes out as one line with its code.
 */
export async function withData<T>(dataDirFlag: string | undefined, run: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const dataDir = dataDirPath(dataDirFlag);
  // A mistyped --data-dir is refused without leaving an empty folder behind.
  if (!existsSync(dataDir) && !passphraseAvailable()) throw noFolderYet(dataDir);
  const folder = new DataFolder(prepareDataDir(dataDir), 'cli');
  try {
    await unlockFolder(folder);
    const ctx = folder.context();
    if (!ctx) throw new CliFailure('Gagal: folder data tidak terbuka.', 1);
    ctx.session.operator = process.env.MUSKEL_OPERATOR ?? `${userInfo().username} (baris perintah)`;
    return await run(ctx);
  } catch (error) {
    if (error instanceof AppError && error.code === 'DAMAGED') {
      throw new CliFailure(`Gagal: ${error.message} Lihat cadangan dengan "muskel backup list", pulihkan dengan "muskel backup restore BERKAS".`, 1);
    }
    if (error instanceof CliFailure || failureMessage(error) !== null) throw error;
    throw new CliFailure(`Gagal: ${internalErrorMessage(folder.errors.report(error, 'cli'))}`, 1);
  } finally {
    await folder.close();
  }
}

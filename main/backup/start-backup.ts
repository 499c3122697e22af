import type { BackupJob } from '../../shared/backup/schema';
import { AppError } from '../services/app-error';
import type { ServiceContext } from '../services/context';
import { backupDirOf } from './backup-folder';
import { writeBackup } from './write-backup';

/** A backup the operator starts, in the background with progress: into `folder` (a flash disk) when given, else the data folder's cadangan/. */
export function startBackup(ctx: ServiceContext, folder: string | undefined): BackupJob {
  return ctx.backups.start(ctx, 'backup.start', (report) =>
    writeBackup(ctx, folder ?? backupDirOf(ctx.dataDir), 'MANUAL', report).catch((error: unknown) => {
      throw backupRefusal(error, folder) ?? error;
    }),
  );
}

/** A chosen folder that cannot take the backup, or a full disk, is the operator's to fix: said as such, not as an internal error. */
function backupRefusal(error: unknown, folder: string | undefined): AppError | null {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (folder && ['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EROFS'].includes(code)) {
    return new AppError('INVALID_INPUT', `Folder ${folder} tidak ada, bukan folder, atau tidak dapat ditulisi. Cadangan tidak dibuat.`, 'folder');
  }
  if (code === 'ENOSPC') return new AppError('CONFLICT', 'Ruang penyimpanan penuh. Cadangan tidak dibuat; kosongkan ruang atau pilih folder lain.');
  return null;
}

import { startBackup } from '../backup/start-backup';
import { runDoctor } from '../services/doctor';
import type { Handlers } from './handler-types';

export const backupHandlers: Handlers<'backup.start' | 'backup.status' | 'doctor.run'> = {
  'backup.start': (ctx, input) => startBackup(ctx, input.folder),
  'backup.status': (ctx, input) => ctx.backups.status(input.id),
  'doctor.run': (ctx) => runDoctor(ctx),
};

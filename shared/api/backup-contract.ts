import { z } from 'zod';
import { BackupJobSchema } from '../backup/schema';
import { FolderPathSchema } from './common-schemas';

/** Backups of an open folder, with progress: into its own cadangan/ or any folder the operator names. */
export const backupContract = {
  'backup.start': { input: z.object({ folder: FolderPathSchema.optional() }), output: BackupJobSchema },
  'backup.status': { input: z.object({ id: z.string().max(64) }), output: BackupJobSchema },
  /** `muskel doctor`: the full checks, each problem on its own line. */
  'doctor.run': {
    input: z.object({}).strict(),
    output: z.object({ problems: z.array(z.string()), checked: z.object({ pages: z.boolean(), auditEntries: z.number().int(), evidenceFiles: z.number().int() }) }),
  },
} as const;

import { DinsosOfficeInputSchema, DinsosOfficeSchema, FolderRoleSchema } from '../office/schema';
import { Nothing } from './common-schemas';

/** What the folder serves (a kelurahan or a Dinsos) and the Dinsos office's own data. */
export const officeContract = {
  'office.role': { input: Nothing, output: FolderRoleSchema },
  'office.saveDinsos': { input: DinsosOfficeInputSchema, output: DinsosOfficeSchema },
} as const;

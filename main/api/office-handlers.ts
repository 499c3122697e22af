import type { officeContract } from '../../shared/api/office-contract';
import { folderRole, saveDinsosOffice } from '../services/office';
import type { Handlers } from './handler-types';

export const officeHandlers: Handlers<keyof typeof officeContract> = {
  'office.role': (ctx) => folderRole(ctx),
  'office.saveDinsos': (ctx, input) => saveDinsosOffice(ctx, input),
};

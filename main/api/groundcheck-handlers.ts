import type { groundcheckContract } from '../../shared/api/groundcheck-contract';
import { assignGroundcheck, listGroundcheck } from '../services/groundcheck/assignments';
import { groundcheckFormPdf } from '../services/groundcheck/form';
import { addGroundcheckPhoto, readGroundcheckPhoto } from '../services/groundcheck/photos';
import { recordGroundcheckResult } from '../services/groundcheck/results';
import type { Handlers } from './handler-types';

export const groundcheckHandlers: Handlers<keyof typeof groundcheckContract> = {
  'groundcheck.assign': (ctx, input) => assignGroundcheck(ctx, input),
  'groundcheck.list': (ctx, input) => listGroundcheck(ctx, input),
  'groundcheck.record': (ctx, input) => recordGroundcheckResult(ctx, input),
  'groundcheck.addPhoto': (ctx, input) => addGroundcheckPhoto(ctx, input),
  'groundcheck.photo': (ctx, input) => readGroundcheckPhoto(ctx, input.id),
  'groundcheck.formPdf': (ctx, input) => groundcheckFormPdf(ctx, input),
};

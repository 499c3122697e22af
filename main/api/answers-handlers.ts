import type { answersContract } from '../../shared/api/answers-contract';
import { buildAnswer } from '../services/answers/build-answer';
import { carryReturned } from '../services/answers/carry-returned';
import { dinsosKeyId, setDinsosPublicKey } from '../services/answers/dinsos-key';
import { setDinsosStatus } from '../services/answers/dinsos-status';
import { importAnswer } from '../services/answers/import-answer';
import { receivedAnswers } from '../services/answers/received-answers';
import { siksNgSheets } from '../services/answers/siks-ng-sheets';
import type { Handlers } from './handler-types';

export const answersHandlers: Handlers<keyof typeof answersContract> = {
  'cityProposals.setStatus': (ctx, input) => setDinsosStatus(ctx, input),
  'answers.build': (ctx, input) => buildAnswer(ctx, input),
  'answers.siksNg': (ctx) => siksNgSheets(ctx),
  'answers.dinsosKey': (ctx) => ({ keyId: dinsosKeyId(ctx) }),
  'answers.setDinsosKey': (ctx, input) => setDinsosPublicKey(ctx, input.publicKey),
  'answers.import': (ctx, input) => ctx.uploads.consume(input.uploadId, (source) => importAnswer(ctx, { source, fileName: input.fileName, passphrase: input.passphrase })),
  'answers.received': (ctx) => receivedAnswers(ctx),
  'answers.carry': (ctx, input) => carryReturned(ctx, input.fromMeetingId, input.toMeetingId),
};

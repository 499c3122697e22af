import type { ReceivedAnswer } from '../../../shared/answer/schema';
import { receivedAnswerFromDb } from '../../db/answer-mapping';
import { selectReceivedAnswers } from '../../db/answer-queries';
import type { ServiceContext } from '../context';
import { requireRole } from '../office';

/** The answers of Dinsos this kelurahan has opened, the latest first. */
export async function receivedAnswers(ctx: ServiceContext): Promise<ReceivedAnswer[]> {
  await requireRole(ctx, 'KELURAHAN');
  return selectReceivedAnswers(ctx.db).map(receivedAnswerFromDb);
}

import { ANSWER_BAG_NAME, AnswerPayloadSchema } from '../../shared/answer/schema';
import type { AnswerPayload } from '../../shared/answer/schema';
import type { Problem } from '../../shared/package/verdict-schema';
import type { BagView } from './bagit';
import { verifySignedBag } from './verify-signed-bag';
import type { SignedBagRequest, SignedBagVerdict, Signer } from './verify-signed-bag';

export const ANSWER_FILE = 'data/tanggapan.json';

async function checkAnswer(files: BagView, bag: string, signer: Signer, problems: Problem[]): Promise<AnswerPayload | null> {
  if (!files.files.has(ANSWER_FILE)) {
    problems.push({ code: 'PAYLOAD_JSON_MISSING', message: `${ANSWER_FILE} tidak ada` });
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse((await files.read(ANSWER_FILE)).toString('utf8')) as unknown;
  } catch {
    problems.push({ code: 'PAYLOAD_JSON_UNREADABLE', message: `${ANSWER_FILE} bukan JSON yang dapat dibaca` });
    return null;
  }
  const parsed = AnswerPayloadSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 10)) {
      problems.push({ code: 'PAYLOAD_JSON_SCHEMA', message: `${ANSWER_FILE} tidak sesuai skema di ${issue.path.join('.') || '(akar)'}: ${issue.message}` });
    }
    return null;
  }
  const answer = parsed.data;
  if (!bag.startsWith(`tanggapan-${answer.kelurahan.code}-`)) {
    problems.push({ code: 'PAYLOAD_KELURAHAN', message: `Kode kelurahan di ${ANSWER_FILE} (${answer.kelurahan.code}) tidak sama dengan nama berkas ${bag}` });
  }
  if (signer && signer.keyId !== answer.signerKeyId) {
    problems.push({ code: 'PAYLOAD_SIGNER', message: `${ANSWER_FILE} menyebut kunci ${answer.signerKeyId}, tanggapan ditandatangani kunci ${signer.keyId}` });
  }
  return answer;
}

export type AnswerVerdict = SignedBagVerdict<AnswerPayload>;

/** Dinsos' answer as a kelurahan checks it: the same bag, signature and encryption checks as a package. */
export function verifyAnswer(request: SignedBagRequest<AnswerPayload>): Promise<AnswerVerdict> {
  return verifySignedBag(request, { name: ANSWER_BAG_NAME, nameShape: 'tanggapan-<kode kelurahan>-<TTTTBBHH>-<nn>', payload: checkAnswer });
}

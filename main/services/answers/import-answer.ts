import type { AnswerImportResult, AnswerPayload } from '../../../shared/answer/schema';
import { formatTimestamp } from '../../../shared/format/date';
import { DINSOS_STATUSES } from '../../../shared/inbox/city-proposals';
import type { ProposalView } from '../../../shared/meeting/proposal-view';
import { insertAnswerReceived, selectDinsosKey, selectExportDigests, selectNewestAnswer, selectReceivedBySha, upsertProposalAnswer } from '../../db/answer-queries';
import { selectMeeting } from '../../db/meeting-queries';
import { writeTransaction } from '../../db/write-transaction';
import { verifyAnswer } from '../../package/verify-answer';
import { AppError } from '../app-error';
import { record, requireOperator } from '../audit';
import type { ServiceContext } from '../context';
import { sha256Of } from '../file-source';
import type { FileSource } from '../file-source';
import { ownIdentity } from '../keys';
import { listProposals } from '../proposals';
import { requireSettings } from '../settings';

export interface AnswerFile {
  source: FileSource;
  fileName: string;
  /** Opens the kelurahan's own age identity: the answer is encrypted to it. */
  passphrase: string;
}

/** Refused answers say every reason, as a refused package does. */
export class AnswerRefused extends AppError {
  declare readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super('INVALID_INPUT', `Berkas tanggapan Dinsos tidak dapat dibuka: ${problems.join('; ')}`, undefined, problems);
  }
}

/** The NIK the package gave for a proposal: the member it names, or the head of family. */
const nikOf = (p: ProposalView) => (p.memberId === null ? p.household.headNik : p.household.members.find((m) => m.id === p.memberId)?.nik ?? p.household.headNik);

/** Why a verified answer still does not belong here: another kelurahan, a meeting or package this office never had, an older answer. */
function belongingProblems(ctx: ServiceContext, answer: AnswerPayload, kelurahanCode: string, sha256: string): { problems: string[]; proposals: ProposalView[] } {
  if (answer.kelurahan.code !== kelurahanCode) return { problems: [`Tanggapan ini untuk Kelurahan ${answer.kelurahan.name} (${answer.kelurahan.code}), bukan kelurahan ini (${kelurahanCode})`], proposals: [] };
  const meeting = selectMeeting(ctx.db, answer.meeting.id);
  if (!meeting || meeting.date !== answer.meeting.date || meeting.letter_number !== answer.meeting.letterNumber) {
    return { problems: [`Musyawarah ${answer.meeting.date} nomor ${answer.meeting.letterNumber} tidak ada di folder ini`], proposals: [] };
  }
  const problems: string[] = [];
  if (!selectExportDigests(ctx.db, meeting.id).includes(answer.packageSha256)) problems.push('Tanggapan ini tidak menjawab paket yang pernah dikirim dari folder ini (sidik paket tidak dikenal)');
  const same = selectReceivedBySha(ctx.db, sha256);
  if (same) problems.push(`Tanggapan ini sudah dibuka pada ${formatTimestamp(same.imported_at)} oleh ${same.imported_by}`);
  const newest = selectNewestAnswer(ctx.db, meeting.id);
  if (!same && newest && newest.issued_at >= answer.issuedAt) {
    problems.push(`Sudah ada tanggapan yang lebih baru untuk musyawarah ini (dibuat ${formatTimestamp(newest.issued_at)}); tanggapan lama tidak dapat menimpanya`);
  }
  const proposals = listProposals(ctx, meeting.id);
  if (proposals.length !== answer.proposals.length) problems.push(`Tanggapan memuat ${answer.proposals.length} usulan, musyawarah ini ${proposals.length}`);
  for (const a of answer.proposals) {
    const p = proposals[a.no - 1];
    if (!p || nikOf(p) !== a.nik) problems.push(`Usulan nomor ${a.no} dalam tanggapan tidak cocok dengan usulan nomor ${a.no} musyawarah ini`);
  }
  return { problems, proposals };
}

/**
 * Opens Dinsos' answer: signed by the Dinsos key stored in Pengaturan, encrypted to this kelurahan, about a
 * meeting and a package of this folder, newer than any answer opened before. Every proposal then shows Dinsos'
 * status, and each household's history records it.
 */
export async function importAnswer(ctx: ServiceContext, file: AnswerFile): Promise<AnswerImportResult> {
  const settings = await requireSettings(ctx);
  const operator = requireOperator(ctx);
  const dinsosKey = selectDinsosKey(ctx.db);
  if (!dinsosKey) throw new AppError('NOT_CONFIGURED', 'Kunci publik Dinsos belum disimpan. Simpan berkas .pub dari Dinsos di Pengaturan > Kunci.');
  const identity = await ownIdentity(ctx, file.passphrase);
  const sha256 = await sha256Of(file.source);
  const verdict = await verifyAnswer({ source: file.source, fileName: file.fileName, identities: [identity], publicKeys: [dinsosKey.public_key] });
  if (!verdict.ok || !verdict.payload) throw new AnswerRefused(verdict.problems.map((p) => p.message));
  const answer = verdict.payload;
  return writeTransaction(ctx.db, () => {
    const { problems, proposals } = belongingProblems(ctx, answer, settings.kelurahanCode, sha256);
    if (problems.length > 0) throw new AnswerRefused(problems);
    const now = ctx.now().toISOString();
    const answerId = insertAnswerReceived(ctx.db, { sha256, file_name: file.fileName, meeting_id: answer.meeting.id, issued_at: answer.issuedAt, imported_at: now, imported_by: operator });
    const statuses: Record<string, number> = {};
    for (const a of answer.proposals) {
      const p = proposals[a.no - 1];
      if (!p) continue;
      upsertProposalAnswer(ctx.db, p.id, answerId, a.status, a.note);
      statuses[a.status] = (statuses[a.status] ?? 0) + 1;
      if (p.dinsos?.status === a.status && p.dinsos.note === a.note) continue;
      record(ctx, {
        action: 'STATUS', entity: 'USULAN', entityId: p.id, meetingId: answer.meeting.id, householdId: p.householdId,
        before: p.dinsos ? { tanggapanDinsos: DINSOS_STATUSES.labels[p.dinsos.status] } : undefined,
        after: { tanggapanDinsos: DINSOS_STATUSES.labels[a.status], catatan: a.note },
      });
    }
    record(ctx, { action: 'BUAT', entity: 'TANGGAPAN', entityId: answerId, meetingId: answer.meeting.id, after: { berkas: file.fileName, sha256, dibuat: answer.issuedAt } });
    return { meetingId: answer.meeting.id, meetingDate: answer.meeting.date, letterNumber: answer.meeting.letterNumber, proposals: answer.proposals.length, statuses };
  });
}

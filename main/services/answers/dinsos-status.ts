import type { SetStatusInput } from '../../../shared/answer/schema';
import { formatLongDate } from '../../../shared/format/date';
import { DINSOS_STATUSES } from '../../../shared/inbox/city-proposals';
import type { DinsosStatus } from '../../../shared/inbox/city-proposals';
import { updateDinsosStatus } from '../../db/answer-queries';
import { selectCityProposal } from '../../db/city-proposal-queries';
import { writeTransaction } from '../../db/write-transaction';
import { AppError } from '../app-error';
import { record } from '../audit';
import type { ServiceContext } from '../context';
import { requireDinsosOffice } from '../office';

const label = (status: string | null): string | null => (status === null ? null : DINSOS_STATUSES.labels[status as DinsosStatus]);

/**
 * Dinsos' answer on proposals of the city register; it goes to the kelurahan with the next answer package. Each
 * proposal gets its own audit entry naming its kelurahan, meeting and number (never the resident).
 */
export async function setDinsosStatus(ctx: ServiceContext, input: SetStatusInput): Promise<{ updated: number }> {
  await requireDinsosOffice(ctx);
  if (input.status === 'DIKEMBALIKAN' && input.note.trim().length < 5) throw new AppError('INVALID_INPUT', 'Usulan yang dikembalikan wajib disertai alasan', 'note');
  return writeTransaction(ctx.db, () => {
    const ids = [...new Set(input.ids)];
    const proposals = ids.flatMap((id) => selectCityProposal(ctx.db, id) ?? []);
    if (proposals.length !== ids.length) throw new AppError('NOT_FOUND', 'Sebagian usulan yang dipilih tidak ada di daftar usulan kota', 'ids');
    const updated = updateDinsosStatus(ctx.db, ids, input.status, input.note);
    for (const p of proposals) {
      record(ctx, {
        action: 'STATUS', entity: 'USULAN', entityId: p.id,
        before: { tanggapanDinsos: label(p.dinsos_status), catatan: p.dinsos_note },
        after: { usulan: `Kelurahan ${p.kelurahan_name}, musyawarah ${formatLongDate(p.meeting_date)}, nomor ${p.no}`, tanggapanDinsos: label(input.status), catatan: input.note },
      });
    }
    return { updated };
  });
}

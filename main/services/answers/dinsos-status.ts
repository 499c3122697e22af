import type { SetStatusInput } from '../../../shared/answer/schema';
import { updateDinsosStatus } from '../../db/answer-queries';
import { writeTransaction } from '../../db/write-transaction';
import { AppError } from '../app-error';
import { record } from '../audit';
import type { ServiceContext } from '../context';
import { requireDinsosOffice } from '../office';

/** Dinsos' answer on proposals of the city register, audited; it goes to the kelurahan with the next answer package. */
export async function setDinsosStatus(ctx: ServiceContext, input: SetStatusInput): Promise<{ updated: number }> {
  await requireDinsosOffice(ctx);
  if (input.status === 'DIKEMBALIKAN' && input.note.trim().length < 5) throw new AppError('INVALID_INPUT', 'Usulan yang dikembalikan wajib disertai alasan', 'note');
  return writeTransaction(ctx.db, () => {
    const updated = updateDinsosStatus(ctx.db, input.ids, input.status, input.note);
    if (updated !== new Set(input.ids).size) throw new AppError('NOT_FOUND', 'Sebagian usulan yang dipilih tidak ada di daftar usulan kota', 'ids');
    record(ctx, { action: 'STATUS', entity: 'USULAN', entityId: null, after: { usulanKota: input.ids, status: input.status, catatan: input.note } });
    return { updated };
  });
}

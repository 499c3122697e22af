import { useState } from 'react';
import { formatCount } from '../../../shared/format/date';
import { DINSOS_STATUSES } from '../../../shared/inbox/city-proposals';
import type { DinsosStatus } from '../../../shared/inbox/city-proposals';
import { Modal } from '../ui/Modal';
import { StatusForm } from './StatusForm';

interface StatusDialogProps {
  ids: readonly number[];
  onClose: (changed: boolean) => void;
}

/** Tanggapi: one status and note for every proposal chosen in the list. */
export function StatusDialog({ ids, onClose }: StatusDialogProps) {
  const [done, setDone] = useState<{ status: DinsosStatus; updated: number } | null>(null);
  return (
    <Modal id="status-title" title={`Tanggapi ${formatCount(ids.length)} usulan`} className="status-dialog" onClose={() => onClose(done !== null)}>
      {done ? (
        <>
          <p className="banner banner-ok" role="status">
            {formatCount(done.updated)} usulan kini berstatus {DINSOS_STATUSES.labels[done.status]}. Status ini dikirim ke kelurahan bersama tanggapan berikutnya.
          </p>
          <div className="actions">
            <button type="button" autoFocus onClick={() => onClose(true)}>Tutup</button>
          </div>
        </>
      ) : (
        <>
          <p className="muted">Status dan catatan yang sama berlaku untuk semua usulan yang dipilih; status sebelumnya diganti dan dicatat di catatan audit.</p>
          <StatusForm idPrefix="bulk" ids={ids} initial={{ status: null, note: '' }} submitLabel="Simpan tanggapan" onSaved={(status, updated) => setDone({ status, updated })} onCancel={() => onClose(false)} />
        </>
      )}
    </Modal>
  );
}

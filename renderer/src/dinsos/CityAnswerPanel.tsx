import { useState } from 'react';
import { DINSOS_STATUSES } from '../../../shared/inbox/city-proposals';
import type { CityProposalDetail } from '../../../shared/inbox/city-proposals';
import { StatusForm } from './StatusForm';

/** Dinsos' answer on the proposal opened: what it is now, and setting another. */
export function CityAnswerPanel({ proposal, onAnswered }: { proposal: CityProposalDetail; onAnswered: () => void }) {
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <section className="city-answer" aria-labelledby="city-answer-title">
      <h3 id="city-answer-title">Tanggapan Dinsos</h3>
      {saved ? <p className="banner banner-ok" role="status">{saved}</p> : null}
      <StatusForm
        key={`${proposal.id}-${proposal.dinsosStatus ?? ''}-${proposal.dinsosNote}`}
        idPrefix="detail"
        ids={[proposal.id]}
        initial={{ status: proposal.dinsosStatus, note: proposal.dinsosNote }}
        submitLabel="Simpan tanggapan"
        onSaved={(status) => {
          setSaved(`Tanggapan disimpan: ${DINSOS_STATUSES.labels[status]}. Kelurahan menerimanya bersama tanggapan berikutnya.`);
          onAnswered();
        }}
      />
    </section>
  );
}

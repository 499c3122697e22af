import { useState } from 'react';
import { formatRtRw } from '../../../../shared/format/address';
import { formatLongDate } from '../../../../shared/format/date';
import { CHECK_FOCUS } from '../../../../shared/groundcheck/form-html';
import type { GroundcheckItem } from '../../../../shared/groundcheck/schema';
import { DINSOS_STATUSES } from '../../../../shared/inbox/city-proposals';
import { PROPOSAL_KINDS } from '../../../../shared/meeting/options';
import { Modal } from '../../ui/Modal';
import { DinsosStatusBadge } from '../CityBadges';
import { PhotoCard } from './PhotoCard';
import { PhotoUpload } from './PhotoUpload';
import { ResultForm } from './ResultForm';

interface ResultDialogProps {
  initial: GroundcheckItem;
  onClose: (changed: boolean) => void;
}

/** One family's visit: whom and what to check, the result to record, and the photos taken there. */
export function ResultDialog({ initial, onClose }: ResultDialogProps) {
  const [item, setItem] = useState(initial);
  const [recorded, setRecorded] = useState(false);
  const changed = item !== initial;
  const { proposal: p, assignment } = item;

  return (
    <Modal id="gc-result-title" title={`Groundcheck: ${p.name}`} wide className="gc-dialog" onClose={() => onClose(changed)}>
      <p className="muted detail-sub">
        Kelurahan {p.kelurahanName} · musyawarah {formatLongDate(p.meetingDate)} · usulan nomor {p.no} · NIK <span className="mono">{p.nik}</span>
        <br />
        {p.address}, RT/RW {formatRtRw(p.rt, p.rw)} · {PROPOSAL_KINDS.labels[p.kind]}
        {assignment ? <> · ditugaskan kepada {assignment.officer} untuk {formatLongDate(assignment.plannedDate)}</> : null}
      </p>
      <p className="gc-focus"><strong>Yang diperiksa:</strong> {CHECK_FOCUS[p.kind]}</p>
      {p.reason ? <p className="gc-focus"><strong>Alasan usulan:</strong> {p.reason}</p> : null}
      <p className="gc-status">
        Status Dinsos: <DinsosStatusBadge status={p.dinsosStatus} /> {item.dinsosNote ? <span className="muted">{item.dinsosNote}</span> : null}
      </p>
      {recorded && p.dinsosStatus ? (
        <p className="banner banner-ok" role="status">
          Hasil groundcheck disimpan. Status usulan di Usulan Kota kini {DINSOS_STATUSES.labels[p.dinsosStatus]}.
        </p>
      ) : null}
      <ResultForm
        item={item}
        onRecorded={(next) => {
          setItem(next);
          setRecorded(true);
        }}
      />
      <section aria-labelledby="gc-photos-title">
        <h3 id="gc-photos-title">Foto kunjungan ({item.photos.length})</h3>
        {item.photos.length > 0 ? (
          <div className="gc-photos">
            {item.photos.map((photo) => (
              <PhotoCard key={photo.id} photo={photo} />
            ))}
          </div>
        ) : (
          <p className="muted">Belum ada foto.</p>
        )}
        <PhotoUpload
          proposalId={p.id}
          onAdded={(photo) => setItem((now) => ({ ...now, photos: now.photos.some((x) => x.id === photo.id) ? now.photos : [...now.photos, photo] }))}
        />
      </section>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => onClose(changed)}>Tutup</button>
      </div>
    </Modal>
  );
}

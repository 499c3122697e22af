import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { formatRtRw } from '../../../shared/format/address';
import { formatLongDate } from '../../../shared/format/date';
import type { CityProposalDetail as Detail } from '../../../shared/inbox/city-proposals';
import { CROSS_CHECKS } from '../../../shared/inbox/city-proposals';
import { DEACTIVATION_REASONS, PROPOSAL_KINDS, PROPOSAL_SOURCES } from '../../../shared/meeting/options';
import { call } from '../api/client';
import { hrefFor } from '../app/route';
import { HistoryPanel } from '../audit/HistoryPanel';
import { failureOf, useLoad } from '../app/useLoad';
import { DecisionBadge } from '../meetings/StatusBadge';
import { DesilBadge } from '../ui/Badges';
import { ErrorBanner } from '../ui/ErrorBanner';
import { DeadlineBadge, DinsosStatusBadge, ProposalProgramChips } from './CityBadges';
import { CityAnswerPanel } from './CityAnswerPanel';
import { CityEvidenceThumb } from './CityEvidenceThumb';
import { labelOf } from './label-of';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function DetailBody({ p }: { p: Detail }) {
  return (
    <>
      <p className="muted detail-sub">
        Kelurahan {p.kelurahanName} · musyawarah {formatLongDate(p.meetingDate)} · usulan nomor {p.no}
        <br />
        Surat <span className="mono">{p.letterNumber}</span> · berkas <span className="mono">{p.fileName}</span>
      </p>
      <dl className="facts">
        <Fact label="NIK"><span className="mono">{p.nik}</span></Fact>
        <Fact label="No. KK"><span className="mono">{p.noKk}</span></Fact>
        <Fact label="Alamat">{p.address}, RT/RW {formatRtRw(p.rt, p.rw)}</Fact>
        <Fact label="Desil"><DesilBadge desil={p.desil} /></Fact>
        <Fact label="Jenis usulan">{PROPOSAL_KINDS.labels[p.kind]}</Fact>
        <Fact label="Program diusulkan">{p.programs.length > 0 ? <ProposalProgramChips programs={p.programs} /> : '–'}</Fact>
        <Fact label="Program saat ini">{p.currentPrograms.length > 0 ? p.currentPrograms.join(', ') : '–'}</Fact>
        <Fact label="Sumber usulan">{labelOf(PROPOSAL_SOURCES.labels, p.source)}</Fact>
        {p.deactivationReason ? <Fact label="Alasan penonaktifan">{labelOf(DEACTIVATION_REASONS.labels, p.deactivationReason)}</Fact> : null}
        <Fact label="Keputusan musyawarah"><DecisionBadge decision={p.decision} groundcheck={p.groundcheck} /></Fact>
        <Fact label="Status Dinsos"><DinsosStatusBadge status={p.dinsosStatus} /></Fact>
        {p.deadline ? <Fact label="Batas verifikasi sanggahan"><DeadlineBadge deadline={p.deadline} /></Fact> : null}
      </dl>
      <h3>Alasan usulan</h3>
      <p>{p.reason || '–'}</p>
      {p.note ? (
        <>
          <h3>Catatan musyawarah</h3>
          <p>{p.note}</p>
        </>
      ) : null}
      {p.dinsosNote ? (
        <>
          <h3>Catatan Dinsos</h3>
          <p>{p.dinsosNote}</p>
        </>
      ) : null}
      {p.crossChecks.length > 0 ? (
        <>
          <h3>Temuan lintas kelurahan</h3>
          <ul className="findings" aria-label="Temuan lintas kelurahan">
            {p.crossChecks.map((c) => (
              <li key={`${c.code}-${c.otherProposalId}`}>
                <strong>{CROSS_CHECKS.labels[c.code]}.</strong> {c.message}.{' '}
                <a href={hrefFor({ page: 'city-proposals', id: c.otherProposalId })}>Buka usulan lain</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Lampiran</h3>
      {p.evidence.length > 0 ? (
        <div className="thumbs">
          {p.evidence.map((e) => (
            <CityEvidenceThumb key={e.id} evidence={e} />
          ))}
        </div>
      ) : (
        <p className="muted">Tidak ada lampiran dalam paket.</p>
      )}
    </>
  );
}

interface CityProposalDetailProps {
  id: number;
  onClose: () => void;
  /** Dinsos set its answer here: the list behind shows it too. */
  onAnswered: () => void;
}

/**
 * One proposal of the city register opened over the list, with Dinsos' answer to set; a finding's link opens the
 * other proposal in its place.
 */
export function CityProposalDetail({ id, onClose, onAnswered }: CityProposalDetailProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [detail, reload] = useLoad(() => call('cityProposals.get', { id }), String(id));
  const [answers, setAnswers] = useState(0);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const p = detail.state === 'ready' ? detail.value : null;
  return (
    <dialog ref={ref} className="dialog dialog-wide city-detail" aria-labelledby="city-detail-title" onCancel={onClose}>
      <h2 id="city-detail-title">{p ? p.name : 'Usulan'}</h2>
      <ErrorBanner message={failureOf(detail)} />
      {p ? <DetailBody p={p} /> : detail.state === 'loading' ? <p className="muted">Memuat…</p> : null}
      {p ? (
        <CityAnswerPanel
          key={p.id}
          proposal={p}
          onAnswered={() => {
            reload();
            setAnswers((n) => n + 1);
            onAnswered();
          }}
        />
      ) : null}
      {p ? (
        <section className="city-history" aria-label="Riwayat usulan">
          <h3>Riwayat</h3>
          <HistoryPanel key={`${p.id}-${answers}`} scope={{ cityProposalId: p.id }} />
        </section>
      ) : null}
      <div className="actions">
        <button type="button" className="secondary" autoFocus onClick={onClose}>Tutup</button>
      </div>
    </dialog>
  );
}

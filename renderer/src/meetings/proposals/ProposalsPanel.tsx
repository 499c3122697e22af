import { useState } from 'react';
import { formatRtRw } from '../../../../shared/format/address';
import { PROPOSAL_KIND_SHORT, PROPOSAL_PROGRAMS } from '../../../../shared/meeting/options';
import type { ProposalView } from '../../../../shared/meeting/proposal-view';
import { call } from '../../api/client';
import { CarryNotice } from '../../answers/CarryNotice';
import { DinsosAnswerLine } from '../../answers/DinsosAnswerLine';
import { failureOf, useLoad } from '../../app/useLoad';
import { DesilBadge } from '../../ui/Badges';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useBusyAction } from '../../ui/useBusyAction';
import { DecisionBadge } from '../StatusBadge';
import { EvidencePanel } from './EvidencePanel';
import { HintList } from './HintList';
import { ProposalForm } from './ProposalForm';

interface ProposalsPanelProps {
  meetingId: number;
  locked: boolean;
  kelurahanCode: string;
  onChanged: () => void;
}

type Editing = { mode: 'new' } | { mode: 'edit'; proposal: ProposalView } | null;

export function ProposalsPanel({ meetingId, locked, kelurahanCode, onChanged }: ProposalsPanelProps) {
  const [proposals, reload] = useLoad(() => call('proposals.list', { meetingId }), String(meetingId));
  const [editing, setEditing] = useState<Editing>(null);
  const [open, setOpen] = useState<number | null>(null);
  const { failure, act } = useBusyAction();

  const changed = () => {
    reload();
    onChanged();
  };

  if (editing) {
    return (
      <ProposalForm
        meetingId={meetingId}
        kelurahanCode={kelurahanCode}
        existing={editing.mode === 'edit' ? editing.proposal : null}
        onDone={() => {
          setEditing(null);
          changed();
        }}
        onCancel={() => setEditing(null)}
      />
    );
  }

  const list = proposals.state === 'ready' ? proposals.value : [];
  return (
    <div className="panel">
      <ErrorBanner message={failure ?? failureOf(proposals)} />
      {locked ? <CarryNotice meetingId={meetingId} proposals={list} /> : null}
      {locked ? null : (
        <div className="actions start">
          <button type="button" onClick={() => setEditing({ mode: 'new' })}>+ Tambah usulan</button>
        </div>
      )}
      <ol className="proposal-list" aria-label="Daftar usulan">
        {list.map((p, i) => (
          <li key={p.id} className="proposal-item" data-testid={`proposal-${i}`}>
            <div className="proposal-row">
              <span className="proposal-no">{i + 1}</span>
              <div className="proposal-main">
                <strong>{p.household.headName}</strong> <span className="muted mono">KK {p.household.noKk}</span>
                <div className="muted">
                  {p.household.address}, RT/RW {formatRtRw(p.household.rt, p.household.rw)} · {PROPOSAL_KIND_SHORT[p.kind]}
                  {p.programs.length > 0 ? ` · ${p.programs.map((c) => PROPOSAL_PROGRAMS.labels[c].replace(' (BPNT)', '')).join(', ')}` : ''}
                </div>
                <HintList hints={p.hints} compact />
                <DinsosAnswerLine answer={p.dinsos} />
              </div>
              <DesilBadge desil={p.household.desil} />
              <DecisionBadge decision={p.decision} groundcheck={p.groundcheck} />
              <div className="row-actions">
                <button type="button" className="link" onClick={() => setOpen(open === p.id ? null : p.id)} aria-expanded={open === p.id}>
                  {open === p.id ? 'Tutup' : `Rincian${p.evidence.length ? ` (${p.evidence.length} lampiran)` : ''}`}
                </button>
                {locked ? null : (
                  <>
                    <button type="button" className="link" onClick={() => setEditing({ mode: 'edit', proposal: p })}>Ubah</button>
                    <button
                      type="button"
                      className="link danger-text"
                      onClick={() =>
                        void act(async () => {
                          await call('proposals.delete', { id: p.id });
                          changed();
                        })
                      }
                    >
                      Hapus
                    </button>
                  </>
                )}
              </div>
            </div>
            {open === p.id ? (
              <div className="proposal-detail">
                <p><strong>Alasan usulan:</strong> {p.reason}</p>
                {p.decisionNote ? <p><strong>Catatan keputusan:</strong> {p.decisionNote}</p> : null}
                <EvidencePanel proposal={p} locked={locked} onChanged={changed} />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {proposals.state === 'ready' && list.length === 0 ? <p className="empty card">Belum ada usulan untuk musyawarah ini.</p> : null}
    </div>
  );
}

import { ageOn } from '../../../../shared/format/date';
import { formatRtRw } from '../../../../shared/format/address';
import { PROGRAMS, RELATIONSHIPS } from '../../../../shared/household/options';
import { PROPOSAL_KIND_SHORT, PROPOSAL_PROGRAMS } from '../../../../shared/meeting/options';
import type { ProposalView } from '../../../../shared/meeting/proposal-view';
import { DesilBadge } from '../../ui/Badges';
import { EvidenceThumb } from '../proposals/EvidencePanel';
import { HintList } from '../proposals/HintList';

interface HouseholdCardProps {
  proposal: ProposalView;
  /** 1-based place of the proposal in the meeting. */
  position: number;
  total: number;
  /** Ages are given as of the meeting day. */
  meetingDate: string;
}

/** The proposed family as the meeting sees it on the projector: who they are, what is asked and why. */
export function HouseholdCard({ proposal, position, total, meetingDate }: HouseholdCardProps) {
  const { household } = proposal;
  return (
    <section className="mode-household">
      <p className="mode-kicker">
        Usulan {position} dari {total} · <strong>{PROPOSAL_KIND_SHORT[proposal.kind]}</strong>
        {proposal.programs.length > 0 ? ` · ${proposal.programs.map((p) => PROPOSAL_PROGRAMS.labels[p].replace(' (BPNT)', '')).join(', ')}` : ''}
      </p>
      <h1 className="mode-name" data-testid="mode-name">{household.headName}</h1>
      <p className="mode-address">{household.address} · RT/RW {formatRtRw(household.rt, household.rw)}</p>
      <div className="mode-facts">
        <span className="mode-desil">Desil <DesilBadge desil={household.desil} /></span>
        <span>Bantuan saat ini: {household.programs.length ? household.programs.map((p) => PROGRAMS.labels[p].replace(' (BPNT)', '')).join(', ') : 'tidak ada'}</span>
      </div>
      <p className="mode-reason">{proposal.reason}</p>
      <HintList hints={proposal.hints} />
      <table className="mode-members">
        <tbody>
          {household.members.map((m) => (
            <tr key={m.id}>
              <td>{m.name}</td>
              <td>{RELATIONSHIPS.labels[m.relationship]}</td>
              <td>{m.birthDate === null ? 'umur belum diisi' : `${String(ageOn(m.birthDate, meetingDate))} th`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {proposal.evidence.length > 0 ? (
        <div className="thumbs">{proposal.evidence.map((e) => <EvidenceThumb key={e.id} evidence={e} />)}</div>
      ) : null}
    </section>
  );
}

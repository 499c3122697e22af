import { useEffect, useState } from 'react';
import { EVIDENCE_KINDS } from '../../../../shared/meeting/options';
import type { ProposalView } from '../../../../shared/meeting/proposal-view';
import type { Evidence } from '../../../../shared/meeting/schema';
import { call } from '../../api/client';
import { fileToBase64 } from '../../ui/file-to-base64';
import { OptionList } from '../../ui/OptionList';
import { useBusyAction } from '../../ui/useBusyAction';

type EvidenceKind = Evidence['kind'];

/** A thumbnail for images, a label for PDFs; the bytes come through the contract, never from a path. */
export function EvidenceThumb({ evidence }: { evidence: Evidence }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (!evidence.mime.startsWith('image/')) return;
    let current = true;
    call('evidence.read', { id: evidence.id }).then(
      (file) => current && setSrc(`data:${file.mime};base64,${file.contentBase64}`),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [evidence.id, evidence.mime]);
  return (
    <figure className="thumb">
      {src ? <img src={src} alt={`${EVIDENCE_KINDS.labels[evidence.kind]}: ${evidence.fileName}`} /> : <div className="thumb-doc">{evidence.mime === 'application/pdf' ? 'PDF' : '…'}</div>}
      <figcaption>{EVIDENCE_KINDS.labels[evidence.kind]}</figcaption>
    </figure>
  );
}

export function EvidencePanel({ proposal, locked, onChanged }: { proposal: ProposalView; locked: boolean; onChanged: () => void }) {
  const [kind, setKind] = useState<EvidenceKind>('KTP');
  const { busy, failure, act } = useBusyAction();

  const upload = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    await act(async () => {
      for (const file of Array.from(files)) {
        if (file.size > 5 * 1024 * 1024) throw new Error(`Berkas ${file.name} lebih besar dari 5 MB`);
        await call('evidence.add', { proposalId: proposal.id, kind, fileName: file.name, contentBase64: await fileToBase64(file) });
      }
      onChanged();
    });
  };

  return (
    <div className="evidence">
      <div className="thumbs">
        {proposal.evidence.map((e) => (
          <div key={e.id} className="thumb-wrap">
            <EvidenceThumb evidence={e} />
            {locked ? null : (
              <button type="button" className="link danger-text" onClick={() => void call('evidence.delete', { id: e.id }).then(onChanged)}>
                Hapus
              </button>
            )}
          </div>
        ))}
        {proposal.evidence.length === 0 ? <p className="muted">Belum ada lampiran.</p> : null}
      </div>
      {locked ? null : (
        <div className="evidence-upload">
          <label htmlFor={`evidence-kind-${proposal.id}`}>Jenis dokumen</label>
          <select id={`evidence-kind-${proposal.id}`} value={kind} onChange={(e) => setKind(e.target.value as EvidenceKind)}>
            <OptionList labels={EVIDENCE_KINDS.labels} />
          </select>
          <label className="button secondary file-button">
            {busy ? 'Mengunggah…' : 'Pilih berkas (JPEG, PNG, PDF; maks. 5 MB)'}
            <input type="file" accept="image/jpeg,image/png,application/pdf" multiple hidden onChange={(e) => void upload(e.target.files)} />
          </label>
        </div>
      )}
      {failure ? <p className="field-error" role="alert">{failure}</p> : null}
    </div>
  );
}

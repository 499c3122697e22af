import { useState } from 'react';
import { EVIDENCE_KINDS } from '../../../../shared/meeting/options';
import type { ProposalView } from '../../../../shared/meeting/proposal-view';
import type { Evidence } from '../../../../shared/meeting/schema';
import { call } from '../../api/client';
import { useLoad } from '../../app/useLoad';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { fileToBase64 } from '../../ui/file-to-base64';
import { OptionList } from '../../ui/OptionList';
import { useBusyAction } from '../../ui/useBusyAction';

type EvidenceKind = Evidence['kind'];

/** A thumbnail for images, a label for PDFs; the bytes come through the contract, never from a path. */
export function EvidenceThumb({ evidence }: { evidence: Evidence }) {
  const isImage = evidence.mime.startsWith('image/');
  const [image] = useLoad(async () => (isImage ? call('evidence.read', { id: evidence.id }) : null), String(evidence.id));
  const file = image.state === 'ready' ? image.value : null;
  return (
    <figure className="thumb">
      {file ? (
        <img src={`data:${file.mime};base64,${file.contentBase64}`} alt={`${EVIDENCE_KINDS.labels[evidence.kind]}: ${evidence.fileName}`} />
      ) : image.state === 'failed' ? (
        <ErrorBanner message={image.message} />
      ) : (
        <div className="thumb-doc">{evidence.mime === 'application/pdf' ? 'PDF' : '…'}</div>
      )}
      <figcaption>{EVIDENCE_KINDS.labels[evidence.kind]}</figcaption>
    </figure>
  );
}

export function EvidencePanel({ proposal, locked, onChanged }: { proposal: ProposalView; locked: boolean; onChanged: () => void }) {
  const [kind, setKind] = useState<EvidenceKind>('KTP');
  const upload = useBusyAction();
  const removal = useBusyAction();

  const add = (files: FileList | null) => {
    if (!files || files.length === 0) return;
    void upload.act(async () => {
      for (const file of Array.from(files)) {
        if (file.size > 5 * 1024 * 1024) throw new Error(`Berkas ${file.name} lebih besar dari 5 MB`);
        await call('evidence.add', { proposalId: proposal.id, kind, fileName: file.name, contentBase64: await fileToBase64(file) });
      }
      onChanged();
    });
  };
  const remove = (id: number) =>
    void removal.act(async () => {
      await call('evidence.delete', { id });
      onChanged();
    });

  return (
    <div className="evidence">
      <div className="thumbs">
        {proposal.evidence.map((e) => (
          <div key={e.id} className="thumb-wrap">
            <EvidenceThumb evidence={e} />
            {locked ? null : (
              <button type="button" className="link danger-text" onClick={() => remove(e.id)}>
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
            {upload.busy ? 'Mengunggah…' : 'Pilih berkas (JPEG, PNG, PDF; paling besar 5 MB)'}
            <input type="file" accept="image/jpeg,image/png,application/pdf" multiple hidden onChange={(e) => add(e.target.files)} />
          </label>
        </div>
      )}
      <ErrorBanner message={upload.failure ?? removal.failure} />
    </div>
  );
}

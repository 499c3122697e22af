import { EVIDENCE_KINDS } from '../../../shared/meeting/options';
import { call } from '../api/client';
import { useLoad } from '../app/useLoad';
import { base64Blob, downloadFile } from '../ui/download';
import { ErrorBanner } from '../ui/ErrorBanner';
import { labelOf } from './label-of';

interface CityEvidence {
  id: number;
  kind: string;
  file: string;
}

/** A photo shown small; any other file (a PDF) as a tile that downloads it. The bytes come through the contract. */
export function CityEvidenceThumb({ evidence }: { evidence: CityEvidence }) {
  const [content] = useLoad(() => call('cityEvidence.read', { id: evidence.id }), String(evidence.id));
  const file = content.state === 'ready' ? content.value : null;
  const label = labelOf(EVIDENCE_KINDS.labels, evidence.kind);
  return (
    <figure className="thumb">
      {file?.mime.startsWith('image/') ? (
        <img src={`data:${file.mime};base64,${file.contentBase64}`} alt={`${label}: ${evidence.file}`} />
      ) : file ? (
        <button type="button" className="thumb-doc" title={`Unduh ${evidence.file}`} onClick={() => downloadFile(evidence.file.split('/').pop() ?? evidence.file, base64Blob(file.contentBase64, file.mime))}>
          {file.mime === 'application/pdf' ? 'PDF' : 'Berkas'}
        </button>
      ) : content.state === 'failed' ? (
        <ErrorBanner message={content.message} />
      ) : (
        <div className="thumb-doc">…</div>
      )}
      <figcaption>{label}</figcaption>
    </figure>
  );
}

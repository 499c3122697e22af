import { formatCount } from '../../../shared/format/date';
import type { InboxAddResult } from '../../../shared/inbox/schema';
import { hrefFor } from '../app/route';

/** What a batch came to: the counts, then every refused file with all its reasons. */
export function InboxResultView({ result }: { result: InboxAddResult }) {
  const refused = result.refused.length;
  const whole = refused === 0 && result.notProcessed.length === 0;
  return (
    <div className="inbox-result" data-testid="inbox-result">
      <p className={`banner ${whole ? 'banner-ok' : 'banner-warn'}`} role="status">
        {formatCount(result.imported)} paket diimpor · {formatCount(result.replaced)} menggantikan paket lama · {formatCount(result.duplicates)} sudah pernah
        diimpor (dilewati) · {formatCount(refused)} ditolak
      </p>
      {result.notProcessed.length > 0 ? (
        <div className="banner banner-warn" role="status">
          Dibatalkan: {formatCount(result.notProcessed.length)} berkas tidak dibuka dan tidak diimpor. Tambahkan lagi bila diperlukan.
          <ul aria-label="Berkas yang tidak dibuka">
            {result.notProcessed.map((file, i) => (
              <li key={`${String(i)}-${file}`} className="mono">{file}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {refused > 0 ? (
        <ul className="refused-list" aria-label="Paket yang ditolak">
          {result.refused.map((r) => (
            <li key={r.file}>
              <strong className="mono">{r.file}</strong>
              <ul>
                {r.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
              {r.unknownKey ? (
                <a className="button secondary" href={hrefFor({ page: 'kelurahan-keys', kelurahanCode: r.unknownKey.kelurahanCode, keyId: r.unknownKey.keyId })}>
                  Percayai kunci Kelurahan {r.unknownKey.kelurahanName}…
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

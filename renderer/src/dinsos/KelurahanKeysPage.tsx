import type { DinsosOffice } from '../../../shared/office/schema';
import { call } from '../api/client';
import { failureOf, useLoad } from '../app/useLoad';
import { ErrorBanner } from '../ui/ErrorBanner';
import { TrustedKeyTable } from './TrustedKeyTable';
import { TrustKeyForm } from './TrustKeyForm';

interface KelurahanKeysPageProps {
  office: DinsosOffice;
  /** Chosen beforehand when the officer came from a package refused for its unknown key. */
  kelurahanCode: string | null;
  expectedKeyId: string | null;
}

/** Kunci Kelurahan: the kelurahan keys Dinsos trusts, and trusting one more (or a new one). */
export function KelurahanKeysPage({ office, kelurahanCode, expectedKeyId }: KelurahanKeysPageProps) {
  const [keys, reload] = useLoad(() => call('kelurahanKeys.list', {}), '');
  const [preselected] = useLoad(
    async () => (kelurahanCode ? ((await call('region.searchVillages', { query: kelurahanCode, limit: 1 }))[0] ?? null) : null),
    kelurahanCode ?? '',
  );

  return (
    <section className="page">
      <div className="page-head">
        <div>
          <h1>Kunci Kelurahan</h1>
          <p className="muted">
            Paket diterima hanya bila ditandatangani kunci yang dipercaya untuk kelurahan pengirimnya. Satu kelurahan memiliki satu kunci yang berlaku.
          </p>
        </div>
      </div>
      <ErrorBanner message={failureOf(keys) ?? failureOf(preselected)} />
      {keys.state === 'ready' && preselected.state === 'ready' ? (
        <TrustKeyForm office={office} initialVillage={preselected.value} expectedKeyId={expectedKeyId} trusted={keys.value} onTrusted={reload} />
      ) : (
        <p className="muted">Memuat…</p>
      )}
      <h2>Kunci yang dipercaya</h2>
      {keys.state === 'ready' ? <TrustedKeyTable keys={keys.value} highlight={kelurahanCode} /> : null}
    </section>
  );
}

import { formatCount } from '../../../shared/format/date';
import { call } from '../api/client';
import { hrefFor } from '../app/route';
import { failureOf, useLoad } from '../app/useLoad';
import { ErrorBanner } from '../ui/ErrorBanner';
import { InboxAddForm } from './InboxAddForm';
import { InboxPackageTable } from './InboxPackageTable';
import { SiksNgButton } from './SiksNgButton';

/** Kotak Masuk: packages from the kelurahan, verified and imported in batches, the list of those received and Dinsos' answers to them. */
export function InboxPage() {
  const [packages, reload] = useLoad(() => call('inbox.list', {}), '');
  const [key] = useLoad(() => call('keys.info', {}), '');
  const inForce = packages.state === 'ready' ? packages.value.filter((p) => p.replacedAt === null).length : null;

  return (
    <section className="page inbox">
      <div className="page-head">
        <div>
          <h1>Kotak Masuk</h1>
          <p className="muted">Paket usulan dari kelurahan diperiksa keaslian dan kelengkapannya, lalu usulannya masuk ke Usulan Kota.</p>
        </div>
        <SiksNgButton />
      </div>
      {key.state === 'ready' && key.value === null ? (
        <p className="banner banner-warn">
          Dinsos belum memiliki kunci, sehingga paket terenkripsi belum dapat dibuka. Buat kunci di <a href={hrefFor({ page: 'settings' })}>Pengaturan &gt; Kunci</a>, lalu
          berikan kunci penerimanya kepada setiap kelurahan.
        </p>
      ) : null}
      <InboxAddForm onFinished={reload} />
      <h2>
        Paket diterima{inForce !== null ? <span className="muted"> · {formatCount(inForce)} berlaku</span> : null}
      </h2>
      <ErrorBanner message={failureOf(packages) ?? failureOf(key)} />
      {packages.state === 'ready' ? <InboxPackageTable packages={packages.value} onAnswerClosed={reload} /> : <p className="muted">Memuat…</p>}
    </section>
  );
}

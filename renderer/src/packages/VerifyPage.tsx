import { useState } from 'react';
import type { z } from 'zod';
import type { VerdictSchema } from '../../../shared/package/verdict-schema';
import { call } from '../api/client';
import { base64Blob, downloadFile } from '../ui/download';
import { ErrorBanner } from '../ui/ErrorBanner';
import { uploadFile } from '../ui/upload-file';
import { useBusyAction } from '../ui/useBusyAction';

type Verdict = z.infer<typeof VerdictSchema>;

/** Periksa Paket, for Dinsos: the package, the Dinsos identity and the kelurahan's public key(s). */
export function VerifyPage() {
  const [pkg, setPkg] = useState<File | null>(null);
  const [identity, setIdentity] = useState<File | null>(null);
  const [keys, setKeys] = useState<File[]>([]);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const { busy, failure, act } = useBusyAction();

  const run = () =>
    act(async () => {
      if (!pkg) return;
      setVerdict(null);
      setVerdict(
        await call('packages.verify', {
          fileName: pkg.name,
          uploadId: await uploadFile(pkg),
          identity: identity ? await identity.text() : '',
          publicKeys: await Promise.all(keys.map((k) => k.text())),
        }),
      );
    });

  return (
    <section className="page">
      <h1>Periksa Paket</h1>
      <p className="muted">Untuk Dinas Sosial: periksa keaslian dan kelengkapan paket usulan dari kelurahan sebelum diimpor.</p>
      <div className="form-card verify-form">
        <div className="grid-2">
          <div className="field">
            <label htmlFor="verify-package">Paket (.zip.age atau .zip)</label>
            <input id="verify-package" type="file" accept=".age,.zip" onChange={(e) => setPkg(e.target.files?.[0] ?? null)} />
          </div>
          <div className="field">
            <label htmlFor="verify-identity">Identitas Dinsos (age, untuk paket terenkripsi)</label>
            <input id="verify-identity" type="file" onChange={(e) => setIdentity(e.target.files?.[0] ?? null)} />
          </div>
          <div className="field">
            <label htmlFor="verify-keys">Kunci publik kelurahan (.pub; boleh beberapa)</label>
            <input id="verify-keys" type="file" accept=".pub,.txt" multiple onChange={(e) => setKeys(Array.from(e.target.files ?? []))} />
          </div>
        </div>
        <div className="actions start">
          <button type="button" disabled={!pkg || busy} onClick={() => void run()}>{busy ? 'Memeriksa…' : 'Periksa'}</button>
        </div>
      </div>
      <ErrorBanner message={failure} />
      {verdict ? (
        <div className="panel">
          {verdict.ok ? (
            <div className="banner banner-ok verdict" role="status" data-testid="verdict">
              SAH: paket {verdict.bagName} asli dan lengkap. Ditandatangani kunci {verdict.signer?.keyId}.
              <br />{verdict.kelurahan} · {verdict.meeting}
            </div>
          ) : (
            <div className="banner banner-error verdict" role="alert" data-testid="verdict">
              TIDAK SAH: paket {verdict.fileName} ditolak.
              <ul>{verdict.problems.map((p) => <li key={p.code + p.message}>{p.message}</li>)}</ul>
            </div>
          )}
          {verdict.beritaAcaraBase64 ? (
            <div className="actions start">
              <button type="button" className="secondary" onClick={() => downloadFile(`berita-acara-${verdict.bagName ?? 'paket'}.pdf`, base64Blob(verdict.beritaAcaraBase64 ?? '', 'application/pdf'))}>
                Buka berita acara (PDF)
              </button>
            </div>
          ) : null}
          {verdict.proposals.length > 0 ? (
            <table className="data-table" aria-label="Usulan dalam paket">
              <thead><tr><th className="num">No</th><th>NIK</th><th>Nama</th><th>Alamat</th><th>Jenis</th><th>Keputusan</th><th>Keterangan</th></tr></thead>
              <tbody>
                {verdict.proposals.map((p) => (
                  <tr key={p.no}><td className="num">{p.no}</td><td className="mono">{p.nik}</td><td>{p.name}</td><td>{p.address}</td><td>{p.kind}</td><td>{p.decision}</td><td>{p.note}</td></tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

import { useState } from 'react';
import { formatCount } from '../../../shared/format/date';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FileField } from '../ui/FileField';
import { PasswordField } from '../ui/PasswordField';
import { InboxProgress } from './InboxProgress';
import { InboxResultView } from './InboxResultView';
import { useInboxAdd } from './useInboxAdd';

const MAX_FILES = 200;
const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 });

/** Tambah paket: many packages at once, the key passphrase, and whether a package may replace one already in. */
export function InboxAddForm({ onFinished }: { onFinished: () => void }) {
  const [files, setFiles] = useState<File[]>([]);
  const [passphrase, setPassphrase] = useState('');
  const [replace, setReplace] = useState(false);
  const add = useInboxAdd(onFinished);
  const tooMany = files.length > MAX_FILES;

  const submit = async () => {
    if (await add.start(files, passphrase, replace)) setPassphrase('');
  };

  return (
    <>
      <form className="form-card inbox-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <fieldset disabled={add.busy}>
          <legend>Tambah paket</legend>
          <div className="grid-2">
            <div>
              <FileField
                id="inbox-files"
                label="Paket dari kelurahan (.zip.age atau .zip; boleh banyak sekaligus)"
                buttonLabel="Pilih paket…"
                accept=".age,.zip"
                multiple
                note={files.length === 0 ? 'Belum ada berkas dipilih.' : `${formatCount(files.length)} berkas dipilih (${megabytes(files.reduce((n, f) => n + f.size, 0))} MB)`}
                error={tooMany ? `Paling banyak ${MAX_FILES} paket sekaligus; pilih sebagian dahulu.` : undefined}
                onChoose={setFiles}
              />
            </div>
            <PasswordField id="inbox-pass" label="Frasa sandi kunci Dinsos" autoComplete="current-password" value={passphrase} onChange={setPassphrase} />
          </div>
          <label className="inline-check">
            <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} /> Ganti paket yang sudah diimpor untuk musyawarah yang sama
          </label>
          {replace ? (
            <p className="banner banner-warn">
              Paket lama untuk musyawarah yang sama akan ditandai diganti dan usulannya tidak lagi tampil di Usulan Kota; yang berlaku adalah isi paket baru.
              Gunakan hanya untuk paket perbaikan yang memang dikirim kelurahan. Setiap penggantian dicatat di catatan audit.
            </p>
          ) : null}
          <div className="actions start">
            <button type="submit" disabled={files.length === 0 || tooMany || passphrase === ''}>
              {add.busy ? 'Memproses…' : 'Tambahkan ke kotak masuk'}
            </button>
          </div>
        </fieldset>
      </form>
      <InboxProgress uploading={add.uploading} job={add.job} count={add.count} onCancel={add.cancel} />
      <ErrorBanner message={add.failure ?? add.job?.error ?? null} />
      {add.job?.result ? <InboxResultView result={add.job.result} /> : null}
    </>
  );
}

import { useState } from 'react';

interface RecoveryCodeProps {
  code: string;
  onDone: () => void;
}

/** Shown once, after the folder is set up or its passphrase changed: the code that opens it without the passphrase. */
export function RecoveryCode({ code, onDone }: RecoveryCodeProps) {
  const [noted, setNoted] = useState(false);
  return (
    <section className="form-card recovery" aria-label="Kode pemulihan">
      <h2>Kode pemulihan</h2>
      <p>
        Kode ini membuka folder data bila frasa sandi terlupa, juga di komputer lain dari cadangan. Kode ini <strong>hanya ditampilkan sekali</strong>:
        cetak atau tulis, lalu simpan di tempat aman pada pimpinan kantor (Lurah atau Kepala Dinas), terpisah dari laptop.
      </p>
      <p className="recovery-code mono" data-testid="recovery-code">{code}</p>
      <div className="actions start">
        <button type="button" className="secondary" onClick={() => window.print()}>Cetak kode…</button>
      </div>
      <label className="check">
        <input type="checkbox" checked={noted} onChange={(e) => setNoted(e.target.checked)} /> Saya sudah mencatat kode pemulihan ini
      </label>
      <div className="actions">
        <button type="button" disabled={!noted} onClick={onDone}>Lanjutkan</button>
      </div>
    </section>
  );
}

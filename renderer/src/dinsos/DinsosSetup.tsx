import type { ReactNode } from 'react';
import { DinsosOfficeForm } from './DinsosOfficeForm';

/** First run in a Dinsos folder: the kota/kabupaten it serves and its office. */
export function DinsosSetup({ onSaved, back }: { onSaved: () => void; back?: ReactNode }) {
  return (
    <main className="setup">
      {back}
      <h1>Siapkan folder Dinas Sosial</h1>
      <p className="lead">
        Pilih kota/kabupaten dari daftar resmi Kemendagri dan isi data dinas. Hanya paket usulan dari kelurahan di wilayah ini yang dapat diterima.
        Data ini dapat diubah kemudian di menu Pengaturan.
      </p>
      <DinsosOfficeForm initial={null} onSaved={onSaved} />
    </main>
  );
}

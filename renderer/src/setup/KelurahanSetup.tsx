import type { ReactNode } from 'react';
import { SettingsForm } from './SettingsForm';

/** First run in a kelurahan's folder: the kelurahan and the officials who sign its minutes. */
export function KelurahanSetup({ onSaved, back }: { onSaved: () => void; back?: ReactNode }) {
  return (
    <main className="setup">
      {back}
      <h1>Selamat datang di Muskel</h1>
      <p className="lead">
        Sebelum mulai, pilih kelurahan Anda dari daftar resmi Kemendagri dan isi nama pejabat yang menandatangani berita acara.
        Data ini dapat diubah kemudian di menu Pengaturan.
      </p>
      <SettingsForm initial={null} onSaved={onSaved} />
    </main>
  );
}

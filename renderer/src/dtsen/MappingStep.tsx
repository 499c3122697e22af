import type { FileShape, ImportField } from '../../../shared/dtsen/columns';
import type { Inspection } from '../../../shared/dtsen/import-result';
import type { ColumnReading } from './column-mapping';
import { MappingTable } from './MappingTable';
import { SkipInvalidOption } from './SkipInvalidOption';

const SHAPE_TEXT: Record<FileShape, string> = {
  REGISTER: 'Data keluarga per orang (ada kolom hubungan keluarga): keluarga baru ditambahkan, keluarga yang sudah terdaftar diperbarui.',
  DESIL_UPDATE:
    'Pembaruan desil (tanpa kolom hubungan keluarga): hanya desil dan program bantuan keluarga yang sudah terdaftar yang diperbarui; keluarga yang belum terdaftar dicantumkan sebagai peringatan.',
};

interface MappingStepProps {
  inspection: Inspection;
  reading: ColumnReading;
  onChoose: (header: string, field: ImportField | null) => void;
  skipInvalid: boolean;
  onSkipInvalid: (skip: boolean) => void;
  onStart: (dryRun: boolean) => void;
  disabled: boolean;
}

/** Step 2: what each column holds, why the import cannot start yet, and the buttons that start it. */
export function MappingStep({ inspection, reading, onChoose, skipInvalid, onSkipInvalid, onStart, disabled }: MappingStepProps) {
  const blocked = reading.problems.length > 0;
  return (
    <fieldset disabled={disabled}>
      <legend>2. Pemetaan kolom</legend>
      {inspection.remembered ? (
        <p className="banner banner-info">Pemetaan kolom untuk berkas dengan judul kolom yang sama diingat dari impor sebelumnya.</p>
      ) : null}
      {blocked ? (
        <div className="banner banner-error" role="alert" aria-label="Kolom yang belum sesuai">
          Impor belum dapat dimulai:
          <ul>
            {reading.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="muted">
        Pilih isi setiap kolom yang belum dikenali; kolom yang tidak dipakai diabaikan. Di bawahnya tampil {inspection.preview.length} baris pertama
        berkas.
      </p>
      <MappingTable headers={inspection.headers} fields={reading.fields} preview={inspection.preview} onChange={onChoose} />
      <p data-testid="dtsen-shape">
        <strong>Jenis berkas:</strong> {SHAPE_TEXT[reading.shape]}
      </p>
      <div className="actions start">
        <SkipInvalidOption checked={skipInvalid} onChange={onSkipInvalid} />
        <span className="spacer" />
        <button type="button" className="secondary" disabled={blocked} onClick={() => onStart(true)}>Periksa dulu</button>
        <button type="button" disabled={blocked} onClick={() => onStart(false)}>Impor</button>
      </div>
      <p className="field-hint">
        "Periksa dulu" menjalankan seluruh pemeriksaan tanpa menyimpan apa pun. "Impor" menyimpan hanya jika tidak ada kesalahan (atau melewati
        keluarga yang bermasalah bila dipilih); data yang sudah ada dicadangkan lebih dahulu.
      </p>
    </fieldset>
  );
}

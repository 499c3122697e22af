import { formatSize } from '../backup/BackupTable';
import type { ExtractUpload } from './useExtractUpload';

interface ExtractChooserProps {
  upload: ExtractUpload;
  disabled: boolean;
  /** A new file or sheet makes the last result stale. */
  onChosen: () => void;
}

/** Step 1: the file (CSV, TXT or XLSX), its upload with progress, and for a workbook the sheet to read. */
export function ExtractChooser({ upload, disabled, onChosen }: ExtractChooserProps) {
  const { extract, sent, busy } = upload;
  const sheets = extract?.inspection.sheets ?? [];
  return (
    <fieldset disabled={disabled || busy}>
      <legend>1. Pilih berkas</legend>
      <div className="inline-form">
        <div className="field">
          <label htmlFor="dtsen-file">Berkas DTSEN (CSV, TXT atau XLSX)</label>
          <input
            id="dtsen-file"
            type="file"
            accept=".csv,.txt,.xlsx"
            onChange={(e) => {
              const file = e.target.files?.[0];
              // Cleared so that choosing the corrected file under the same name is a change again.
              e.target.value = '';
              if (!file) return;
              onChosen();
              void upload.choose(file);
            }}
          />
        </div>
        {sheets.length > 1 && extract && !extract.usedUp ? (
          <div className="field">
            <label htmlFor="dtsen-sheet">Lembar kerja</label>
            <select
              id="dtsen-sheet"
              value={extract.sheet ?? sheets[0]}
              onChange={(e) => {
                onChosen();
                void upload.chooseSheet(e.target.value);
              }}
            >
              {sheets.map((s) => (
                <option key={s} value={s}>{s}</option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      {sent ? (
        <div className="progress-box" aria-live="polite">
          <progress max={sent.total} value={sent.done} aria-label="Kemajuan pengunggahan" />
          <p>Mengunggah berkas: {formatSize(sent.done)} dari {formatSize(sent.total)}</p>
        </div>
      ) : busy ? (
        <p className="muted" aria-live="polite">Membaca judul kolom…</p>
      ) : extract ? (
        <p className="muted" data-testid="dtsen-file-chosen">
          Berkas: <strong>{extract.file.name}</strong> ({formatSize(extract.file.size)}, {extract.inspection.headers.length} kolom)
          {extract.usedUp ? '. Berkas ini sudah dipakai untuk impor; untuk mengimpor lagi, pilih berkasnya kembali.' : null}
        </p>
      ) : null}
    </fieldset>
  );
}

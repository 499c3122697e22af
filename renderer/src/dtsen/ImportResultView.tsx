import { useEffect, useRef } from 'react';
import type { ImportResult } from '../../../shared/dtsen/import-result';
import { formatCount } from '../../../shared/format/date';
import { hrefFor } from '../app/route';
import { ChangedFamilies } from './ChangedFamilies';
import { ImportCounts } from './ImportCounts';
import { ProblemTable } from './ProblemTable';

function Verdict({ result }: { result: ImportResult }) {
  const errors = formatCount(result.errorCount);
  if (result.written) {
    return (
      <p className="banner banner-ok" role="status" data-testid="dtsen-verdict">
        Tersimpan: data dari berkas {result.fileName} telah disimpan.
        {result.skippedFamilies > 0 ? ` ${formatCount(result.skippedFamilies)} keluarga dengan baris bermasalah dilewati.` : null}{' '}
        <a href={hrefFor({ page: 'households' })}>Lihat daftar keluarga</a>
      </p>
    );
  }
  if (result.dryRun) {
    return (
      <p className="banner banner-info" role="status" data-testid="dtsen-verdict">
        Pemeriksaan saja: tidak ada yang disimpan.{' '}
        {result.errors.length > 0 ? `Ditemukan ${errors} kesalahan (lihat daftar di bawah).` : 'Tidak ditemukan kesalahan; berkas siap diimpor.'}
      </p>
    );
  }
  return (
    <p className="banner banner-error" role="alert" data-testid="dtsen-verdict">
      Ditolak: tidak ada yang disimpan. Ditemukan {errors} kesalahan; perbaiki pada berkas, lalu pilih berkas yang sudah diperbaiki pada langkah 1.
    </p>
  );
}

/** A register extract lists every registered family it does not hold: many of them are folded away. */
const WARNINGS_OPEN = 10;

const baseName = (fileName: string) => fileName.replace(/\.[^.]*$/, '');

/** What an import or its check found: saved or not, the counts, every error and warning, and the changed families. */
export function ImportResultView({ result }: { result: ImportResult }) {
  const top = useRef<HTMLElement>(null);
  useEffect(() => {
    top.current?.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <section ref={top} className="panel import-result" aria-label={result.dryRun ? 'Hasil pemeriksaan' : 'Hasil impor'}>
      <h2>{result.dryRun ? 'Hasil pemeriksaan' : 'Hasil impor'}</h2>
      <Verdict result={result} />
      <p className="muted">
        {formatCount(result.rows)} baris data dibaca dari {result.fileName}.
      </p>
      <ImportCounts result={result} />
      {result.errors.length > 0 ? (
        <>
          <h3>Kesalahan ({formatCount(result.errorCount)})</h3>
          <ProblemTable problems={result.errors} label="Daftar kesalahan" downloadName={`kesalahan-${baseName(result.fileName)}.csv`} />
        </>
      ) : null}
      {result.warnings.length > 0 ? (
        <details open={result.warnings.length <= WARNINGS_OPEN}>
          <summary>Peringatan ({formatCount(result.warningCount)})</summary>
          <ProblemTable problems={result.warnings} label="Daftar peringatan" downloadName={`peringatan-${baseName(result.fileName)}.csv`} />
        </details>
      ) : null}
      {result.changed.length > 0 ? (
        <>
          <h3>Keluarga yang berubah ({formatCount(result.families.changed)})</h3>
          <ChangedFamilies result={result} />
        </>
      ) : null}
    </section>
  );
}

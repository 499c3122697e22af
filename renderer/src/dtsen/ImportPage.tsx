import { useState } from 'react';
import type { ImportField } from '../../../shared/dtsen/columns';
import type { ImportJob } from '../../../shared/dtsen/import-result';
import { call } from '../api/client';
import { hrefFor } from '../app/route';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useBusyAction } from '../ui/useBusyAction';
import { isRunning, useJobPolling } from '../ui/useJobPolling';
import { readColumns } from './column-mapping';
import type { ColumnChoices } from './column-mapping';
import { ExtractChooser } from './ExtractChooser';
import { ImportProgress } from './ImportProgress';
import { ImportResultView } from './ImportResultView';
import { MappingStep } from './MappingStep';
import { useExtractUpload } from './useExtractUpload';

const pollImport = (id: string) => call('dtsen.job', { id });

/**
 * Keluarga → Impor data DTSEN: choose the file, map its columns, check it ("Periksa dulu") and import it, with
 * progress and Batalkan, then the result. A corrected file can be chosen again at any time; the operator's
 * column choices carry over to it.
 */
export function ImportPage() {
  const upload = useExtractUpload();
  const [choices, setChoices] = useState<ColumnChoices>({});
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const action = useBusyAction();
  const pollFailure = useJobPolling(job, pollImport, setJob);
  const running = isRunning(job) || action.busy;
  const { extract, markUsedUp } = upload;
  const reading = extract ? readColumns(extract.inspection, choices) : null;

  const start = (check: boolean) =>
    action.act(async () => {
      if (!extract || !reading) return;
      setJob(null);
      setDryRun(check);
      const { uploadId, file, sheet } = extract;
      const started = await call('dtsen.start', { uploadId, fileName: file.name, sheet, mapping: reading.mapping, dryRun: check, skipInvalid });
      if (!check) markUsedUp();
      setJob(started);
    });
  const cancel = (id: string) =>
    action.act(async () => {
      setJob(await call('dtsen.cancel', { id }));
    });
  const choose = (header: string, field: ImportField | null) => setChoices((c) => ({ ...c, [header]: field }));

  return (
    <section className="page dtsen-import">
      <div className="page-head">
        <div>
          <a className="back" href={hrefFor({ page: 'households' })}>← Daftar keluarga</a>
          <h1>Impor data DTSEN</h1>
          <p className="muted">
            Data keluarga per orang dari DTSEN/DTKS, atau daftar desil dari SIKS-NG. Keluarga dicocokkan menurut No. KK dan anggota menurut NIK;
            keluarga yang tidak ada di berkas tidak dihapus.
          </p>
        </div>
      </div>
      <ExtractChooser upload={upload} disabled={running} onChosen={() => setJob(null)} />
      <ErrorBanner message={upload.failure} />
      {extract && reading && !extract.usedUp ? (
        <MappingStep
          inspection={extract.inspection}
          reading={reading}
          onChoose={choose}
          skipInvalid={skipInvalid}
          onSkipInvalid={setSkipInvalid}
          onStart={(check) => void start(check)}
          disabled={running || upload.busy}
        />
      ) : null}
      <ErrorBanner message={action.failure ?? pollFailure} />
      {job ? <ImportProgress job={job} dryRun={dryRun} onCancel={() => void cancel(job.id)} /> : null}
      {job?.result ? <ImportResultView result={job.result} /> : null}
    </section>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { formatCount, formatLongDate } from '../../../../shared/format/date';
import { GroundcheckAssignInputSchema } from '../../../../shared/groundcheck/schema';
import type { GroundcheckAssignResult } from '../../../../shared/groundcheck/schema';
import { call } from '../../api/client';
import { hrefFor } from '../../app/route';
import { useLoad } from '../../app/useLoad';
import { DateInput } from '../../ui/DateInput';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { atFormField } from '../../ui/form-field-failure';
import { Modal } from '../../ui/Modal';
import { useBusyAction } from '../../ui/useBusyAction';

type AssignValues = z.input<typeof GroundcheckAssignInputSchema>;
type AssignOutput = z.output<typeof GroundcheckAssignInputSchema>;

/** The proposals chosen, or every flagged one nobody has been sent to yet. */
export type AssignTarget = { proposalIds: readonly number[] } | { allFlagged: number };

interface AssignDialogProps {
  target: AssignTarget;
  /** Offer the way to the Groundcheck page afterwards (not on that page itself). */
  listLink: boolean;
  onClose: (changed: boolean) => void;
}

function summary(result: GroundcheckAssignResult, plannedDate: string, officer: string): string {
  const parts = [`${formatCount(result.assigned)} usulan ditugaskan`];
  if (result.reassigned > 0) parts.push(`${formatCount(result.reassigned)} dipindahkan dari petugas atau tanggal sebelumnya`);
  if (result.unchanged > 0) parts.push(`${formatCount(result.unchanged)} sudah ditugaskan sama (tidak berubah)`);
  return `${parts.join(' · ')}: ${officer}, ${formatLongDate(plannedDate)}.`;
}

/** Tugaskan groundcheck: an officer and a day for the chosen proposals; the officers known so far are offered. */
export function AssignDialog({ target, listLink, onClose }: AssignDialogProps) {
  const [officers] = useLoad(async () => (await call('groundcheck.list', { limit: 1 })).officers, '');
  const [result, setResult] = useState<{ outcome: GroundcheckAssignResult; values: AssignOutput } | null>(null);
  const { busy, failure, act } = useBusyAction();
  const all = 'allFlagged' in target;
  const methods = useForm<AssignValues, unknown, AssignOutput>({
    resolver: zodResolver(GroundcheckAssignInputSchema),
    defaultValues: all ? { officer: '', allFlagged: true, proposalIds: [] } : { officer: '', allFlagged: false, proposalIds: [...target.proposalIds] },
  });
  const { register, handleSubmit, setError, formState } = methods;
  const { errors } = formState;
  const count = all ? target.allFlagged : target.proposalIds.length;

  const submit = handleSubmit((values) =>
    act(async () => {
      setResult({ outcome: await call('groundcheck.assign', values), values });
    }, atFormField(setError, { only: ['officer', 'plannedDate'], focus: true })),
  );

  return (
    <Modal id="assign-title" title="Tugaskan groundcheck" className="assign-dialog" onClose={() => onClose(result !== null)}>
      {result ? (
        <>
          <p className="banner banner-ok" role="status">{summary(result.outcome, result.values.plannedDate, result.values.officer)}</p>
          <div className="actions">
            <button type="button" className={listLink ? 'secondary' : undefined} autoFocus onClick={() => onClose(true)}>Tutup</button>
            {listLink ? <a className="button" href={hrefFor({ page: 'groundcheck' })}>Buka daftar groundcheck</a> : null}
          </div>
        </>
      ) : (
        <FormProvider {...methods}>
          <form onSubmit={(e) => void submit(e)} noValidate aria-label="Penugasan groundcheck">
            <p>
              {all
                ? `Semua ${formatCount(count)} usulan yang ditandai perlu groundcheck oleh musyawarah kelurahan dan belum ditugaskan.`
                : `${formatCount(count)} usulan dipilih. Usulan yang sudah ditugaskan dipindahkan ke petugas dan tanggal ini; perubahan dicatat di catatan audit.`}
            </p>
            <div className="grid-2">
              <Field id="assign-officer" label="Petugas groundcheck" error={errors.officer?.message}>
                <input id="assign-officer" list="assign-officers" autoComplete="off" {...register('officer')} aria-invalid={Boolean(errors.officer)} />
              </Field>
              <Field id="assign-date" label="Tanggal kunjungan (HH-BB-TTTT)" error={errors.plannedDate?.message}>
                <DateInput<AssignValues> id="assign-date" name="plannedDate" invalid={Boolean(errors.plannedDate)} />
              </Field>
            </div>
            <datalist id="assign-officers">
              {(officers.state === 'ready' ? officers.value : []).map((o) => <option key={o} value={o} />)}
            </datalist>
            <ErrorBanner message={failure} />
            <div className="actions">
              <button type="button" className="secondary" onClick={() => onClose(false)}>Batal</button>
              <button type="submit" disabled={busy || count === 0}>{busy ? 'Menugaskan…' : 'Tugaskan'}</button>
            </div>
          </form>
        </FormProvider>
      )}
    </Modal>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { SetStatusInputSchema } from '../../../shared/answer/schema';
import { DINSOS_STATUSES } from '../../../shared/inbox/city-proposals';
import type { DinsosStatus } from '../../../shared/inbox/city-proposals';
import { call } from '../api/client';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Field } from '../ui/Field';
import { atFormField } from '../ui/form-field-failure';
import { OptionList } from '../ui/OptionList';
import { useBusyAction } from '../ui/useBusyAction';

const StatusFormSchema = SetStatusInputSchema.pick({ status: true, note: true });
type StatusFormValues = z.input<typeof StatusFormSchema>;
type StatusFormOutput = z.output<typeof StatusFormSchema>;

interface StatusFormProps {
  /** Distinguishes the fields' ids when the form is on screen twice (a proposal's panel and the dialog). */
  idPrefix: string;
  ids: readonly number[];
  initial: { status: DinsosStatus | null; note: string };
  submitLabel: string;
  onSaved: (status: DinsosStatus, updated: number) => void;
  onCancel?: () => void;
}

/**
 * Dinsos' answer on proposals of the city register: a status and a note for the kelurahan. The service refuses a
 * returned proposal without a reason; its refusal appears under the note.
 */
export function StatusForm({ idPrefix, ids, initial, submitLabel, onSaved, onCancel }: StatusFormProps) {
  const { busy, failure, act } = useBusyAction();
  const { register, handleSubmit, setError, formState } = useForm<StatusFormValues, unknown, StatusFormOutput>({
    resolver: zodResolver(StatusFormSchema),
    defaultValues: { ...(initial.status ? { status: initial.status } : {}), note: initial.note },
  });
  const { errors } = formState;

  const submit = handleSubmit((values) =>
    act(async () => {
      const { updated } = await call('cityProposals.setStatus', { ids: [...ids], ...values });
      onSaved(values.status, updated);
    }, atFormField(setError, { only: ['status', 'note'], focus: true })),
  );

  return (
    <form className="status-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Tanggapan Dinsos">
      <Field id={`${idPrefix}-status`} label="Status tanggapan" error={errors.status?.message}>
        <select id={`${idPrefix}-status`} {...register('status')} aria-invalid={Boolean(errors.status)}>
          <OptionList labels={DINSOS_STATUSES.labels} empty="Pilih status…" />
        </select>
      </Field>
      <Field id={`${idPrefix}-note`} label="Catatan untuk kelurahan" error={errors.note?.message} hint="Wajib bila usulan dikembalikan: sebutkan yang harus diperbaiki atau dilengkapi kelurahan.">
        <textarea id={`${idPrefix}-note`} rows={3} {...register('note')} aria-invalid={Boolean(errors.note)} />
      </Field>
      <ErrorBanner message={failure} />
      <div className="actions">
        {onCancel ? <button type="button" className="secondary" onClick={onCancel}>Batal</button> : null}
        <button type="submit" disabled={busy}>{busy ? 'Menyimpan…' : submitLabel}</button>
      </div>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { MeetingInputSchema } from '../../../shared/meeting/schema';
import type { MeetingInput } from '../../../shared/meeting/schema';
import { DateInput } from '../ui/DateInput';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Field } from '../ui/Field';
import { useBusyAction } from '../ui/useBusyAction';

type MeetingFormValues = z.input<typeof MeetingInputSchema>;

interface MeetingFormProps {
  initial: MeetingInput;
  submitLabel: string;
  readOnly: boolean;
  onSubmit: (values: MeetingInput) => Promise<void>;
}

const emptyToNull = (v: unknown) => (v === '' ? null : v);

export function MeetingForm({ initial, submitLabel, readOnly, onSubmit }: MeetingFormProps) {
  const methods = useForm<MeetingFormValues, unknown, MeetingInput>({ resolver: zodResolver(MeetingInputSchema), defaultValues: initial });
  const { register, handleSubmit, formState } = methods;
  const { errors } = formState;
  const { busy, failure, act } = useBusyAction();
  const [saved, setSaved] = useState(false);

  const submit = handleSubmit((values) =>
    act(async () => {
      setSaved(false);
      await onSubmit(values);
      setSaved(true);
    }),
  );

  return (
    <FormProvider {...methods}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset disabled={readOnly}>
          <legend>Waktu dan tempat</legend>
          <div className="grid-4">
            <Field id="meeting-date" label="Tanggal (HH-BB-TTTT)" error={errors.date?.message}>
              <DateInput<MeetingFormValues> id="meeting-date" name="date" invalid={Boolean(errors.date)} />
            </Field>
            <div className="grid-2 tight">
              <Field id="startTime" label="Jam mulai" error={errors.startTime?.message}>
                <input id="startTime" placeholder="09:00" maxLength={5} {...register('startTime')} aria-invalid={Boolean(errors.startTime)} />
              </Field>
              <Field id="endTime" label="Jam selesai" error={errors.endTime?.message}>
                <input id="endTime" placeholder="12:00" maxLength={5} {...register('endTime', { setValueAs: emptyToNull })} aria-invalid={Boolean(errors.endTime)} />
              </Field>
            </div>
            <Field id="place" label="Tempat" error={errors.place?.message}>
              <input id="place" {...register('place')} aria-invalid={Boolean(errors.place)} />
            </Field>
            <Field id="letterNumber" label="Nomor surat berita acara" error={errors.letterNumber?.message}>
              <input id="letterNumber" className="mono" {...register('letterNumber')} aria-invalid={Boolean(errors.letterNumber)} />
            </Field>
          </div>
          <Field id="agenda" label="Acara" error={errors.agenda?.message} wide>
            <textarea id="agenda" rows={3} {...register('agenda')} aria-invalid={Boolean(errors.agenda)} />
          </Field>
        </fieldset>
        <fieldset disabled={readOnly}>
          <legend>Pimpinan dan notulis</legend>
          <div className="grid-4">
            <Field id="chairName" label="Pimpinan rapat (Lurah)" error={errors.chairName?.message}>
              <input id="chairName" {...register('chairName')} aria-invalid={Boolean(errors.chairName)} />
            </Field>
            <Field id="chairNip" label="NIP pimpinan" error={errors.chairNip?.message}>
              <input id="chairNip" inputMode="numeric" {...register('chairNip')} aria-invalid={Boolean(errors.chairNip)} />
            </Field>
            <Field id="secretaryName" label="Notulis (Sekretaris)" error={errors.secretaryName?.message}>
              <input id="secretaryName" {...register('secretaryName')} aria-invalid={Boolean(errors.secretaryName)} />
            </Field>
            <Field id="secretaryNip" label="NIP notulis" error={errors.secretaryNip?.message}>
              <input id="secretaryNip" inputMode="numeric" {...register('secretaryNip')} aria-invalid={Boolean(errors.secretaryNip)} />
            </Field>
          </div>
        </fieldset>
        <ErrorBanner message={failure} />
        {saved && !failure ? <p className="banner banner-ok" role="status">Tersimpan.</p> : null}
        {readOnly ? null : (
          <div className="actions">
            <button type="submit" disabled={busy}>{submitLabel}</button>
          </div>
        )}
      </form>
    </FormProvider>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { DinsosOfficeInputSchema } from '../../../shared/office/schema';
import type { DinsosOffice, DinsosOfficeInput, Regency } from '../../../shared/office/schema';
import { call } from '../api/client';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Field } from '../ui/Field';
import { PaperSizeChoice, SignatoryFields } from '../ui/SignatoryFields';
import { atFormField } from '../ui/form-field-failure';
import { useBusyAction } from '../ui/useBusyAction';
import { RegencyPicker } from './RegencyPicker';

type OfficeFormValues = z.input<typeof DinsosOfficeInputSchema>;
const EMPTY: OfficeFormValues = { regionCode: '', officeName: '', headName: '', headNip: '', secretaryName: '', secretaryNip: '', officeAddress: '', paperSize: 'A4' };

function valuesOf(office: DinsosOffice): OfficeFormValues {
  const { regionCode, officeName, headName, headNip, secretaryName, secretaryNip, officeAddress, paperSize } = office;
  return { regionCode, officeName, headName, headNip, secretaryName, secretaryNip, officeAddress, paperSize };
}

interface DinsosOfficeFormProps {
  initial: DinsosOffice | null;
  onSaved: (office: DinsosOffice) => void;
}

/** First-run setup and, later, Pengaturan of a Dinsos folder: the kota/kabupaten, the office and the people who sign. */
export function DinsosOfficeForm({ initial, onSaved }: DinsosOfficeFormProps) {
  const [regency, setRegency] = useState<Regency | null>(initial?.regency ?? null);
  const [saved, setSaved] = useState(false);
  const { busy, failure, act } = useBusyAction();
  const { register, handleSubmit, setValue, setError, formState } = useForm<OfficeFormValues, unknown, DinsosOfficeInput>({
    resolver: zodResolver(DinsosOfficeInputSchema),
    defaultValues: initial ? valuesOf(initial) : EMPTY,
  });
  const { errors } = formState;

  const submit = handleSubmit((values) =>
    act(async () => {
      setSaved(false);
      const office = await call('office.saveDinsos', values);
      setSaved(true);
      onSaved(office);
    }, atFormField(setError, { only: ['regionCode'] })),
  );

  return (
    <form className="form-card" onSubmit={(e) => void submit(e)} noValidate aria-label="Data dinas">
      <fieldset>
        <legend>Dinas Sosial</legend>
        <Field id="regionCode" label="Kota/kabupaten (daftar Kemendagri)" error={errors.regionCode?.message} wide>
          <RegencyPicker
            id="regionCode"
            value={regency}
            invalid={Boolean(errors.regionCode)}
            onChange={(r) => {
              setRegency(r);
              setValue('regionCode', r.code, { shouldValidate: true, shouldDirty: true });
            }}
          />
        </Field>
        <Field id="officeName" label="Nama dinas" error={errors.officeName?.message} hint="Sebagaimana tertulis pada kop surat, misalnya Dinas Sosial P3AP2KB Kota Malang" wide>
          <input id="officeName" {...register('officeName')} aria-invalid={Boolean(errors.officeName)} />
        </Field>
        <Field id="officeAddress" label="Alamat kantor dinas" error={errors.officeAddress?.message} wide>
          <input id="officeAddress" {...register('officeAddress')} aria-invalid={Boolean(errors.officeAddress)} />
        </Field>
      </fieldset>
      <SignatoryFields
        people={[
          { label: 'Nama Kepala Dinas (dengan gelar)', field: register('headName'), error: errors.headName?.message },
          { label: 'NIP Kepala Dinas', field: register('headNip'), error: errors.headNip?.message, hint: '18 digit', numeric: true },
          { label: 'Nama Sekretaris Dinas', field: register('secretaryName'), error: errors.secretaryName?.message },
          { label: 'NIP Sekretaris Dinas', field: register('secretaryNip'), error: errors.secretaryNip?.message, hint: '18 digit; kosongkan bila tidak ada', numeric: true },
        ]}
      />
      <fieldset className="panel">
        <legend>Pencetakan</legend>
        <PaperSizeChoice field={register('paperSize')} />
      </fieldset>
      <ErrorBanner message={failure} />
      {saved && !failure ? <p className="banner banner-ok" role="status">Data dinas tersimpan.</p> : null}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {initial ? 'Simpan data dinas' : 'Simpan dan mulai'}
        </button>
      </div>
    </form>
  );
}

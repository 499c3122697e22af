import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { SettingsInputSchema } from '../../../shared/settings/schema';
import type { Settings, SettingsInput, Village } from '../../../shared/settings/schema';
import { call } from '../api/client';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Field } from '../ui/Field';
import { PaperSizeChoice, SignatoryFields } from '../ui/SignatoryFields';
import { atFormField } from '../ui/form-field-failure';
import { useBusyAction } from '../ui/useBusyAction';
import { LogoField } from './LogoField';
import { VillagePicker } from './VillagePicker';

interface SettingsFormProps {
  initial: Settings | null;
  onSaved: (settings: Settings) => void;
}

type SettingsFormValues = z.input<typeof SettingsInputSchema>;
const EMPTY: SettingsFormValues = { kelurahanCode: '', lurahName: '', lurahNip: '', secretaryName: '', secretaryNip: '', officeAddress: '', nikDisplay: 'FULL', paperSize: 'A4' };

/** First-run setup and, later, Pengaturan: the kelurahan and the people who sign. */
export function SettingsForm({ initial, onSaved }: SettingsFormProps) {
  const [village, setVillage] = useState<Village | null>(initial?.village ?? null);
  const [saved, setSaved] = useState(false);
  const { busy, failure, act } = useBusyAction();
  const { register, handleSubmit, setValue, setError, formState } = useForm<SettingsFormValues, unknown, SettingsInput>({
    resolver: zodResolver(SettingsInputSchema),
    defaultValues: initial ?? EMPTY,
  });
  const { errors } = formState;

  const submit = handleSubmit((values) =>
    act(async () => {
      const settings = await call('settings.save', values);
      setSaved(true);
      onSaved(settings);
    }, atFormField(setError, { only: ['kelurahanCode'] })),
  );

  return (
    <form className="form-card" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset>
        <legend>Kelurahan</legend>
        <Field id="kelurahan" label="Kelurahan (daftar Kemendagri)" error={errors.kelurahanCode?.message} wide>
          <VillagePicker
            id="kelurahan"
            value={village}
            invalid={Boolean(errors.kelurahanCode)}
            onChange={(v) => {
              setVillage(v);
              setValue('kelurahanCode', v.code, { shouldValidate: true, shouldDirty: true });
            }}
          />
        </Field>
        <Field id="officeAddress" label="Alamat kantor kelurahan" error={errors.officeAddress?.message} wide>
          <input id="officeAddress" {...register('officeAddress')} aria-invalid={Boolean(errors.officeAddress)} />
        </Field>
      </fieldset>
      <SignatoryFields
        people={[
          { label: 'Nama Lurah (dengan gelar)', field: register('lurahName'), error: errors.lurahName?.message },
          { label: 'NIP Lurah', field: register('lurahNip'), error: errors.lurahNip?.message, hint: '18 digit', numeric: true },
          { label: 'Nama Sekretaris Kelurahan', field: register('secretaryName'), error: errors.secretaryName?.message },
          { label: 'NIP Sekretaris Kelurahan', field: register('secretaryNip'), error: errors.secretaryNip?.message, hint: '18 digit', numeric: true },
        ]}
      />
      <fieldset className="panel">
        <legend>Pencetakan</legend>
        <PaperSizeChoice field={register('paperSize')} />
        <div className="field">
          <span className="label">NIK dan No. KK pada daftar usulan (BNBA) yang dicetak</span>
          <div className="check-row">
            <label><input type="radio" value="FULL" {...register('nikDisplay')} /> Lengkap (untuk Dinsos)</label>
            <label><input type="radio" value="MASKED" {...register('nikDisplay')} /> Disamarkan, misalnya 357305******0001 (untuk ditempel di papan pengumuman)</label>
          </div>
        </div>
        {initial ? <LogoField hasLogo={initial.hasLogo} onChanged={onSaved} /> : null}
      </fieldset>
      <ErrorBanner message={failure} />
      {saved && !failure ? <p className="banner banner-ok" role="status">Pengaturan tersimpan.</p> : null}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {initial ? 'Simpan pengaturan' : 'Simpan dan mulai'}
        </button>
      </div>
    </form>
  );
}

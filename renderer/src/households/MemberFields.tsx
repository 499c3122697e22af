import { useFieldArray, useFormContext } from 'react-hook-form';
import {
  DISABILITIES, EDUCATIONS, MARITAL_STATUSES, OCCUPATIONS, RELATIONSHIPS, SEXES,
} from '../../../shared/household/options';
import { emptyMember } from '../../../shared/household/schema';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';
import { OptionList } from '../ui/OptionList';
import type { HouseholdFormValues } from './form-types';

export function MemberFields() {
  const { register, control, formState } = useFormContext<HouseholdFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'members' });
  const errors = formState.errors.members;
  const listError = errors?.message ?? errors?.root?.message;

  return (
    <fieldset>
      <legend>Anggota keluarga ({fields.length})</legend>
      {listError ? <p className="field-error" role="alert">{listError}</p> : null}
      {fields.map((field, i) => {
        const e = errors?.[i];
        const id = (name: string) => `members-${i}-${name}`;
        return (
          <div className="member-card" key={field.id} data-testid={`member-${i}`}>
            <div className="member-head">
              <h3>Anggota {i + 1}</h3>
              <button type="button" className="link danger-text" onClick={() => remove(i)} disabled={fields.length === 1}>
                Hapus anggota
              </button>
            </div>
            <div className="grid-4">
              <Field id={id('nik')} label="NIK" error={e?.nik?.message}>
                <input id={id('nik')} inputMode="numeric" maxLength={20} className="mono" {...register(`members.${i}.nik`)} aria-invalid={Boolean(e?.nik)} />
              </Field>
              <Field id={id('name')} label="Nama lengkap" error={e?.name?.message}>
                <input id={id('name')} {...register(`members.${i}.name`)} aria-invalid={Boolean(e?.name)} />
              </Field>
              <Field id={id('relationship')} label="Hubungan dengan kepala keluarga" error={e?.relationship?.message}>
                <select id={id('relationship')} {...register(`members.${i}.relationship`)}>
                  <OptionList labels={RELATIONSHIPS.labels} />
                </select>
              </Field>
              <Field id={id('sex')} label="Jenis kelamin" error={e?.sex?.message}>
                <select id={id('sex')} {...register(`members.${i}.sex`)}>
                  <OptionList labels={SEXES.labels} />
                </select>
              </Field>
              <Field id={id('birthPlace')} label="Tempat lahir" error={e?.birthPlace?.message}>
                <input id={id('birthPlace')} {...register(`members.${i}.birthPlace`)} aria-invalid={Boolean(e?.birthPlace)} />
              </Field>
              <Field id={id('birthDate')} label="Tanggal lahir (HH-BB-TTTT)" error={e?.birthDate?.message}>
                <DateInput<HouseholdFormValues> id={id('birthDate')} name={`members.${i}.birthDate`} invalid={Boolean(e?.birthDate)} />
              </Field>
              <Field id={id('maritalStatus')} label="Status perkawinan" error={e?.maritalStatus?.message}>
                <select id={id('maritalStatus')} {...register(`members.${i}.maritalStatus`)}>
                  <OptionList labels={MARITAL_STATUSES.labels} empty="— belum diisi —" />
                </select>
              </Field>
              <Field id={id('education')} label="Pendidikan" error={e?.education?.message}>
                <select id={id('education')} {...register(`members.${i}.education`)}>
                  <OptionList labels={EDUCATIONS.labels} empty="— belum diisi —" />
                </select>
              </Field>
              <Field id={id('occupation')} label="Pekerjaan" error={e?.occupation?.message}>
                <select id={id('occupation')} {...register(`members.${i}.occupation`)}>
                  <OptionList labels={OCCUPATIONS.labels} empty="— belum diisi —" />
                </select>
              </Field>
              <Field id={id('disability')} label="Disabilitas" error={e?.disability?.message}>
                <select id={id('disability')} {...register(`members.${i}.disability`)}>
                  <OptionList labels={DISABILITIES.labels} empty="— belum diisi —" />
                </select>
              </Field>
              <Field id={id('motherName')} label="Nama ibu kandung (bila ada)" error={e?.motherName?.message}>
                <input id={id('motherName')} {...register(`members.${i}.motherName`)} aria-invalid={Boolean(e?.motherName)} />
              </Field>
              <div className="checks">
                <label>
                  <input type="checkbox" {...register(`members.${i}.disabilitySevere`)} /> Disabilitas berat
                </label>
                {e?.disabilitySevere ? <p className="field-error" role="alert">{e.disabilitySevere.message}</p> : null}
                <label>
                  <input type="checkbox" {...register(`members.${i}.pregnant`)} /> Hamil/nifas
                </label>
                {e?.pregnant ? <p className="field-error" role="alert">{e.pregnant.message}</p> : null}
              </div>
            </div>
          </div>
        );
      })}
      <button type="button" className="secondary" onClick={() => append(emptyMember())}>
        + Tambah anggota
      </button>
    </fieldset>
  );
}

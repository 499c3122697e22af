import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { PROGRAMS } from '../../../shared/household/options';
import { HouseholdInputSchema, emptyMember } from '../../../shared/household/schema';
import type { Household, HouseholdInput } from '../../../shared/household/schema';
import { call } from '../api/client';
import { navigate } from '../app/route';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Field } from '../ui/Field';
import { atFormField } from '../ui/form-field-failure';
import { useBusyAction } from '../ui/useBusyAction';
import { HousingFields } from './HousingFields';
import { IncompleteNotice } from './IncompleteNotice';
import { MemberFields } from './MemberFields';
import { toNumberOrNull } from './form-types';
import type { HouseholdFormValues } from './form-types';

interface HouseholdFormProps {
  existing: Household | null;
  kelurahanCode: string;
  /** Where to go afterwards: the saved household, or null when cancelled or deleted. Default: back to the list. */
  onDone?: (saved: Household | null) => void;
}

const backToList = () => navigate({ page: 'households' });

function blankHousehold(kelurahanCode: string): HouseholdFormValues {
  return {
    noKk: '', address: '', rt: Number.NaN, rw: Number.NaN, kelurahanCode, desil: null, programs: [],
    housing: {
      floor: null, wall: null, roof: null, waterSource: null, lighting: null, cookingFuel: null, toilet: null,
      landTenure: null, houseTenure: null, incomeBand: null, assets: [],
    },
    members: [{ ...emptyMember(), relationship: 'KEPALA_KELUARGA', maritalStatus: 'KAWIN' }],
  };
}

function toFormValues(h: Household): HouseholdFormValues {
  const { id: _id, createdAt: _c, updatedAt: _u, members, ...rest } = h;
  return { ...rest, members: members.map(({ id: _memberId, ...m }) => m) };
}

export function HouseholdForm({ existing, kelurahanCode, onDone = backToList }: HouseholdFormProps) {
  const methods = useForm<HouseholdFormValues, unknown, HouseholdInput>({
    resolver: zodResolver(HouseholdInputSchema),
    defaultValues: existing ? toFormValues(existing) : blankHousehold(kelurahanCode),
  });
  const { register, handleSubmit, setError, formState } = methods;
  const { errors } = formState;
  const saving = useBusyAction();
  const removal = useBusyAction();
  const [confirmDelete, setConfirmDelete] = useState(false);

  const submit = handleSubmit((values) =>
    saving.act(async () => {
      const saved = existing ? await call('households.update', { id: existing.id, household: values }) : await call('households.create', values);
      onDone(saved);
    }, atFormField(setError, { focus: true })),
  );

  const remove = async (id: number) => {
    const removed = await removal.act(async () => {
      await call('households.delete', { id });
      onDone(null);
    });
    if (!removed) setConfirmDelete(false);
  };

  const head = existing?.members.find((m) => m.relationship === 'KEPALA_KELUARGA') ?? existing?.members[0];
  const errorCount = Object.keys(errors).length;

  return (
    <FormProvider {...methods}>
      <form className="page" onSubmit={(e) => void submit(e)} noValidate>
        <div className="page-head">
          <div>
            <button type="button" className="link back" onClick={() => onDone(null)}>← Kembali</button>
            <h1>{existing ? `Keluarga ${head?.name ?? ''}` : 'Tambah keluarga'}</h1>
          </div>
        </div>
        <ErrorBanner message={errorCount > 0 ? 'Periksa kembali isian yang ditandai merah di bawah ini.' : null} />
        <ErrorBanner message={saving.failure ?? removal.failure} />
        {existing ? <IncompleteNotice household={existing} /> : null}
        <fieldset>
          <legend>Data keluarga</legend>
          <div className="grid-4">
            <Field id="noKk" label="No. KK" error={errors.noKk?.message}>
              <input id="noKk" inputMode="numeric" maxLength={20} className="mono" {...register('noKk')} aria-invalid={Boolean(errors.noKk)} />
            </Field>
            <Field id="address" label="Alamat (jalan, gang, nomor)" error={errors.address?.message}>
              <input id="address" {...register('address')} aria-invalid={Boolean(errors.address)} />
            </Field>
            <div className="grid-2 tight">
              <Field id="rt" label="RT" error={errors.rt?.message}>
                <input id="rt" type="number" min={1} max={999} {...register('rt', { valueAsNumber: true })} aria-invalid={Boolean(errors.rt)} />
              </Field>
              <Field id="rw" label="RW" error={errors.rw?.message}>
                <input id="rw" type="number" min={1} max={999} {...register('rw', { valueAsNumber: true })} aria-invalid={Boolean(errors.rw)} />
              </Field>
            </div>
            <Field id="desil" label="Desil DTSEN saat ini" error={errors.desil?.message}>
              <select id="desil" {...register('desil', { setValueAs: toNumberOrNull })}>
                <option value="">Belum diketahui</option>
                {Array.from({ length: 10 }, (_, i) => (
                  <option key={i + 1} value={i + 1}>
                    Desil {i + 1}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div className="field field-wide">
            <span className="label">Bantuan yang sedang diterima</span>
            <div className="check-row">
              {Object.entries(PROGRAMS.labels).map(([code, label]) => (
                <label key={code}>
                  <input type="checkbox" value={code} {...register('programs')} /> {label}
                </label>
              ))}
            </div>
          </div>
        </fieldset>
        <MemberFields />
        <HousingFields />
        <div className="actions sticky-actions">
          {existing ? (
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              Hapus keluarga
            </button>
          ) : null}
          <span className="spacer" />
          <button type="button" className="secondary" onClick={() => onDone(null)}>
            Batal
          </button>
          <button type="submit" disabled={saving.busy}>
            {saving.busy ? 'Menyimpan…' : 'Simpan keluarga'}
          </button>
        </div>
      </form>
      {confirmDelete && existing ? (
        <ConfirmDialog
          title="Hapus keluarga?"
          message={`Keluarga ${head?.name ?? ''} (No. KK ${existing.noKk}) beserta ${existing.members.length} anggotanya akan dihapus dari daftar. Tindakan ini tidak dapat dibatalkan.`}
          confirmLabel="Ya, hapus"
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => void remove(existing.id)}
        />
      ) : null}
    </FormProvider>
  );
}

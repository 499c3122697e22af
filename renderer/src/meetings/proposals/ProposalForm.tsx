import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { formatRtRw } from '../../../../shared/format/address';
import type { Household } from '../../../../shared/household/schema';
import { DEACTIVATION_REASONS, PROPOSAL_KINDS, PROPOSAL_PROGRAMS, PROPOSAL_SOURCES } from '../../../../shared/meeting/options';
import type { ProposalView } from '../../../../shared/meeting/proposal-view';
import { ProposalInputSchema } from '../../../../shared/meeting/schema';
import type { ProposalInput } from '../../../../shared/meeting/schema';
import { call } from '../../api/client';
import { useLoad } from '../../app/useLoad';
import type { Loadable } from '../../app/useLoad';
import { HouseholdForm } from '../../households/HouseholdForm';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { OptionList } from '../../ui/OptionList';
import { atFormField } from '../../ui/form-field-failure';
import { useBusyAction } from '../../ui/useBusyAction';
import { HouseholdPicker } from './HouseholdPicker';

type ProposalFormValues = z.input<typeof ProposalInputSchema>;

interface ProposalFormProps {
  meetingId: number;
  kelurahanCode: string;
  existing: ProposalView | null;
  onDone: () => void;
  onCancel: () => void;
}

const toNumberOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));
const emptyToNull = (v: unknown) => (v === '' ? null : v);

function ChosenHousehold({ household, onChange }: { household: Loadable<Household | null>; onChange: () => void }) {
  if (household.state === 'failed') return <ErrorBanner message={household.message} />;
  if (household.state === 'loading' || household.value === null) return <p className="muted">Memuat keluarga…</p>;
  const h = household.value;
  const head = h.members.find((m) => m.relationship === 'KEPALA_KELUARGA') ?? h.members[0];
  return (
    <div className="chosen-household" data-testid="chosen-household">
      <div>
        <strong>{head?.name}</strong> <span className="mono muted">KK {h.noKk}</span>
        <div className="muted">{h.address}, RT/RW {formatRtRw(h.rt, h.rw)} · {h.members.length} anggota · {h.desil === null ? 'desil belum diketahui' : `desil ${h.desil}`}</div>
      </div>
      <button type="button" className="link" onClick={onChange}>Ganti keluarga</button>
    </div>
  );
}

export function ProposalForm({ meetingId, kelurahanCode, existing, onDone, onCancel }: ProposalFormProps) {
  const [registering, setRegistering] = useState(false);
  const { busy, failure, act } = useBusyAction();
  const { register, handleSubmit, control, setValue, setError, formState } = useForm<ProposalFormValues, unknown, ProposalInput>({
    resolver: zodResolver(ProposalInputSchema),
    defaultValues: existing
      ? { householdId: existing.householdId, memberId: existing.memberId, kind: existing.kind, programs: existing.programs, deactivationReason: existing.deactivationReason, reason: existing.reason, source: existing.source }
      : { householdId: 0, memberId: null, kind: 'USULAN_PROGRAM', programs: [], deactivationReason: null, reason: '', source: 'RT_RW' },
  });
  const { errors } = formState;
  const householdId = useWatch({ control, name: 'householdId' });
  const kind = useWatch({ control, name: 'kind' });
  const [household] = useLoad(async () => (householdId > 0 ? call('households.get', { id: householdId }) : null), String(householdId));
  // Until the newly chosen family has loaded, the previous answer (for another id) is not shown.
  const chosen: Loadable<Household | null> = household.state === 'ready' && household.value?.id !== householdId ? { state: 'loading' } : household;

  const submit = handleSubmit((values) =>
    act(async () => {
      if (existing) await call('proposals.update', { id: existing.id, proposal: values });
      else await call('proposals.add', { meetingId, proposal: values });
      onDone();
    }, atFormField(setError)),
  );

  if (registering) {
    return (
      <div className="embedded">
        <p className="banner banner-info">Daftarkan keluarga baru; setelah disimpan, keluarga langsung dipilih untuk usulan ini.</p>
        <HouseholdForm
          existing={null}
          kelurahanCode={kelurahanCode}
          onDone={(saved) => {
            setRegistering(false);
            if (saved) {
              setValue('householdId', saved.id, { shouldValidate: true });
              setValue('kind', 'BARU');
            }
          }}
        />
      </div>
    );
  }

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-label="Formulir usulan">
      <h2>{existing ? 'Ubah usulan' : 'Usulan baru'}</h2>
      <fieldset>
        <legend>Keluarga yang diusulkan</legend>
        {householdId > 0 ? (
          <ChosenHousehold household={chosen} onChange={() => setValue('householdId', 0)} />
        ) : (
          <HouseholdPicker onPick={(row) => setValue('householdId', row.id, { shouldValidate: true })} onRegisterNew={() => setRegistering(true)} />
        )}
        {errors.householdId ? <p className="field-error" role="alert">{errors.householdId.message}</p> : null}
        {householdId > 0 && chosen.state === 'ready' && chosen.value ? (
          <Field id="memberId" label="Anggota yang diusulkan (bila usulan untuk satu orang)" error={errors.memberId?.message}>
            <select id="memberId" {...register('memberId', { setValueAs: toNumberOrNull })}>
              <option value="">Seluruh keluarga</option>
              {chosen.value.members.map((m) => (
                <option key={m.id} value={m.id}>{m.name} ({m.nik})</option>
              ))}
            </select>
          </Field>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>Usulan</legend>
        <div className="grid-4">
          <Field id="kind" label="Jenis usulan" error={errors.kind?.message}>
            <select id="kind" {...register('kind')}>
              <OptionList labels={PROPOSAL_KINDS.labels} />
            </select>
          </Field>
          <Field id="source" label="Sumber usulan" error={errors.source?.message}>
            <select id="source" {...register('source')}>
              <OptionList labels={PROPOSAL_SOURCES.labels} />
            </select>
          </Field>
          {kind === 'PENONAKTIFAN' ? (
            <Field id="deactivationReason" label="Alasan penonaktifan" error={errors.deactivationReason?.message}>
              <select id="deactivationReason" {...register('deactivationReason', { setValueAs: emptyToNull })}>
                <OptionList labels={DEACTIVATION_REASONS.labels} empty="— pilih —" />
              </select>
            </Field>
          ) : null}
        </div>
        <div className="field field-wide">
          <span className="label">Program yang diusulkan</span>
          <div className="check-row">
            {Object.entries(PROPOSAL_PROGRAMS.labels).map(([code, label]) => (
              <label key={code}><input type="checkbox" value={code} {...register('programs')} /> {label}</label>
            ))}
          </div>
          {errors.programs ? <p className="field-error" role="alert">{errors.programs.message}</p> : null}
        </div>
        <Field id="reason" label="Alasan usulan" error={errors.reason?.message} wide>
          <textarea id="reason" rows={3} {...register('reason')} aria-invalid={Boolean(errors.reason)} />
        </Field>
      </fieldset>
      <ErrorBanner message={failure} />
      <div className="actions">
        <button type="button" className="secondary" onClick={onCancel}>Batal</button>
        <button type="submit" disabled={busy}>{existing ? 'Simpan usulan' : 'Tambahkan usulan'}</button>
      </div>
    </form>
  );
}

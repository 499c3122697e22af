import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { RESULT_HINTS } from '../../../../shared/groundcheck/form-html';
import { FAMILY_FOUND, GROUNDCHECK_RESULTS, GroundcheckRecordInputSchema } from '../../../../shared/groundcheck/schema';
import type { GroundcheckItem } from '../../../../shared/groundcheck/schema';
import { call } from '../../api/client';
import { DateInput } from '../../ui/DateInput';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { atFormField } from '../../ui/form-field-failure';
import { useBusyAction } from '../../ui/useBusyAction';

type ResultValues = z.input<typeof GroundcheckRecordInputSchema>;
type ResultOutput = z.output<typeof GroundcheckRecordInputSchema>;

const DESILS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
const toDesil = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));

/** This computer's calendar day, as ISO: the default day of a visit recorded today. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The form as it opens: the result recorded before, or the visit as assigned with nothing chosen yet. */
function initialValues(item: GroundcheckItem): Partial<ResultValues> {
  const { proposal, assignment, result } = item;
  if (result) {
    return { proposalId: proposal.id, result: result.result, recommendedDesil: result.recommendedDesil, notes: result.notes, checkedAt: result.checkedAt, officer: result.officer };
  }
  const planned = assignment?.plannedDate;
  return { proposalId: proposal.id, recommendedDesil: null, notes: '', checkedAt: planned && planned <= today() ? planned : today(), officer: assignment?.officer ?? '' };
}

interface ResultFormProps {
  item: GroundcheckItem;
  onRecorded: (item: GroundcheckItem) => void;
}

/** The result after Kemensos' field verification form: what was found, the desil it suggests, the day, who, notes. */
export function ResultForm({ item, onRecorded }: ResultFormProps) {
  const { busy, failure, act } = useBusyAction();
  const methods = useForm<ResultValues, unknown, ResultOutput>({ resolver: zodResolver(GroundcheckRecordInputSchema), defaultValues: initialValues(item) });
  const { register, handleSubmit, setError, control, formState } = methods;
  const { errors } = formState;
  const chosen = useWatch({ control, name: 'result' });
  // Nothing is chosen while the form is new, whatever the type says.
  const found = FAMILY_FOUND.some((f) => f === chosen);

  const submit = handleSubmit((values) =>
    act(async () => {
      onRecorded(await call('groundcheck.record', values));
    }, atFormField(setError, { only: ['result', 'recommendedDesil', 'notes', 'checkedAt', 'officer'], focus: true })),
  );

  return (
    <FormProvider {...methods}>
      <form className="gc-result-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Hasil groundcheck">
        <fieldset className={errors.result ? 'field-invalid' : undefined}>
          <legend>Hasil pemeriksaan</legend>
          <div className="gc-results" role="radiogroup" aria-label="Hasil pemeriksaan" aria-invalid={Boolean(errors.result)}>
            {GROUNDCHECK_RESULTS.codes.map((code) => (
              <label key={code} className="gc-result-choice">
                <input type="radio" value={code} {...register('result')} />
                <span>
                  <strong>{GROUNDCHECK_RESULTS.labels[code]}</strong>
                  <small className="muted">{RESULT_HINTS[code]}</small>
                </span>
              </label>
            ))}
          </div>
          {/* The schema's message lists the codes for the command line; here the only way to err is choosing none. */}
          {errors.result ? <p className="field-error" role="alert">Pilih salah satu hasil pemeriksaan</p> : null}
        </fieldset>
        <div className="grid-4">
          <Field id="gc-desil" label="Desil disarankan" error={errors.recommendedDesil?.message} hint={found ? 'Kosongkan bila tidak ada saran' : 'Hanya bila keluarga ditemukan'}>
            {/* Disabled, the field answers nothing and the schema's null applies: no desil for a family not found. */}
            <select id="gc-desil" {...register('recommendedDesil', { setValueAs: toDesil, disabled: !found })} aria-invalid={Boolean(errors.recommendedDesil)}>
              <option value="">–</option>
              {DESILS.map((d) => (
                <option key={d} value={d}>Desil {d}</option>
              ))}
            </select>
          </Field>
          <Field id="gc-checked" label="Tanggal pemeriksaan (HH-BB-TTTT)" error={errors.checkedAt?.message}>
            <DateInput<ResultValues> id="gc-checked" name="checkedAt" invalid={Boolean(errors.checkedAt)} />
          </Field>
          <Field id="gc-officer-name" label="Petugas yang memeriksa" error={errors.officer?.message}>
            <input id="gc-officer-name" {...register('officer')} aria-invalid={Boolean(errors.officer)} />
          </Field>
        </div>
        <Field id="gc-notes" label="Catatan pemeriksaan" error={errors.notes?.message} hint="Kondisi rumah, aset, penghasilan, keterangan tetangga atau RT/RW." wide>
          <textarea id="gc-notes" rows={3} {...register('notes')} aria-invalid={Boolean(errors.notes)} />
        </Field>
        <ErrorBanner message={failure} />
        <div className="actions">
          <button type="submit" disabled={busy}>{busy ? 'Menyimpan…' : item.result ? 'Simpan perubahan hasil' : 'Simpan hasil'}</button>
        </div>
      </form>
    </FormProvider>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { formatRtRw } from '../../../shared/format/address';
import { UNSUR } from '../../../shared/meeting/options';
import { AttendeeInputSchema } from '../../../shared/meeting/schema';
import type { Attendee, AttendeeInput } from '../../../shared/meeting/schema';
import { call } from '../api/client';
import { failureOf, useLoad } from '../app/useLoad';
import { ErrorBanner } from '../ui/ErrorBanner';
import { OptionList } from '../ui/OptionList';
import { useBusyAction } from '../ui/useBusyAction';
import { useTypeahead } from '../ui/useTypeahead';

type AttendeeFormValues = z.input<typeof AttendeeInputSchema>;
const toNumberOrNull = (v: unknown) => (v === '' || v === null || v === undefined || Number.isNaN(v) ? null : Number(v));
const emptyToNull = (v: unknown) => (v === '' ? null : v);
const BLANK: AttendeeFormValues = { name: '', unsur: 'RT', rt: null, rw: null, phone: null, present: true };

interface AttendancePanelProps {
  meetingId: number;
  locked: boolean;
  onChanged: () => void;
}

/** Quick keyboard entry: type a name (earlier attendees are suggested), Tab through, Enter adds. */
export function AttendancePanel({ meetingId, locked, onChanged }: AttendancePanelProps) {
  const [attendees, reload] = useLoad(() => call('attendees.list', { meetingId }), String(meetingId));
  const { failure, act } = useBusyAction();
  const { register, handleSubmit, reset, setFocus, setValue, control, formState } = useForm<AttendeeFormValues, unknown, AttendeeInput>({
    resolver: zodResolver(AttendeeInputSchema),
    defaultValues: BLANK,
  });
  const { errors } = formState;
  const typed = useWatch({ control, name: 'name' });
  const suggestions = useTypeahead(typed, 2, (prefix) => call('attendees.suggest', { prefix }));

  const change = (work: () => Promise<unknown>) =>
    act(async () => {
      await work();
      reload();
      onChanged();
    });

  const add = handleSubmit((values) =>
    change(async () => {
      await call('attendees.add', { meetingId, attendee: values });
      reset(BLANK);
      setFocus('name');
    }),
  );

  const nameField = register('name', {
    onChange: (e: { target: { value: string } }) => {
      const known = suggestions.results.find((s) => s.name === e.target.value.trim());
      if (known) {
        setValue('unsur', known.unsur);
        setValue('rt', known.rt);
        setValue('rw', known.rw);
        setValue('phone', known.phone);
      }
    },
  });

  const toggle = (a: Attendee) => {
    const { id, meetingId: _m, ...input } = a;
    void change(() => call('attendees.update', { id, attendee: { ...input, present: !a.present } }));
  };

  const list = attendees.state === 'ready' ? attendees.value : [];
  return (
    <div className="panel">
      <ErrorBanner message={failure ?? suggestions.error ?? failureOf(attendees)} />
      {locked ? null : (
        <form className="quick-entry" onSubmit={(e) => void add(e)} noValidate aria-label="Tambah peserta">
          <div className="field grow">
            <label htmlFor="attendee-name">Nama peserta</label>
            <input id="attendee-name" list="attendee-suggestions" autoComplete="off" {...nameField} aria-invalid={Boolean(errors.name)} />
            <datalist id="attendee-suggestions">
              {suggestions.results.map((s) => (
                <option key={`${s.name}-${s.unsur}`} value={s.name}>{UNSUR.labels[s.unsur]}{s.rw ? ` RW ${s.rw}` : ''}</option>
              ))}
            </datalist>
            {errors.name ? <p className="field-error" role="alert">{errors.name.message}</p> : null}
          </div>
          <div className="field">
            <label htmlFor="attendee-unsur">Unsur</label>
            <select id="attendee-unsur" {...register('unsur')}>
              <OptionList labels={UNSUR.labels} />
            </select>
          </div>
          <div className="field narrow">
            <label htmlFor="attendee-rt">RT</label>
            <input id="attendee-rt" type="number" {...register('rt', { setValueAs: toNumberOrNull })} aria-invalid={Boolean(errors.rt)} />
          </div>
          <div className="field narrow">
            <label htmlFor="attendee-rw">RW</label>
            <input id="attendee-rw" type="number" {...register('rw', { setValueAs: toNumberOrNull })} aria-invalid={Boolean(errors.rw)} />
          </div>
          <div className="field">
            <label htmlFor="attendee-phone">Telepon (boleh kosong)</label>
            <input id="attendee-phone" inputMode="tel" {...register('phone', { setValueAs: emptyToNull })} aria-invalid={Boolean(errors.phone)} />
          </div>
          <label className="inline-check"><input type="checkbox" {...register('present')} /> Hadir</label>
          <button type="submit">Tambah (Enter)</button>
          {errors.rt || errors.rw || errors.phone ? (
            <p className="field-error full" role="alert">{errors.rt?.message ?? errors.rw?.message ?? errors.phone?.message}</p>
          ) : null}
        </form>
      )}
      <table className="data-table" aria-label="Daftar hadir">
        <thead>
          <tr>
            <th className="num">No</th>
            <th>Nama</th>
            <th>Unsur</th>
            <th>RT/RW</th>
            <th>Telepon</th>
            <th>Kehadiran</th>
            {locked ? null : <th />}
          </tr>
        </thead>
        <tbody>
          {list.map((a, i) => (
            <tr key={a.id}>
              <td className="num">{i + 1}</td>
              <td>{a.name}</td>
              <td>{UNSUR.labels[a.unsur]}</td>
              <td className="mono">{a.rt !== null && a.rw !== null ? formatRtRw(a.rt, a.rw) : a.rw !== null ? `RW ${String(a.rw).padStart(3, '0')}` : '–'}</td>
              <td>{a.phone ?? '–'}</td>
              <td>
                <label className="inline-check">
                  <input type="checkbox" checked={a.present} disabled={locked} onChange={() => toggle(a)} aria-label={`${a.name} hadir`} /> {a.present ? 'Hadir' : 'Tidak hadir'}
                </label>
              </td>
              {locked ? null : (
                <td>
                  <button type="button" className="link danger-text" onClick={() => void change(() => call('attendees.delete', { id: a.id }))}>
                    Hapus
                  </button>
                </td>
              )}
            </tr>
          ))}
          {list.length === 0 ? (
            <tr><td colSpan={7} className="empty">Belum ada peserta.</td></tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

import { useState } from 'react';
import type { OutputOf } from '../../../shared/api/contract';
import { formatLongDate } from '../../../shared/format/date';
import { MEETING_STATUSES } from '../../../shared/meeting/options';
import { call } from '../api/client';
import { hrefFor } from '../app/route';
import { failureOf, useLoad } from '../app/useLoad';

type Meeting = OutputOf<'meetings.list'>[number];

export interface OpenMeetingChoice {
  open: readonly Meeting[];
  /** The meeting picked, else the first open one; null while loading or when none is open. */
  chosen: number | null;
  choose: (id: number) => void;
  ready: boolean;
  failure: string | null;
}

/** The meetings not finished yet (leaving out `except`), to add proposals to; the first is chosen until one is picked. */
export function useOpenMeetingChoice(except: number | null = null): OpenMeetingChoice {
  const [meetings] = useLoad(async () => (await call('meetings.list', {})).filter((m) => m.status !== 'SELESAI' && m.id !== except), String(except));
  const [picked, setPicked] = useState<number | null>(null);
  const open = meetings.state === 'ready' ? meetings.value : [];
  return { open, chosen: picked ?? open[0]?.id ?? null, choose: setPicked, ready: meetings.state === 'ready', failure: failureOf(meetings) };
}

/** The choice of meeting, or where none is open, the way to make one. */
export function OpenMeetingPicker({ id, label, choice }: { id: string; label: string; choice: OpenMeetingChoice }) {
  if (choice.ready && choice.open.length === 0) {
    return (
      <p className="banner banner-warn">
        Belum ada musyawarah yang belum selesai. <a href={hrefFor({ page: 'meeting-new' })}>Buat musyawarah</a> terlebih dahulu.
      </p>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={choice.chosen ?? ''} onChange={(e) => choice.choose(Number(e.target.value))}>
        {choice.open.map((m) => (
          <option key={m.id} value={m.id}>
            {formatLongDate(m.date)} · {m.letterNumber} · {MEETING_STATUSES.labels[m.status]}
          </option>
        ))}
      </select>
    </div>
  );
}

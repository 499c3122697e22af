import { parseArgs } from 'node:util';
import { formatLongDate } from '../../../shared/format/date';
import { DECISIONS, MEETING_STATUSES, PROPOSAL_KIND_SHORT } from '../../../shared/meeting/options';
import { DINSOS_STATUSES } from '../../../shared/inbox/city-proposals';
import type { ServiceContext } from '../../services/context';
import type { CliCommand } from './cli-command';
import { withData } from './data-context';
import { callOrFail } from './call';

export const meetingCommand: CliCommand = {
  name: 'meeting',
  usage: 'muskel meeting list [--json] | show ID [--json] [--data-dir DIR]',
  summary: 'Menampilkan daftar musyawarah, atau satu musyawarah dengan keputusan dan tanggapan Dinsos setiap usulan',
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' }, 'data-dir': { type: 'string' } }, allowPositionals: true });
    const [action, idText] = positionals;
    if (action === 'show' && idText && /^\d+$/.test(idText)) return withData(values['data-dir'], (ctx) => showMeeting(ctx, Number(idText), values.json ?? false));
    if (action !== 'list') {
      console.error(`Pemakaian: ${this.usage}`);
      return 2;
    }
    return withData(values['data-dir'], async (ctx) => {
      const meetings = await callOrFail(ctx, 'meetings.list', {});
      if (values.json) {
        console.log(JSON.stringify(meetings, null, 2));
        return 0;
      }
      if (meetings.length === 0) console.log('Belum ada musyawarah.');
      for (const m of meetings) {
        const c = m.counts;
        console.log(
          `#${m.id}  ${formatLongDate(m.date)}  ${m.letterNumber}  [${MEETING_STATUSES.labels[m.status]}]  ` +
            `usulan ${c.proposals} (diputuskan ${c.decided}: setuju ${c.approved}, tolak ${c.rejected}, tunda ${c.deferred}), hadir ${c.present}/${c.attendees}`,
        );
      }
      return 0;
    });
  },
};

/** One meeting with each proposal's decision and Dinsos' status: what the kelurahan tells a resident who asks. */
async function showMeeting(ctx: ServiceContext, id: number, json: boolean): Promise<number> {
  const meeting = await callOrFail(ctx, 'meetings.get', { id });
  const proposals = (await callOrFail(ctx, 'proposals.list', { meetingId: id })).map((p, i) => ({
    no: i + 1, id: p.id, kk: p.household.noKk, name: p.household.headName, kind: p.kind, programs: p.programs,
    decision: p.decision, groundcheck: p.groundcheck, dinsosStatus: p.dinsos?.status ?? null, dinsosNote: p.dinsos?.note ?? null,
  }));
  if (json) {
    console.log(JSON.stringify({ id: meeting.id, date: meeting.date, letterNumber: meeting.letterNumber, status: meeting.status, proposals }, null, 2));
    return 0;
  }
  console.log(`#${meeting.id}  ${formatLongDate(meeting.date)}  ${meeting.letterNumber}  [${MEETING_STATUSES.labels[meeting.status]}]`);
  for (const p of proposals) {
    const decision = p.decision ? DECISIONS.labels[p.decision] : 'belum diputuskan';
    const dinsos = p.dinsosStatus ? `; Dinsos: ${DINSOS_STATUSES.labels[p.dinsosStatus]}${p.dinsosNote ? ` (${p.dinsosNote})` : ''}` : '';
    console.log(`${String(p.no).padStart(3)}. ${p.name}  ${PROPOSAL_KIND_SHORT[p.kind]}  ${decision}${dinsos}`);
  }
  return 0;
}

import { parseArgs } from 'node:util';
import { formatLongDate } from '../../../shared/format/date';
import { MEETING_STATUSES } from '../../../shared/meeting/options';
import type { CliCommand } from './cli-command';
import { withData } from './data-context';
import { callOrFail } from './call';

export const meetingCommand: CliCommand = {
  name: 'meeting',
  usage: 'muskel meeting list [--json] [--data-dir DIR]',
  summary: 'Menampilkan daftar musyawarah beserta jumlah usulan, keputusan dan peserta',
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' }, 'data-dir': { type: 'string' } }, allowPositionals: true });
    if (positionals[0] !== 'list') {
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

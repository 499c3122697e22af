import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DINSOS_STATUSES } from '../../../shared/inbox/city-proposals';
import type { DinsosStatus } from '../../../shared/inbox/city-proposals';
import { AnswerRefused, importAnswer } from '../../services/answers/import-answer';
import type { CliCommand } from './cli-command';
import { withData } from './data-context';
import { requirePassphrase } from './passphrase';

const isStatus = (code: string): code is DinsosStatus => (DINSOS_STATUSES.codes as readonly string[]).includes(code);

export const responseCommand: CliCommand = {
  name: 'response',
  usage: 'muskel response import FILE [--passphrase-file F] [--json] [--data-dir DIR]',
  summary: 'Kelurahan: membuka tanggapan Dinsos, memeriksanya, dan mencatat status setiap usulan; keluar 0 hanya bila diterima',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { 'passphrase-file': { type: 'string' }, json: { type: 'boolean' }, 'data-dir': { type: 'string' } },
      allowPositionals: true,
    });
    const [action, file] = positionals;
    if (action !== 'import' || !file) {
      console.error(`Pemakaian: ${this.usage}`);
      return 2;
    }
    const passphrase = requirePassphrase(values['passphrase-file']);
    return withData(values['data-dir'], async (ctx) => {
      try {
        const result = await importAnswer(ctx, { source: resolve(file), fileName: basename(file), passphrase });
        if (values.json) console.log(JSON.stringify({ ok: true, ...result, problems: [] }, null, 2));
        else {
          console.log(`Tanggapan Dinsos untuk musyawarah ${result.meetingDate} nomor ${result.letterNumber} dibuka: ${result.proposals} usulan.`);
          for (const [status, n] of Object.entries(result.statuses)) console.log(`- ${isStatus(status) ? DINSOS_STATUSES.labels[status] : status}: ${n}`);
        }
        return 0;
      } catch (error) {
        if (!(error instanceof AnswerRefused)) throw error;
        if (values.json) console.log(JSON.stringify({ ok: false, problems: error.problems }, null, 2));
        else {
          console.log(`DITOLAK: tanggapan ${basename(file)} tidak dibuka.`);
          for (const problem of error.problems) console.log(`- ${problem}`);
        }
        return 1;
      }
    });
  },
};

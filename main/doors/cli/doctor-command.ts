import { parseArgs } from 'node:util';
import { callOrFail } from './call';
import type { CliCommand } from './cli-command';
import { withData } from './data-context';

export const doctorCommand: CliCommand = {
  name: 'doctor',
  usage: 'muskel doctor [--json] [--data-dir DIR]',
  summary: 'Pemeriksaan lengkap folder data: integritas basis data, rujukan antarbaris, rantai audit dan setiap lampiran',
  async run(args) {
    const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' }, json: { type: 'boolean', default: false } } });
    return withData(values['data-dir'], async (ctx) => {
      const report = await callOrFail(ctx, 'doctor.run', {});
      if (values.json) console.log(JSON.stringify(report));
      else if (report.problems.length === 0) {
        console.log(`Folder data sehat: basis data utuh, ${report.checked.auditEntries} catatan audit tidak terputus, ${report.checked.evidenceFiles} lampiran cocok.`);
      } else for (const problem of report.problems) console.log(problem);
      return report.problems.length === 0 ? 0 : 1;
    });
  },
};

import type { ServiceContext } from '../../main/services/context';
import { closeMeeting, createMeeting, startMeeting } from '../../main/services/meetings';
import { minutesPdf } from '../../main/services/minutes';
import { addProposal, decide } from '../../main/services/proposals';
import { DEMO_SETTINGS } from '../../main/services/demo';
import { footerTemplate, page } from '../../shared/minutes/html';
import { ms } from './stats';

async function timeIt(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Berita acara with 300 proposals beside a blank A4 page printed by the same Chromium in the same run. */
export async function benchMinutes(ctx: ServiceContext, runs: number): Promise<void> {
  const meeting = await createMeeting(ctx, {
    date: '2026-11-27', startTime: '09:00', endTime: '12:00', place: 'Aula Kantor Kelurahan', letterNumber: '400.9/999/35.73.05.1004/2026',
    agenda: 'Bench', chairName: DEMO_SETTINGS.lurahName, chairNip: DEMO_SETTINGS.lurahNip, secretaryName: DEMO_SETTINGS.secretaryName, secretaryNip: '',
  });
  startMeeting(ctx, meeting.id);
  const households = ctx.db.prepare('SELECT id FROM households ORDER BY id DESC LIMIT 300').pluck().all() as number[];
  for (const householdId of households) {
    const p = addProposal(ctx, meeting.id, { householdId, memberId: null, kind: 'USULAN_PROGRAM', programs: ['SEMBAKO'], deactivationReason: null, reason: 'Bench', source: 'RT_RW' });
    decide(ctx, { proposalId: p.id, decision: 'DISETUJUI', groundcheck: false, note: '' });
  }
  closeMeeting(ctx, meeting.id, null);
  const blank = page('Kosong', '<p></p>', 'A4');
  const baseline = await timeIt(runs, () => ctx.pdf.render(blank, { footerTemplate: footerTemplate(''), paper: 'A4' }));
  const minutes = await timeIt(runs, () => minutesPdf(ctx, meeting.id, 'BERITA_ACARA'));
  const pages = (await minutesPdf(ctx, meeting.id, 'BERITA_ACARA')).pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  console.log(`  berita acara 300 usulan (${pages} halaman): median ${ms(minutes)}  |  halaman A4 kosong: median ${ms(baseline)}  |  rasio ${(minutes / baseline).toFixed(1)}x`);
}

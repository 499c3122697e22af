import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHousehold } from '../../../../main/services/households';
import { closeMeeting, createMeeting, startMeeting } from '../../../../main/services/meetings';
import { addProposal, decide } from '../../../../main/services/proposals';
import { proposeFromWorklist } from '../../../../main/services/worklist-propose';
import type { WorklistFilter, WorklistProposeInput } from '../../../../shared/dtsen/worklist-schema';
import type { HouseholdInput } from '../../../../shared/household/schema';
import { LOCKED_MESSAGE } from '../../../../shared/meeting/meeting-rules';
import { tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';
import { aHousehold, aMember } from '../../../fixtures/households';
import { aMeeting, aProposal, withSettings } from '../../../fixtures/meetings';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await tempContext();
  await withSettings(ctx);
});
afterEach(() => ctx.cleanup());

const ALL: WorklistFilter = { codes: [], rw: null, rt: null, program: null };
const adults = () => [aMember(), aMember({ name: 'Siti Aminah', sex: 'P', birthDate: '1984-09-02', relationship: 'ISTRI' })];
const add = (h: Partial<HouseholdInput>) => createHousehold(ctx, aHousehold(h)).id;
let letter = 200;
async function meeting(): Promise<number> {
  letter += 1;
  return (await createMeeting(ctx, aMeeting({ letterNumber: `400.9/${String(letter)}/35.73.05.1004/2026` }))).id;
}
const propose = (meetingId: number, more: Partial<WorklistProposeInput> = {}) => proposeFromWorklist(ctx, { meetingId, filter: ALL, items: null, ...more });

interface Row { household_id: number; kind: string; programs: string; reason: string; source: string; groundcheck: number; decision: string | null }
const rows = (meetingId: number) =>
  ctx.db.prepare('SELECT household_id, kind, programs, reason, source, groundcheck, decision FROM proposals WHERE meeting_id = ? ORDER BY position').all(meetingId) as Row[];
const audited = (meetingId: number) => ctx.db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'USULAN' AND action = 'BUAT' AND meeting_id = ?").pluck().get(meetingId) as number;

function register() {
  return {
    twoReasons: add({ desil: 6, programs: ['PKH', 'SEMBAKO'], rw: 1, rt: 1, members: adults() }),
    eligible: add({ desil: 3, programs: ['SEMBAKO'], rw: 1, rt: 2 }),
    missing: add({ desil: null, programs: ['PBI_JK'], rw: 2, rt: 1, members: adults() }),
  };
}

describe('Jadikan usulan', () => {
  it('turns every item into a proposal of the fitting kind, source Data DTSEN, reason from the item, groundcheck suggested for desil reviews, each audited', async () => {
    const f = register();
    const id = await meeting();
    expect(propose(id)).toEqual({ added: 3, skipped: 0, missing: 0 });
    expect(rows(id)).toEqual([
      {
        household_id: f.twoReasons, kind: 'PENINJAUAN_DESIL', programs: '[]', source: 'DTSEN', groundcheck: 1, decision: null,
        reason:
          'Penerima PKH berada di desil 6 (PKH ditangguhkan mulai desil 5): PKH dihentikan sementara dan keluarga perlu groundcheck. ' +
          'Menerima Sembako di desil 6, di atas ambang (Sembako: desil 1–5): kemungkinan salah sasaran (kesalahan inklusi).',
      },
      {
        household_id: f.eligible, kind: 'USULAN_PROGRAM', programs: '["PKH","PBI_JK"]', source: 'DTSEN', groundcheck: 0, decision: null,
        reason: 'Desil 3 memenuhi syarat PKH dan PBI-JK (PKH: desil 1–4; PBI-JK: desil 1–5), tetapi keluarga belum menerimanya: kemungkinan kesalahan eksklusi (layak tetapi tidak menerima). Komponen PKH: anak sekolah.',
      },
      {
        household_id: f.missing, kind: 'BARU', programs: '[]', source: 'DTSEN', groundcheck: 0, decision: null,
        reason: 'Menerima PBI-JK, tetapi keluarga tidak tercatat di DTSEN (tanpa desil): perlu didaftarkan atau diperiksa.',
      },
    ]);
    expect(audited(id)).toBe(3);
  });

  it('skips a family already proposed for the same kind in a meeting that is not finished, this one or another, and counts it', async () => {
    const f = register();
    const other = await meeting();
    addProposal(ctx, other, aProposal(f.eligible, { kind: 'USULAN_PROGRAM', programs: ['SEMBAKO'] }));
    addProposal(ctx, other, aProposal(f.missing, { kind: 'PENINJAUAN_DESIL', programs: [] }));
    const id = await meeting();
    expect(propose(id)).toEqual({ added: 2, skipped: 1, missing: 0 });
    expect(rows(id).map((r) => r.household_id)).toEqual([f.twoReasons, f.missing]);
    expect(propose(id)).toEqual({ added: 0, skipped: 3, missing: 0 });
    expect(audited(id)).toBe(2);
  });

  it('proposes again once the earlier meeting is finished', async () => {
    const f = register();
    const earlier = await meeting();
    const p = addProposal(ctx, earlier, aProposal(f.eligible));
    startMeeting(ctx, earlier);
    decide(ctx, { proposalId: p.id, decision: 'DITUNDA', groundcheck: false, note: 'Dokumen belum lengkap' });
    closeMeeting(ctx, earlier, null);
    const id = await meeting();
    expect(propose(id, { filter: { ...ALL, codes: ['LAYAK_BELUM_MENERIMA'] } })).toEqual({ added: 1, skipped: 0, missing: 0 });
  });

  it('takes only the chosen items, and counts a chosen item no longer on the list as missing', async () => {
    const f = register();
    const id = await meeting();
    const result = propose(id, {
      items: [
        { code: 'TIDAK_ADA_DI_DTSEN', householdId: f.missing },
        { code: 'TIDAK_ADA_DI_DTSEN', householdId: f.missing },
        { code: 'PKH_DITANGGUHKAN', householdId: f.eligible },
      ],
    });
    expect(result).toEqual({ added: 1, skipped: 0, missing: 1 });
    expect(rows(id).map((r) => [r.household_id, r.kind])).toEqual([[f.missing, 'BARU']]);
  });

  it('refuses a finished meeting and writes nothing', async () => {
    register();
    const id = await meeting();
    startMeeting(ctx, id);
    closeMeeting(ctx, id, null);
    const before = ctx.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    expect(() => propose(id)).toThrow(LOCKED_MESSAGE);
    expect(rows(id)).toEqual([]);
    expect(ctx.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before);
  });
});

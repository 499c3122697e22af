import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertFindingsOf } from '../../../../../main/db/city-finding-queries';
import { insertCityProposal, insertInboxPackage } from '../../../../../main/db/inbox-queries';
import { cityProposalToDb } from '../../../../../main/db/inbox-mapping';
import { listCityProposals } from '../../../../../main/services/inbox/city-proposals';
import { setDinsosStatus } from '../../../../../main/services/answers/dinsos-status';
import type { PackageProposal } from '../../../../../shared/package/schema';
import type { TestContext } from '../../../../fixtures/context';
import { dinsosContext } from '../../../../fixtures/inbox';

let dinsos: TestContext;
let sha = 0;

/** A package in force from `kelurahan` for a meeting on `date`, with these proposals (numbered in order). */
function aPackage(kelurahan: [code: string, name: string], meeting: number, date: string, proposals: Partial<PackageProposal>[]): number[] {
  const packageId = insertInboxPackage(dinsos.db, {
    sha256: String(++sha).padStart(64, '0'), file_name: `p${sha}.zip.age`, bag_name: `usulan-${kelurahan[0]}-x`, kelurahan_code: kelurahan[0], kelurahan_name: kelurahan[1],
    kecamatan_name: 'Lowokwaru', meeting_ref: meeting, meeting_date: date, letter_number: `400/${meeting}`, signer_key_id: 'ABCD', reply_recipient: null,
    berita_acara_sha256: null, daftar_hadir_sha256: null, imported_at: '2026-11-28T01:00:00.000Z', imported_by: 'Petugas',
  });
  const inserted = proposals.map((p, i) =>
    insertCityProposal(dinsos.db, cityProposalToDb(packageId, kelurahan[0], {
      no: i + 1, nik: '3573050000000000', noKk: '3573050000000001', name: 'WARGA', address: 'JL. A', rt: 1, rw: 1, desil: 3, currentPrograms: [], kind: 'BARU',
      programs: [], deactivationReason: null, reason: 'x', source: 'RT_RW', decision: 'DISETUJUI', groundcheck: false, note: '', evidence: [], ...p,
    })),
  );
  // As an import does, in its transaction.
  insertFindingsOf(dinsos.db, packageId);
  return inserted;
}

const DINOYO: [string, string] = ['3573051004', 'Dinoyo'];
const SUMBERSARI: [string, string] = ['3573051005', 'Sumbersari'];
let ids: Record<string, number>;

beforeAll(async () => {
  ({ ctx: dinsos } = await dinsosContext());
  // FIXED_NOW is 28 November 2026 in Malang: objections of 27 October lapsed, of 20 November have 6 days left.
  const [approvedNew = 0, lateObjection = 0] = aPackage(DINOYO, 1, '2026-10-27', [
    { nik: '3573051111110001', kind: 'BARU', decision: 'DISETUJUI' },
    { nik: '3573051111110002', kind: 'SANGGAHAN' },
  ]);
  const [stop = 0, freshObjection = 0, alone = 0] = aPackage(DINOYO, 2, '2026-11-20', [
    { nik: '3573051111110001', kind: 'PENONAKTIFAN', deactivationReason: 'GRADUASI' },
    { nik: '3573051111110003', kind: 'SANGGAHAN' },
    { nik: '3573051111110004', kind: 'USULAN_PROGRAM', programs: ['PKH'], groundcheck: true },
  ]);
  const [elsewhere = 0] = aPackage(SUMBERSARI, 1, '2026-11-21', [{ nik: '3573051111110004', noKk: '3573059999999999', kind: 'BARU' }]);
  ids = { approvedNew, lateObjection, stop, freshObjection, alone, elsewhere };
}, 60_000);
afterAll(async () => {
  await dinsos.cleanup();
});

describe('the city register', () => {
  it('puts unanswered objections first, the lapsed one before the one with days left, and counts the days from today', async () => {
    const page = await listCityProposals(dinsos, {});
    expect(page.rows.slice(0, 2).map((r) => [r.id, r.deadline])).toEqual([
      [ids.lateObjection, { dueDate: '2026-11-10', daysLeft: -18 }],
      [ids.freshObjection, { dueDate: '2026-12-04', daysLeft: 6 }],
    ]);
    expect(page.rows.filter((r) => r.kind !== 'SANGGAHAN').every((r) => r.deadline === null)).toBe(true);
  });

  it('drops an objection from the deadline list once Dinsos answers it', async () => {
    await setDinsosStatus(dinsos, { ids: [ids.freshObjection ?? 0], status: 'DALAM_PROSES', note: '' });
    const page = await listCityProposals(dinsos, {});
    expect(page.rows[0]?.id).toBe(ids.lateObjection);
    expect(page.rows.find((r) => r.id === ids.freshObjection)?.deadline).toBeNull();
  });

  it('shows a stop contradicting an earlier approved registration on both, and another kelurahan with another KK on both', async () => {
    const page = await listCityProposals(dinsos, { crossChecked: true });
    const checks = new Map(page.rows.map((r) => [r.id, r.crossChecks.map((c) => [c.code, c.otherProposalId])]));
    expect(checks).toEqual(new Map([
      [ids.approvedNew, [['BERTENTANGAN', ids.stop]]],
      [ids.stop, [['BERTENTANGAN', ids.approvedNew]]],
      [ids.alone, [['NIK_KELURAHAN_LAIN', ids.elsewhere], ['KK_BERBEDA', ids.elsewhere]]],
      [ids.elsewhere, [['NIK_KELURAHAN_LAIN', ids.alone], ['KK_BERBEDA', ids.alone]]],
    ]));
    expect(page.rows.find((r) => r.id === ids.stop)?.crossChecks[0]?.message).toBe('Bertentangan dengan usulan Kelurahan Dinoyo (usulan nomor 1, musyawarah 27 Oktober 2026): Baru yang disetujui');
  });

  it('filters by programme and counts per kelurahan under the filter', async () => {
    const page = await listCityProposals(dinsos, { program: 'PKH' });
    expect(page.rows.map((r) => r.id)).toEqual([ids.alone]);
    expect(page.perKelurahan).toEqual([{ kelurahanCode: '3573051004', kelurahanName: 'Dinoyo', proposals: 1, approved: 1, groundcheck: 1, answered: 0 }]);
  });
});

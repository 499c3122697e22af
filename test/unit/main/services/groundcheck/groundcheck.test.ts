import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../main/api/dispatch';
import { evidenceDir } from '../../../../../main/services/evidence';
import { assignGroundcheck, listGroundcheck } from '../../../../../main/services/groundcheck/assignments';
import { addGroundcheckPhoto, readGroundcheckPhoto } from '../../../../../main/services/groundcheck/photos';
import { recordGroundcheckResult } from '../../../../../main/services/groundcheck/results';
import { getCityProposal } from '../../../../../main/services/inbox/city-files';
import { listCityProposals } from '../../../../../main/services/inbox/city-proposals';
import { saveSettings } from '../../../../../main/services/settings';
import type { Channel } from '../../../../../shared/api/contract';
import type { TestContext } from '../../../../fixtures/context';
import { tempContext } from '../../../../fixtures/context';
import { SMALL_JPEG, jpegWithExif } from '../../../../fixtures/exif-jpeg';
import { dinsosRegister } from '../../../../fixtures/groundcheck';
import type { DinsosRegister } from '../../../../fixtures/groundcheck';
import { SETTINGS } from '../../../../fixtures/settings';
import { FIXED_NOW } from '../../../../fixtures/clock';
import { formatDate } from '../../../../../shared/format/date';
import { dateIn } from '../../../../../shared/format/time-zone';

let register: DinsosRegister;
let ctx: TestContext;
/** The two proposals flagged "perlu groundcheck" (Dinoyo's and Sumbersari's first), and one not flagged. */
let flagged: number[];
let other: number;

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const MALANG_PHOTO = { latitude: -7.9700944, longitude: 112.6293333, dateTimeOriginal: '2026:11:27 09:15:30' };

async function refusal(channel: Channel, input: unknown): Promise<{ code: string; message: string; field?: string }> {
  const result = await dispatch(ctx, channel, input);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
}

function auditOf(proposalId: number): { action: string; before: unknown; after: unknown; operator: string }[] {
  const rows = ctx.db.prepare("SELECT action, before, after, operator FROM audit_log WHERE entity = 'GROUNDCHECK' AND entity_id = ? ORDER BY id").all(proposalId) as {
    action: string; before: string | null; after: string | null; operator: string;
  }[];
  return rows.map((r) => ({ ...r, before: r.before === null ? null : JSON.parse(r.before), after: r.after === null ? null : JSON.parse(r.after) }));
}

beforeAll(async () => {
  register = await dinsosRegister();
  ctx = register.ctx;
  const page = await listCityProposals(ctx, {});
  flagged = page.rows.filter((r) => r.groundcheck).map((r) => r.id);
  other = page.rows.find((r) => !r.groundcheck)?.id ?? 0;
}, 240_000);
afterAll(() => register.cleanup());

describe('groundcheck assignments', () => {
  it('gives every flagged proposal without an officer to one officer and day, audited, and leaves them be the second time', async () => {
    expect(flagged).toHaveLength(2);
    expect((await listGroundcheck(ctx, {})).unassigned).toBe(2);
    const first = await assignGroundcheck(ctx, { officer: ' Budi   Santoso ', plannedDate: '2026-12-03', allFlagged: true });
    expect(first).toEqual({ assigned: 2, reassigned: 0, unchanged: 0, proposalIds: flagged });
    expect(await assignGroundcheck(ctx, { officer: 'Siti Aminah', plannedDate: '2026-12-04', allFlagged: true })).toEqual({ assigned: 0, reassigned: 0, unchanged: 0, proposalIds: [] });
    const rows = ctx.db.prepare('SELECT proposal_id, officer, planned_date, assigned_at, assigned_by FROM groundcheck_assignments ORDER BY proposal_id').all();
    expect(rows).toEqual(flagged.toSorted((a, b) => a - b).map((id) => ({
      proposal_id: id, officer: 'Budi Santoso', planned_date: '2026-12-03', assigned_at: '2026-11-28T02:00:00.000Z', assigned_by: 'Operator Uji',
    })));
    expect(auditOf(flagged[0] ?? 0)).toEqual([
      { action: 'BUAT', operator: 'Operator Uji', before: null, after: { proposalId: flagged[0], officer: 'Budi Santoso', plannedDate: '2026-12-03', assignedAt: '2026-11-28T02:00:00.000Z', assignedBy: 'Operator Uji' } },
    ]);
  });

  it('moves a named proposal to another officer (audited with the earlier one), assigns one not flagged, and records nothing for the same officer and day', async () => {
    const [moved = 0] = flagged;
    expect(await assignGroundcheck(ctx, { officer: 'Siti Aminah', plannedDate: '2026-12-04', proposalIds: [moved, other, other] }))
      .toEqual({ assigned: 1, reassigned: 1, unchanged: 0, proposalIds: [moved, other] });
    expect(auditOf(moved).at(-1)).toMatchObject({ action: 'UBAH', before: { officer: 'Budi Santoso', plannedDate: '2026-12-03' }, after: { officer: 'Siti Aminah', plannedDate: '2026-12-04' } });
    expect(await assignGroundcheck(ctx, { officer: 'Siti Aminah', plannedDate: '2026-12-04', proposalIds: [moved] })).toEqual({ assigned: 0, reassigned: 0, unchanged: 1, proposalIds: [moved] });
    expect(auditOf(moved)).toHaveLength(2);
  });

  it('lists by officer (any case), by day, with and without a result, in round order', async () => {
    const all = await listGroundcheck(ctx, {});
    expect(all).toMatchObject({ total: 3, unassigned: 0, officers: ['Budi Santoso', 'Siti Aminah'] });
    expect(all.rows.map((r) => r.assignment?.plannedDate)).toEqual(['2026-12-03', '2026-12-04', '2026-12-04']);
    const siti = await listGroundcheck(ctx, { officer: 'siti aminah' });
    expect(siti.rows.map((r) => r.proposal.id).toSorted()).toEqual([flagged[0], other].toSorted());
    expect((await listGroundcheck(ctx, { plannedDate: '2026-12-03' })).rows.map((r) => r.proposal.id)).toEqual([flagged[1]]);
    expect((await listGroundcheck(ctx, { hasResult: true })).total).toBe(0);
    expect((await listGroundcheck(ctx, { hasResult: false })).total).toBe(3);
    const twin = all.rows.find((r) => r.proposal.id === flagged[1]);
    expect(twin?.proposal.crossChecks.map((c) => c.code)).toEqual(['NIK_KELURAHAN_LAIN', 'KK_BERBEDA']);
    expect(twin).toMatchObject({ result: null, photos: [], dinsosNote: '', proposal: { dinsosStatus: null, groundcheck: true } });
  });

  it('refuses unknown proposals, a missing officer or date, both or neither of ids and all flagged, naming the field', async () => {
    expect(await refusal('groundcheck.assign', { officer: 'Budi Santoso', plannedDate: '2026-12-03', proposalIds: [flagged[0], 9999] }))
      .toEqual({ code: 'NOT_FOUND', message: 'Usulan dengan id 9999 tidak ditemukan di daftar usulan kota', field: 'proposalIds' });
    expect(await refusal('groundcheck.assign', { officer: 'B', plannedDate: '2026-12-03', allFlagged: true }))
      .toMatchObject({ code: 'INVALID_INPUT', field: 'officer', message: expect.stringContaining('Nama petugas groundcheck wajib diisi') });
    expect(await refusal('groundcheck.assign', { officer: 'Budi Santoso', plannedDate: '2026-02-30', allFlagged: true }))
      .toMatchObject({ code: 'INVALID_INPUT', field: 'plannedDate', message: expect.stringContaining('Tanggal groundcheck harus tanggal yang sah') });
    expect(await refusal('groundcheck.assign', { officer: 'Budi Santoso', plannedDate: '2026-12-03' }))
      .toMatchObject({ field: 'proposalIds', message: expect.stringContaining('Pilih usulan yang ditugaskan') });
    expect(await refusal('groundcheck.assign', { officer: 'Budi Santoso', plannedDate: '2026-12-03', allFlagged: true, proposalIds: [1] }))
      .toMatchObject({ field: 'proposalIds', message: expect.stringContaining('bukan keduanya') });
  });
});

describe('groundcheck results', () => {
  it('records what was found, sets the answer in the city register and audits both', async () => {
    const [id = 0] = flagged;
    const item = await recordGroundcheckResult(ctx, { proposalId: id, result: 'LAYAK', recommendedDesil: 2, notes: 'Rumah semi permanen, lantai tanah' });
    expect(item.result).toEqual({
      result: 'LAYAK', recommendedDesil: 2, notes: 'Rumah semi permanen, lantai tanah', checkedAt: '2026-11-28', officer: 'Siti Aminah',
      recordedAt: '2026-11-28T02:00:00.000Z', recordedBy: 'Operator Uji',
    });
    expect(item.proposal.dinsosStatus).toBe('GROUNDCHECK_LAYAK');
    expect(await getCityProposal(ctx, id)).toMatchObject({ dinsosStatus: 'GROUNDCHECK_LAYAK', dinsosNote: 'Hasil groundcheck: layak; desil disarankan 2' });
    expect(auditOf(id).at(-1)).toMatchObject({
      action: 'PUTUSAN',
      before: { proposalId: id, result: null, dinsosStatus: null, dinsosNote: '' },
      after: { proposalId: id, result: { result: 'LAYAK', officer: 'Siti Aminah' }, dinsosStatus: 'GROUNDCHECK_LAYAK', dinsosNote: 'Hasil groundcheck: layak; desil disarankan 2' },
    });
  });

  it('answers "tidak layak" with the reason for every result where the family was not found as proposed', async () => {
    const [, id = 0] = flagged;
    for (const [result, note] of [
      ['TIDAK_LAYAK', 'Hasil groundcheck: tidak layak'], ['TIDAK_DITEMUKAN', 'Hasil groundcheck: tidak ditemukan'], ['PINDAH', 'Hasil groundcheck: pindah'],
      ['MENINGGAL', 'Hasil groundcheck: meninggal dunia'], ['DATA_GANDA', 'Hasil groundcheck: data ganda'],
    ] as const) {
      const item = await recordGroundcheckResult(ctx, { proposalId: id, result, checkedAt: '2026-11-27', officer: 'Agus Salim' });
      expect([item.proposal.dinsosStatus, item.dinsosNote, item.result?.officer, item.result?.checkedAt]).toEqual(['GROUNDCHECK_TIDAK_LAYAK', note, 'Agus Salim', '2026-11-27']);
    }
    expect(auditOf(id).at(-1)).toMatchObject({ before: { result: { result: 'MENINGGAL' }, dinsosNote: 'Hasil groundcheck: meninggal dunia' } });
    expect(ctx.db.prepare('SELECT count(*) FROM groundcheck_results WHERE proposal_id = ?').pluck().get(id)).toBe(1);
    expect((await listGroundcheck(ctx, { hasResult: true })).rows.map((r) => r.proposal.id).toSorted()).toEqual(flagged.toSorted());
    expect((await listCityProposals(ctx, { dinsosStatus: 'GROUNDCHECK_TIDAK_LAYAK' })).rows.map((r) => r.id)).toEqual([id]);
  });

  it('refuses a bad result, a desil for a family not found, a day not yet come, an unknown proposal and one without an officer', async () => {
    const [id = 0] = flagged;
    expect(await refusal('groundcheck.record', { proposalId: id, result: 'SUDAH_MAMPU' }))
      .toMatchObject({ code: 'INVALID_INPUT', field: 'result', message: expect.stringContaining('Hasil groundcheck harus salah satu dari: LAYAK, TIDAK_LAYAK, TIDAK_DITEMUKAN') });
    expect(await refusal('groundcheck.record', { proposalId: id, result: 'TIDAK_DITEMUKAN', recommendedDesil: 3 }))
      .toMatchObject({ field: 'recommendedDesil', message: expect.stringContaining('hanya diisi bila keluarga ditemukan') });
    expect(await refusal('groundcheck.record', { proposalId: id, result: 'LAYAK', recommendedDesil: 11 }))
      .toMatchObject({ field: 'recommendedDesil', message: expect.stringContaining('1 sampai 10') });
    const today = dateIn('WIB', FIXED_NOW);
    const tomorrow = dateIn('WIB', new Date(FIXED_NOW.getTime() + 86_400_000));
    expect(await refusal('groundcheck.record', { proposalId: id, result: 'LAYAK', checkedAt: tomorrow }))
      .toEqual({ code: 'INVALID_INPUT', field: 'checkedAt', message: `Tanggal pemeriksaan ${formatDate(tomorrow)} belum tiba; hasil groundcheck dicatat setelah kunjungan (hari ini ${formatDate(today)})` });
    expect(await refusal('groundcheck.record', { proposalId: 9999, result: 'LAYAK' }))
      .toEqual({ code: 'NOT_FOUND', field: 'proposalId', message: 'Usulan dengan id 9999 tidak ditemukan di daftar usulan kota' });
    const unassigned = (await listCityProposals(ctx, {})).rows.find((r) => !r.groundcheck && r.id !== other)?.id ?? 0;
    expect(await refusal('groundcheck.record', { proposalId: unassigned, result: 'LAYAK' }))
      .toEqual({ code: 'INVALID_INPUT', field: 'officer', message: `Usulan dengan id ${unassigned} belum ditugaskan kepada petugas groundcheck; isi nama petugas yang memeriksa` });
    expect(await getCityProposal(ctx, unassigned)).toMatchObject({ dinsosStatus: null });
  });
});

describe('groundcheck photos', () => {
  it('keeps a JPEG encrypted with the position and time from its EXIF and links to the map; the same photo twice is kept once', async () => {
    const [id = 0] = flagged;
    const bytes = jpegWithExif(MALANG_PHOTO);
    const photo = await addGroundcheckPhoto(ctx, { proposalId: id, fileName: 'IMG_0001.jpg', caption: 'Tampak depan', contentBase64: bytes.toString('base64') });
    expect(photo).toMatchObject({ proposalId: id, fileName: 'IMG_0001.jpg', caption: 'Tampak depan', mime: 'image/jpeg', size: bytes.length, takenAt: '2026-11-27T09:15:30', addedBy: 'Operator Uji' });
    expect(photo.latitude).toBeCloseTo(-7.9700944, 6);
    expect(photo.longitude).toBeCloseTo(112.6293333, 6);
    expect(photo.mapLinks).toEqual({
      openStreetMap: 'https://www.openstreetmap.org/?mlat=-7.970094&mlon=112.629333#map=18/-7.970094/112.629333',
      googleMaps: 'https://www.google.com/maps/search/?api=1&query=-7.970094,112.629333',
    });
    const sha = ctx.db.prepare('SELECT sha256 FROM groundcheck_photos WHERE id = ?').pluck().get(photo.id) as string;
    const stored = readFileSync(join(evidenceDir(ctx), sha));
    expect(stored.includes(bytes.subarray(0, 200))).toBe(false);
    expect(await readGroundcheckPhoto(ctx, photo.id)).toEqual({ mime: 'image/jpeg', contentBase64: bytes.toString('base64') });
    expect((await addGroundcheckPhoto(ctx, { proposalId: id, fileName: 'lagi.jpg', contentBase64: bytes.toString('base64') })).id).toBe(photo.id);
    expect(auditOf(id).filter((e) => e.action === 'BUAT' && (e.after as { photoId?: number }).photoId === photo.id)).toHaveLength(1);
    expect((await listGroundcheck(ctx, {})).rows.find((r) => r.proposal.id === id)?.photos.map((p) => p.id)).toEqual([photo.id]);
  });

  it('keeps a photo without EXIF with no position or time', async () => {
    const [, id = 0] = flagged;
    const png = await addGroundcheckPhoto(ctx, { proposalId: id, fileName: 'dalam.png', contentBase64: PNG.toString('base64') });
    expect(png).toMatchObject({ mime: 'image/png', latitude: null, longitude: null, takenAt: null, mapLinks: null, caption: '' });
    const plain = await addGroundcheckPhoto(ctx, { proposalId: id, fileName: 'depan.jpg', contentBase64: SMALL_JPEG.toString('base64') });
    expect(plain).toMatchObject({ mime: 'image/jpeg', latitude: null, takenAt: null });
  });

  it('refuses a photo too big, empty or not an image, for an unknown proposal, and an unknown photo', async () => {
    const [id = 0] = flagged;
    const big = Buffer.concat([SMALL_JPEG, Buffer.alloc(5 * 1024 * 1024)]);
    expect(await refusal('groundcheck.addPhoto', { proposalId: id, fileName: 'besar.jpg', contentBase64: big.toString('base64') }))
      .toEqual({ code: 'INVALID_INPUT', field: 'contentBase64', message: 'Foto besar.jpg berukuran 5.0 MB; paling besar 5 MB' });
    expect(await refusal('groundcheck.addPhoto', { proposalId: id, fileName: 'kosong.jpg', contentBase64: '' }))
      .toEqual({ code: 'INVALID_INPUT', field: 'contentBase64', message: 'Foto kosong.jpg kosong' });
    expect(await refusal('groundcheck.addPhoto', { proposalId: id, fileName: 'surat.pdf', contentBase64: Buffer.from('%PDF-1.7 isi').toString('base64') }))
      .toEqual({ code: 'INVALID_INPUT', field: 'contentBase64', message: 'Berkas surat.pdf bukan foto JPEG atau PNG' });
    expect(await refusal('groundcheck.addPhoto', { proposalId: 9999, fileName: 'a.jpg', contentBase64: SMALL_JPEG.toString('base64') }))
      .toMatchObject({ code: 'NOT_FOUND', field: 'proposalId' });
    expect(await refusal('groundcheck.photo', { id: 9999 })).toEqual({ code: 'NOT_FOUND', field: 'id', message: 'Foto groundcheck dengan id 9999 tidak ditemukan' });
  });
});

describe('groundcheck in a kelurahan folder', () => {
  it('is refused: it is Dinsos work', async () => {
    const kelurahan = await tempContext();
    try {
      await saveSettings(kelurahan, SETTINGS);
      const result = await dispatch(kelurahan, 'groundcheck.assign', { officer: 'Budi Santoso', plannedDate: '2026-12-03', allFlagged: true });
      expect(result).toEqual({ ok: false, error: { code: 'NOT_CONFIGURED', message: 'Folder ini belum disiapkan untuk Dinsos. Isi data dinas di Pengaturan terlebih dahulu.' } });
      for (const channel of ['groundcheck.list', 'groundcheck.photo', 'groundcheck.formPdf'] as const) {
        const input = channel === 'groundcheck.list' ? {} : channel === 'groundcheck.photo' ? { id: 1 } : { ids: [1] };
        expect((await dispatch(kelurahan, channel, input)).ok, channel).toBe(false);
      }
    } finally {
      await kelurahan.cleanup();
    }
  });
});

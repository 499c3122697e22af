import { describe, expect, it } from 'vitest';
import { ERASED_PERSONAL_DATA } from '../../../../shared/audit/schema';
import type { AuditEntry } from '../../../../shared/audit/schema';
import { describeChange } from '../../../../renderer/src/audit/describe-change';

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  id: 1, at: '2026-11-28T02:00:00.000Z', operator: 'Operator Uji', action: 'UBAH', entity: 'KELUARGA', entityId: 1, before: null, after: null, ...overrides,
});
const ERASED = ERASED_PERSONAL_DATA;

describe('describeChange', () => {
  it('names the changed fields of an edit', () => {
    expect(describeChange(entry({ before: { address: 'Jl. Kenanga 7', desil: 2 }, after: { address: 'Jl. Melati 9', desil: 4 } }))).toBe('alamat: Jl. Kenanga 7 → Jl. Melati 9; desil: 2 → 4');
  });

  it('writes codes and yes/no in words: a meeting status, a decision, a groundcheck flag, a kind of proposal, programmes', () => {
    expect(describeChange(entry({ action: 'STATUS', entity: 'MUSYAWARAH', before: 'BERLANGSUNG', after: 'SELESAI' }))).toBe('Sedang berlangsung → Selesai');
    expect(describeChange(entry({ action: 'PUTUSAN', entity: 'USULAN', before: { decision: null, groundcheck: false }, after: { decision: 'DISETUJUI', groundcheck: true } }))).toBe('keputusan: – → Disetujui; groundcheck: tidak → ya');
    expect(describeChange(entry({ action: 'BUAT', entity: 'USULAN', after: { kind: 'PENINJAUAN_DESIL', programs: ['PKH', 'SEMBAKO'] } }))).toBe('jenis: Peninjauan desil');
    expect(describeChange(entry({ action: 'UBAH', entity: 'USULAN', before: { programs: ['PKH'] }, after: { programs: ['PKH', 'SEMBAKO'] } }))).toBe('program: PKH → PKH, Sembako (BPNT)');
  });

  it('says personal data was erased instead of hiding that an erased field changed', () => {
    const erasedEdit = entry({ before: { noKk: ERASED, address: ERASED, members: ERASED, desil: 2 }, after: { noKk: ERASED, address: ERASED, members: ERASED, desil: 4 } });
    expect(describeChange(erasedEdit)).toBe(`desil: 2 → 4; ${ERASED}`);
    const onlyErased = entry({ before: { address: ERASED, desil: 2 }, after: { address: ERASED, desil: 2 } });
    expect(describeChange(onlyErased)).toBe(ERASED);
  });

  it('shows the erased marker in a created or deleted record', () => {
    expect(describeChange(entry({ action: 'HAPUS', before: { noKk: ERASED, address: ERASED, rt: 3 } }))).toBe(`No. KK: ${ERASED}`);
    expect(describeChange(entry({ action: 'BUAT', entity: 'LAMPIRAN', after: { kind: 'KTP', file_name: ERASED } }))).toBe(`jenis: KTP; nama berkas: ${ERASED}`);
  });

  it('names a groundcheck assignment, photo and result in words, and leaves out what the screen shows', () => {
    const assigned = { proposalId: 7, officer: 'Budi Santoso', plannedDate: '2026-11-27', assignedAt: '2026-11-28T02:00:00.000Z', assignedBy: 'Rina' };
    expect(describeChange(entry({ action: 'BUAT', entity: 'GROUNDCHECK', after: assigned }))).toBe('petugas: Budi Santoso; rencana kunjungan: 27 November 2026');
    expect(describeChange(entry({ action: 'BUAT', entity: 'GROUNDCHECK', after: { photoId: 3, fileName: 'toko.jpg', caption: 'Toko', size: 10 } }))).toBe('nama berkas: toko.jpg; judul foto: Toko');
    const result = { result: 'TIDAK_LAYAK', recommendedDesil: 7, notes: 'Punya toko', checkedAt: '2026-11-27', officer: 'Budi Santoso', recordedAt: 'x', recordedBy: 'Rina' };
    const decided = entry({ action: 'PUTUSAN', entity: 'GROUNDCHECK', before: { proposalId: 7, result: null, dinsosStatus: null, dinsosNote: '' }, after: { proposalId: 7, result, dinsosStatus: 'GROUNDCHECK_TIDAK_LAYAK', dinsosNote: 'Hasil' } });
    expect(describeChange(decided)).toBe(
      'hasil: Tidak layak; desil disarankan: 7; catatan pemeriksaan: Punya toko; tanggal kunjungan: 27 November 2026; petugas: Budi Santoso; tanggapan Dinsos: – → Groundcheck: tidak layak; catatan Dinsos: – → Hasil',
    );
    const status = entry({ action: 'STATUS', entity: 'USULAN', before: { tanggapanDinsos: null, catatan: '' }, after: { usulan: 'Kelurahan Dinoyo, nomor 2', tanggapanDinsos: 'Dikembalikan', catatan: 'Foto' } });
    expect(describeChange(status)).toBe('tanggapan Dinsos: – → Dikembalikan; catatan Dinsos: – → Foto');
  });
});

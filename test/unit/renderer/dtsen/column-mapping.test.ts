import { describe, expect, it } from 'vitest';
import type { Inspection } from '../../../../shared/dtsen/import-result';
import { readColumns } from '../../../../renderer/src/dtsen/column-mapping';

const HEADERS = ['No Induk Kependudukan', 'nomor_kk', 'nama', 'hubungan_keluarga', 'Keterangan'];
const inspection = (overrides: Partial<Inspection> = {}): Inspection => ({
  headers: HEADERS,
  fields: [null, 'noKk', 'name', 'relationship', null],
  remembered: false,
  shape: 'REGISTER',
  preview: [],
  problems: [],
  sheets: [],
  ...overrides,
});

describe('readColumns', () => {
  it('names the missing required column until the operator maps it, then sends that one column', () => {
    const before = readColumns(inspection(), {});
    expect(before.problems).toEqual(['Kolom NIK belum ditemukan (judul yang dikenali: NIK, NONIK, NOMORNIK). Pilih NIK pada kolom berkas yang berisi data tersebut.']);
    expect(before.mapping).toEqual({});

    const after = readColumns(inspection(), { 'No Induk Kependudukan': 'nik' });
    expect(after.problems).toEqual([]);
    expect(after.fields).toEqual(['nik', 'noKk', 'name', 'relationship', null]);
    expect(after.mapping).toEqual({ 'No Induk Kependudukan': 'nik' });
  });

  it('becomes a desil update when the relationship column is left out, and sends that choice', () => {
    const reading = readColumns(inspection({ fields: ['nik', 'noKk', 'name', 'relationship', 'desil'], remembered: true }), { hubungan_keluarga: null });
    expect(reading.shape).toBe('DESIL_UPDATE');
    expect(reading.mapping).toEqual({ 'No Induk Kependudukan': 'nik', hubungan_keluarga: null, Keterangan: 'desil' });
  });

  it('reports two columns read as one field', () => {
    const reading = readColumns(inspection(), { 'No Induk Kependudukan': 'nik', Keterangan: 'name' });
    expect(reading.problems).toEqual(['Kolom "nama" dan "Keterangan" sama-sama dibaca sebagai Nama; ubah salah satunya atau pilih "tidak dipakai".']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Household, Member } from '../../../../shared/household/schema';
import { missingData } from '../../../../renderer/src/households/missing-data';
import { aHousehold } from '../../../fixtures/households';

const registered = (overrides: Partial<Household> = {}): Household => {
  const input = aHousehold();
  return { ...input, id: 1, createdAt: '2026-11-28T02:00:00.000Z', updatedAt: '2026-11-28T02:00:00.000Z', members: input.members.map((m, i) => ({ ...m, id: i + 1 })), ...overrides };
};
const imported = (m: Member): Member => ({ ...m, birthPlace: null, maritalStatus: null, education: null, occupation: null, disability: null });
const NO_HOUSING = {
  floor: null, wall: null, roof: null, waterSource: null, lighting: null, cookingFuel: null, toilet: null, landTenure: null, houseTenure: null, incomeBand: null, assets: [],
};

describe('missingData', () => {
  it('is null for a complete household', () => {
    expect(missingData(registered())).toBeNull();
  });

  it('names what an import left empty, fields missing for as many members together', () => {
    const full = registered();
    const members = full.members.map((m, i) => (i === 0 ? { ...imported(m), birthDate: null } : imported(m)));
    expect(missingData({ ...full, members, housing: NO_HOUSING })).toBe(
      'Tempat lahir, status perkawinan, pendidikan, pekerjaan dan disabilitas belum diisi untuk 3 anggota; tanggal lahir belum diisi untuk 1 anggota; data rumah belum diisi',
    );
  });

  it('names one field alone, and counts housing filled in part as filled', () => {
    const full = registered();
    const members = full.members.map((m, i) => (i === 2 ? { ...m, education: null } : m));
    expect(missingData({ ...full, members, housing: { ...NO_HOUSING, roof: 'GENTENG' } })).toBe('Pendidikan belum diisi untuk 1 anggota');
  });
});

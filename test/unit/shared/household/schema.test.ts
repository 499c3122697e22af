import { describe, expect, it } from 'vitest';
import { HouseholdInputSchema } from '../../../../shared/household/schema';
import { aHousehold, aMember } from '../../../fixtures/households';

function issues(input: unknown): Record<string, string> {
  const result = HouseholdInputSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('HouseholdInputSchema', () => {
  it('accepts a complete family', () => {
    expect(issues(aHousehold())).toEqual({});
  });

  it('puts each problem on its own field, in Indonesian', () => {
    const h = aHousehold();
    const found = issues({
      ...h,
      noKk: '3.57305E+15',
      rt: Number.NaN,
      address: '',
      members: [{ ...aMember(), nik: '3573051705800000' }, aMember({ relationship: 'ISTRI', sex: 'P', birthDate: '1984-09-02', name: '' })],
    });
    expect(found.noKk).toContain('Excel');
    expect(found.rt).toBe('RT wajib diisi dengan angka');
    expect(found.address).toBe('Alamat wajib diisi');
    expect(found['members.0.nik']).toBe('Nomor urut NIK (4 digit terakhir) tidak boleh 0000');
    expect(found['members.1.name']).toBe('Nama wajib diisi');
  });

  it('checks the NIK against the member sex and birth date', () => {
    const man = aMember();
    expect(issues(aHousehold({ members: [{ ...man, sex: 'P' }] }))['members.0.nik']).toContain('perempuan');
    expect(issues(aHousehold({ members: [{ ...man, birthDate: '1980-05-18' }] }))['members.0.nik']).toContain('tidak sama');
  });

  it('needs exactly one head of family and distinct NIKs', () => {
    const head = aMember();
    expect(issues(aHousehold({ members: [{ ...head, relationship: 'ANAK' }] })).members).toBe('Tandai satu anggota sebagai kepala keluarga');
    expect(issues(aHousehold({ members: [head, aMember()] })).members).toBe('Hanya boleh ada satu kepala keluarga');
    expect(issues(aHousehold({ members: [head, { ...head, relationship: 'ANAK' }] }))['members.1.nik']).toBe('NIK sama dengan anggota nomor 1');
  });

  it('refuses a pregnant man and a birth date in the future', () => {
    const found = issues(aHousehold({ members: [aMember({ pregnant: true }), aMember({ relationship: 'ANAK', birthDate: '2099-01-01' })] }));
    expect(found['members.0.pregnant']).toContain('perempuan');
    expect(found['members.1.birthDate']).toBe('Tanggal lahir tidak boleh di masa depan');
  });

  it('keeps desil within 1..10 or unknown', () => {
    expect(issues(aHousehold({ desil: null }))).toEqual({});
    expect(issues(aHousehold({ desil: 11 })).desil).toBe('Desil antara 1 dan 10');
  });

  it('asks for the fields an imported member arrived without, by name', () => {
    const imported = { ...aMember(), birthPlace: null, birthDate: null, maritalStatus: null, education: null, occupation: null, disability: null };
    const found = issues({ ...aHousehold(), members: [imported] });
    expect(found).toEqual({
      'members.0.birthPlace': 'Tempat lahir wajib diisi',
      'members.0.birthDate': 'Tanggal lahir wajib diisi',
      'members.0.maritalStatus': 'Pilih status perkawinan',
      'members.0.education': 'Pilih pendidikan',
      'members.0.occupation': 'Pilih pekerjaan',
      'members.0.disability': 'Pilih jenis disabilitas',
    });
  });
});

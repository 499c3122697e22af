import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo } from '../../../../fixtures/migrations';
import { insertOldSettings } from '../../../../fixtures/migration-rows';

describe('migration 3: NIK display and the kop surat logo', () => {
  it('keeps version-2 settings, shows full NIKs by default and has no logo yet', () => {
    const db = databaseAt(2);
    insertOldSettings(db);
    migrateTo(db, 3);
    expect(db.prepare('SELECT lurah_name, lurah_nip, nik_display, logo, logo_mime FROM settings').get()).toEqual({
      lurah_name: 'Drs. Bambang Suharyanto, M.Si.', lurah_nip: '197104151998031007', nik_display: 'FULL', logo: null, logo_mime: null,
    });
    expect(() => db.prepare("UPDATE settings SET nik_display = 'SEBAGIAN'").run()).toThrow(/CHECK/);
  });
});

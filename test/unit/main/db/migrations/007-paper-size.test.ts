import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo } from '../../../../fixtures/migrations';
import { insertOldSettings } from '../../../../fixtures/migration-rows';

describe('migration 7: paper size of printed documents', () => {
  it('keeps version-6 settings, prints on A4 until the office chooses F4, and knows no other size', () => {
    const db = databaseAt(6);
    insertOldSettings(db);
    db.prepare("UPDATE settings SET nik_display = 'MASKED', logo = x'89504e47', logo_mime = 'image/png'").run();
    migrateTo(db, 7);
    expect(db.prepare('SELECT lurah_name, nik_display, logo_mime, length(logo) AS logo_bytes, paper_size FROM settings').get()).toEqual({
      lurah_name: 'Drs. Bambang Suharyanto, M.Si.', nik_display: 'MASKED', logo_mime: 'image/png', logo_bytes: 4, paper_size: 'A4',
    });
    db.prepare("UPDATE settings SET paper_size = 'F4'").run();
    expect(db.prepare('SELECT paper_size FROM settings').pluck().get()).toBe('F4');
    expect(() => db.prepare("UPDATE settings SET paper_size = 'Letter'").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE settings SET paper_size = NULL').run()).toThrow(/NOT NULL/);
  });
});

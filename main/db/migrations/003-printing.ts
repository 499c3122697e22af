import type { Migration } from './migration';

export const migration: Migration = {
  version: 3,
  name: 'NIK display and the kop surat logo',
  up: `
ALTER TABLE settings ADD COLUMN nik_display TEXT NOT NULL DEFAULT 'FULL' CHECK (nik_display IN ('FULL', 'MASKED'));
ALTER TABLE settings ADD COLUMN logo BLOB;
ALTER TABLE settings ADD COLUMN logo_mime TEXT;
`,
};

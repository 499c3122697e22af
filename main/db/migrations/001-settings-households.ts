import type { Migration } from './migration';

export const migration: Migration = {
  version: 1,
  name: 'settings and the household register',
  up: `
CREATE TABLE settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  kelurahan_code TEXT NOT NULL,
  lurah_name TEXT NOT NULL,
  lurah_nip TEXT NOT NULL,
  secretary_name TEXT NOT NULL,
  secretary_nip TEXT NOT NULL,
  office_address TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE households (
  id INTEGER PRIMARY KEY,
  no_kk TEXT NOT NULL UNIQUE,
  address TEXT NOT NULL,
  rt INTEGER NOT NULL,
  rw INTEGER NOT NULL,
  kelurahan_code TEXT NOT NULL,
  desil INTEGER CHECK (desil BETWEEN 1 AND 10),
  floor TEXT, wall TEXT, roof TEXT, water_source TEXT, lighting TEXT, cooking_fuel TEXT,
  toilet TEXT, land_tenure TEXT, house_tenure TEXT, income_band TEXT,
  assets TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX households_rw_rt ON households (rw, rt);

CREATE TABLE household_programs (
  household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
  program TEXT NOT NULL,
  PRIMARY KEY (household_id, program)
) STRICT, WITHOUT ROWID;

CREATE TABLE members (
  id INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  nik TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  sex TEXT NOT NULL CHECK (sex IN ('L', 'P')),
  birth_place TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  relationship TEXT NOT NULL,
  marital_status TEXT NOT NULL,
  education TEXT NOT NULL,
  occupation TEXT NOT NULL,
  disability TEXT NOT NULL,
  disability_severe INTEGER NOT NULL CHECK (disability_severe IN (0, 1)),
  pregnant INTEGER NOT NULL CHECK (pregnant IN (0, 1))
) STRICT;
CREATE INDEX members_household ON members (household_id, position);
-- Covers NIK-prefix search without touching the table.
CREATE INDEX members_nik_household ON members (nik, household_id);

-- Names searched by word prefix; kept in step with members by triggers.
CREATE VIRTUAL TABLE members_fts USING fts5 (
  name, content = 'members', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER members_fts_insert AFTER INSERT ON members BEGIN
  INSERT INTO members_fts (rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER members_fts_delete AFTER DELETE ON members BEGIN
  INSERT INTO members_fts (members_fts, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER members_fts_update AFTER UPDATE OF name ON members BEGIN
  INSERT INTO members_fts (members_fts, rowid, name) VALUES ('delete', old.id, old.name);
  INSERT INTO members_fts (rowid, name) VALUES (new.id, new.name);
END;
`,
};

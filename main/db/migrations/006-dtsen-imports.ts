import type { Migration } from './migration';

/**
 * What a DTSEN extract brings beyond the form: the mother's name and the person's DTSEN/DTKS id. Every import
 * is recorded with its file's SHA-256 and counts; a column mapping made by hand is remembered for files with
 * the same headers. An import first stages the file's rows (checked, as JSON) under its run id, so a city's
 * million rows never sit in memory; the register itself changes only in the one transaction that follows.
 * Member fields an extract does not carry are stored as '' (members' columns are NOT NULL
 * since 001, and rebuilding the table would trip the proposals' ON DELETE RESTRICT); the mapping reads '' as null.
 */
export const migration: Migration = {
  version: 6,
  name: 'DTSEN imports',
  up: `
ALTER TABLE members ADD COLUMN mother_name TEXT;
ALTER TABLE members ADD COLUMN id_dtsen TEXT;

CREATE TABLE dtsen_imports (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  shape TEXT NOT NULL CHECK (shape IN ('REGISTER', 'DESIL_UPDATE')),
  rows INTEGER NOT NULL CHECK (rows >= 0),
  skipped_rows INTEGER NOT NULL CHECK (skipped_rows >= 0),
  families_new INTEGER NOT NULL,
  families_changed INTEGER NOT NULL,
  families_unchanged INTEGER NOT NULL,
  families_missing INTEGER NOT NULL,
  members_new INTEGER NOT NULL,
  members_changed INTEGER NOT NULL,
  members_unchanged INTEGER NOT NULL,
  operator TEXT NOT NULL,
  imported_at TEXT NOT NULL
) STRICT;

CREATE TABLE dtsen_staging (
  run TEXT NOT NULL,
  row INTEGER NOT NULL,
  no_kk TEXT NOT NULL,
  nik TEXT NOT NULL,
  person TEXT,
  skip INTEGER NOT NULL DEFAULT 0 CHECK (skip IN (0, 1)),
  PRIMARY KEY (run, row)
) STRICT, WITHOUT ROWID;
CREATE INDEX dtsen_staging_kk ON dtsen_staging (run, no_kk, skip, row);
CREATE INDEX dtsen_staging_nik ON dtsen_staging (run, nik, skip);

CREATE TABLE dtsen_mappings (
  headers_key TEXT PRIMARY KEY CHECK (length(headers_key) = 64),
  mapping TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`,
};

import type { Migration } from './migration';

/**
 * Dinsos' field verification (groundcheck) of proposals in the city register: who goes and when, what they found
 * (the results of Kemensos' verification form) and the photos they took, with the position and time the camera
 * wrote into them. One assignment and one result per proposal: a reassignment or a corrected result replaces the
 * row, and the audit trail keeps what it was. Photos are files in lampiran/, encrypted and named by their SHA-256.
 */
export const migration: Migration = {
  version: 10,
  name: 'groundcheck assignments, results and photos',
  up: `
CREATE TABLE groundcheck_assignments (
  proposal_id INTEGER PRIMARY KEY REFERENCES city_proposals (id) ON DELETE CASCADE,
  officer TEXT NOT NULL CHECK (length(trim(officer)) > 0),
  planned_date TEXT NOT NULL CHECK (planned_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  assigned_at TEXT NOT NULL,
  assigned_by TEXT NOT NULL
) STRICT;
CREATE INDEX groundcheck_assignments_round ON groundcheck_assignments (planned_date, officer);
CREATE INDEX groundcheck_assignments_officer ON groundcheck_assignments (officer COLLATE NOCASE, planned_date);

CREATE TABLE groundcheck_results (
  proposal_id INTEGER PRIMARY KEY REFERENCES city_proposals (id) ON DELETE CASCADE,
  result TEXT NOT NULL CHECK (result IN ('LAYAK', 'TIDAK_LAYAK', 'TIDAK_DITEMUKAN', 'PINDAH', 'MENINGGAL', 'DATA_GANDA')),
  recommended_desil INTEGER CHECK (recommended_desil BETWEEN 1 AND 10),
  notes TEXT NOT NULL DEFAULT '',
  checked_at TEXT NOT NULL CHECK (checked_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  officer TEXT NOT NULL CHECK (length(trim(officer)) > 0),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
) STRICT;
CREATE INDEX groundcheck_results_result ON groundcheck_results (result);

CREATE TABLE groundcheck_photos (
  id INTEGER PRIMARY KEY,
  proposal_id INTEGER NOT NULL REFERENCES city_proposals (id) ON DELETE CASCADE,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
  size INTEGER NOT NULL CHECK (size > 0),
  file_name TEXT NOT NULL,
  caption TEXT NOT NULL DEFAULT '',
  latitude REAL CHECK (latitude BETWEEN -90 AND 90),
  longitude REAL CHECK (longitude BETWEEN -180 AND 180),
  taken_at TEXT,
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL,
  CHECK ((latitude IS NULL) = (longitude IS NULL)),
  UNIQUE (proposal_id, sha256)
) STRICT;
`,
};

import type { Migration } from './migration';

/**
 * A data folder can serve a Dinsos of a kota/kabupaten instead of a kelurahan: its office, the kelurahan keys it
 * trusts, and the packages it imported into the city register with every proposal they carry. A replaced package
 * stays (its proposals too) but drops out of the register: only one package per kelurahan meeting is in force.
 * Evidence and the two PDFs are files in lampiran/, encrypted and named by their SHA-256 like a kelurahan's.
 */
export const migration: Migration = {
  version: 9,
  name: 'Dinsos office, trusted kelurahan keys and the city inbox',
  up: `
CREATE TABLE dinsos_office (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  region_code TEXT NOT NULL CHECK (length(region_code) = 4),
  office_name TEXT NOT NULL,
  head_name TEXT NOT NULL,
  head_nip TEXT NOT NULL,
  secretary_name TEXT NOT NULL,
  secretary_nip TEXT NOT NULL,
  office_address TEXT NOT NULL,
  paper_size TEXT NOT NULL DEFAULT 'A4' CHECK (paper_size IN ('A4', 'F4')),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE kelurahan_keys (
  id INTEGER PRIMARY KEY,
  kelurahan_code TEXT NOT NULL CHECK (length(kelurahan_code) = 10),
  key_id TEXT NOT NULL,
  public_key TEXT NOT NULL,
  trusted_at TEXT NOT NULL,
  trusted_by TEXT NOT NULL,
  replaced_at TEXT
) STRICT;
CREATE UNIQUE INDEX kelurahan_keys_in_force ON kelurahan_keys (kelurahan_code) WHERE replaced_at IS NULL;
CREATE INDEX kelurahan_keys_key_id ON kelurahan_keys (key_id);

CREATE TABLE inbox_packages (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  file_name TEXT NOT NULL,
  bag_name TEXT NOT NULL,
  kelurahan_code TEXT NOT NULL,
  kelurahan_name TEXT NOT NULL,
  kecamatan_name TEXT NOT NULL,
  meeting_ref INTEGER NOT NULL,
  meeting_date TEXT NOT NULL,
  letter_number TEXT NOT NULL,
  signer_key_id TEXT NOT NULL,
  reply_recipient TEXT,
  berita_acara_sha256 TEXT,
  daftar_hadir_sha256 TEXT,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  replaced_at TEXT
) STRICT;
CREATE UNIQUE INDEX inbox_packages_meeting_in_force ON inbox_packages (kelurahan_code, meeting_ref) WHERE replaced_at IS NULL;

CREATE TABLE city_proposals (
  id INTEGER PRIMARY KEY,
  package_id INTEGER NOT NULL REFERENCES inbox_packages (id) ON DELETE RESTRICT,
  no INTEGER NOT NULL,
  kelurahan_code TEXT NOT NULL,
  nik TEXT NOT NULL,
  no_kk TEXT NOT NULL,
  name TEXT NOT NULL,
  address TEXT NOT NULL,
  rt INTEGER NOT NULL,
  rw INTEGER NOT NULL,
  desil INTEGER,
  current_programs TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('BARU', 'PERBAIKAN_DATA', 'PENINJAUAN_DESIL', 'USULAN_PROGRAM', 'PENONAKTIFAN', 'DAFTAR_ULANG', 'SANGGAHAN')),
  programs TEXT NOT NULL,
  deactivation_reason TEXT,
  reason TEXT NOT NULL,
  source TEXT NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('DISETUJUI', 'DITOLAK', 'DITUNDA')),
  groundcheck INTEGER NOT NULL CHECK (groundcheck IN (0, 1)),
  note TEXT NOT NULL,
  dinsos_status TEXT CHECK (dinsos_status IN ('DITERIMA', 'DIKEMBALIKAN', 'GROUNDCHECK_LAYAK', 'GROUNDCHECK_TIDAK_LAYAK', 'DALAM_PROSES')),
  dinsos_note TEXT NOT NULL DEFAULT '',
  UNIQUE (package_id, no)
) STRICT;
CREATE INDEX city_proposals_nik ON city_proposals (nik);
CREATE INDEX city_proposals_kelurahan ON city_proposals (kelurahan_code, kind, decision);

CREATE TABLE city_evidence (
  id INTEGER PRIMARY KEY,
  proposal_id INTEGER NOT NULL REFERENCES city_proposals (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  file TEXT NOT NULL,
  sha256 TEXT NOT NULL
) STRICT;
CREATE INDEX city_evidence_proposal ON city_evidence (proposal_id);
`,
};

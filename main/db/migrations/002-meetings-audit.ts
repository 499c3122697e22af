import type { Migration } from './migration';

export const migration: Migration = {
  version: 2,
  name: 'meetings, proposals, evidence, rule sets and the audit trail',
  up: `
CREATE TABLE meetings (
  id INTEGER PRIMARY KEY,
  kelurahan_code TEXT NOT NULL,
  date TEXT NOT NULL,
  start_time TEXT NOT NULL,
  end_time TEXT,
  place TEXT NOT NULL,
  letter_number TEXT NOT NULL,
  agenda TEXT NOT NULL,
  chair_name TEXT NOT NULL,
  chair_nip TEXT NOT NULL,
  secretary_name TEXT NOT NULL,
  secretary_nip TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('DRAFT', 'BERLANGSUNG', 'SELESAI')),
  closed_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX meetings_date ON meetings (date DESC);

CREATE TABLE attendees (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  unsur TEXT NOT NULL,
  rt INTEGER,
  rw INTEGER,
  phone TEXT,
  present INTEGER NOT NULL CHECK (present IN (0, 1))
) STRICT;
CREATE INDEX attendees_meeting ON attendees (meeting_id, position);
CREATE INDEX attendees_name ON attendees (name COLLATE NOCASE);

CREATE TABLE proposals (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE RESTRICT,
  member_id INTEGER REFERENCES members (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  programs TEXT NOT NULL DEFAULT '[]',
  deactivation_reason TEXT,
  reason TEXT NOT NULL,
  source TEXT NOT NULL,
  decision TEXT CHECK (decision IN ('DISETUJUI', 'DITOLAK', 'DITUNDA')),
  groundcheck INTEGER NOT NULL DEFAULT 0 CHECK (groundcheck IN (0, 1)),
  decision_note TEXT NOT NULL DEFAULT '',
  decided_at TEXT,
  carried_from INTEGER REFERENCES proposals (id) ON DELETE SET NULL,
  snapshot TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX proposals_meeting ON proposals (meeting_id, position);
CREATE INDEX proposals_household ON proposals (household_id);

CREATE TABLE evidence (
  id INTEGER PRIMARY KEY,
  proposal_id INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  mime TEXT NOT NULL,
  size INTEGER NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX evidence_proposal ON evidence (proposal_id);

CREATE TABLE rule_sets (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  valid_from TEXT NOT NULL,
  body TEXT NOT NULL,
  added_at TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  operator TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  meeting_id INTEGER,
  household_id INTEGER,
  before TEXT,
  after TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;
CREATE INDEX audit_meeting ON audit_log (meeting_id);
CREATE INDEX audit_household ON audit_log (household_id);

-- A finished meeting is locked in the database itself, whatever door or tool writes to it.
CREATE TRIGGER meetings_locked BEFORE UPDATE ON meetings WHEN OLD.status = 'SELESAI'
BEGIN SELECT RAISE(ABORT, 'MEETING_LOCKED'); END;
CREATE TRIGGER meetings_locked_delete BEFORE DELETE ON meetings WHEN OLD.status = 'SELESAI'
BEGIN SELECT RAISE(ABORT, 'MEETING_LOCKED'); END;
CREATE TRIGGER attendees_locked_insert BEFORE INSERT ON attendees
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'SELESAI'
BEGIN SELECT RAISE(ABORT, 'MEETING_LOCKED'); END;
CREATE TRIGGER attendees_locked_update BEFORE UPDATE ON attendees
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'SELESAI'
BEGIN SELECT RAISE(ABORT, 'MEETING_LOCKED'); END;
CREATE TRIGGER attendees_locked_delete BEFORE DELETE ON attendees
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'SELESAI'
BEGIN SELECT RAISE(ABORT, 'MEETING_LOCKED'); END;
CREATE TRIGGER proposals_locked_insert BEFORE INSERT ON proposals
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'SELESAI'
BEGIN SELECT RAISE(ABORT, 'MEETING_LOCKED'); END;
CREATE TRIGGER proposals_locked_update BEFORE UPDATE ON proposals
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'SELESAI'
BEGIN SELECT RAISE(ABORT, 'MEETING_LOCKED'); END;
CREATE TRIGGER proposals_locked_delete BEFORE DELETE ON proposals
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'SELESAI'
BEGIN SELECT RAISE(ABORT, 'MEETING_LOCKED'); END;
CREATE TRIGGER evidence_locked_insert BEFORE INSERT ON evidence
WHEN (SELECT m.status FROM proposals p JOIN meetings m ON m.id = p.meeting_id WHERE p.id = NEW.proposal_id) = 'SELESAI'
BEGIN SELECT RAISE(ABORT, 'MEETING_LOCKED'); END;
CREATE TRIGGER evidence_locked_delete BEFORE DELETE ON evidence
WHEN (SELECT m.status FROM proposals p JOIN meetings m ON m.id = p.meeting_id WHERE p.id = OLD.proposal_id) = 'SELESAI'
BEGIN SELECT RAISE(ABORT, 'MEETING_LOCKED'); END;

-- The audit log is append-only for the app; edits made around it are caught by the hash chain.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'AUDIT_APPEND_ONLY'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'AUDIT_APPEND_ONLY'); END;
`,
};

import type { Migration } from './migration';

/**
 * Dinsos' signed answers: the Dinsos side records each answer it made for a package; the kelurahan side keeps
 * Dinsos' public key, each answer it opened (so an older one cannot be replayed over a newer one) and the status
 * of each proposal. Statuses live beside the proposals: a finished meeting's proposals are locked (002).
 */
export const migration: Migration = {
  version: 11,
  name: 'Dinsos answers',
  up: `
CREATE TABLE answers_sent (
  id INTEGER PRIMARY KEY,
  package_id INTEGER NOT NULL REFERENCES inbox_packages (id) ON DELETE RESTRICT,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  issued_at TEXT NOT NULL,
  made_by TEXT NOT NULL
) STRICT;
CREATE INDEX answers_sent_package ON answers_sent (package_id);

CREATE TABLE dinsos_key (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  key_id TEXT NOT NULL,
  public_key TEXT NOT NULL,
  set_at TEXT NOT NULL
) STRICT;

CREATE TABLE answers_received (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  file_name TEXT NOT NULL,
  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE RESTRICT,
  issued_at TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL
) STRICT;
CREATE INDEX answers_received_meeting ON answers_received (meeting_id, issued_at);

CREATE TABLE proposal_answers (
  proposal_id INTEGER PRIMARY KEY REFERENCES proposals (id) ON DELETE CASCADE,
  answer_id INTEGER NOT NULL REFERENCES answers_received (id) ON DELETE RESTRICT,
  status TEXT NOT NULL CHECK (status IN ('DITERIMA', 'DIKEMBALIKAN', 'GROUNDCHECK_LAYAK', 'GROUNDCHECK_TIDAK_LAYAK', 'DALAM_PROSES')),
  note TEXT NOT NULL
) STRICT;
`,
};

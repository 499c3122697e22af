import type { Migration } from './migration';

export const migration: Migration = {
  version: 4,
  name: 'signing keys, recipients and sent packages',
  up: `
CREATE TABLE signing_keys (
  id INTEGER PRIMARY KEY,
  key_id TEXT NOT NULL,
  public_key TEXT NOT NULL,
  secret_key TEXT NOT NULL,
  own_recipient TEXT NOT NULL,
  own_identity TEXT NOT NULL,
  created_at TEXT NOT NULL,
  retired_at TEXT
) STRICT;
CREATE UNIQUE INDEX signing_keys_active ON signing_keys (retired_at IS NULL) WHERE retired_at IS NULL;

CREATE TABLE recipients (
  id INTEGER PRIMARY KEY,
  recipient TEXT NOT NULL,
  label TEXT NOT NULL,
  created_at TEXT NOT NULL,
  retired_at TEXT
) STRICT;

CREATE TABLE exports (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings (id),
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  key_id TEXT NOT NULL,
  encrypted INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
  recipients TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX exports_meeting ON exports (meeting_id);
`,
};

import type { Migration } from './migration';

/**
 * One random key per household, under which the audit log keeps that household's personal fields sealed.
 * Deleting the household destroys its key, and so erases those fields from entries the hash chain keeps.
 * The cascade is a safety net: the households service destroys the key itself, overwriting it first.
 */
export const migration: Migration = {
  version: 5,
  name: 'per-household keys for personal fields in the audit trail',
  up: `
CREATE TABLE household_audit_keys (
  household_id INTEGER PRIMARY KEY REFERENCES households (id) ON DELETE CASCADE,
  key BLOB NOT NULL CHECK (length(key) = 32)
) STRICT;
`,
};

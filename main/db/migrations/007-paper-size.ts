import type { Migration } from './migration';

export const migration: Migration = {
  version: 7,
  name: 'paper size of printed documents',
  up: `ALTER TABLE settings ADD COLUMN paper_size TEXT NOT NULL DEFAULT 'A4' CHECK (paper_size IN ('A4', 'F4'));`,
};

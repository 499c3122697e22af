import type { Migration } from './migration';

export const migration: Migration = {
  version: 8,
  name: 'narrow indexes over families and members for the Daftar periksa and the Rekap',
  // Both read every family's RW, RT and desil; a household row carries its housing facts (some 250 bytes), so over
  // 300,000 families this 5 MB index is read instead. The Daftar periksa folds the members of families within
  // PKH's threshold into their PKH component facts; members_facts answers that without touching member rows.
  up: `
CREATE INDEX households_scan ON households (id, rw, rt, desil);
CREATE INDEX members_facts ON members (household_id, birth_date, education, pregnant, disability_severe);
`,
};

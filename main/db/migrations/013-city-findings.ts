import type { Migration } from './migration';

/**
 * The cross-kelurahan findings, made when a package is imported rather than searched for on every filter: one row
 * per proposal and each other proposal in force about the same NIK (from another package) that it conflicts with,
 * in both directions, with what the conflict is. Findings only change when a package arrives or is replaced.
 * Existing in-force packages are checked here once.
 */
export const migration: Migration = {
  version: 13,
  name: 'city findings',
  up: `
CREATE TABLE city_findings (
  proposal_id INTEGER NOT NULL REFERENCES city_proposals (id) ON DELETE CASCADE,
  other_id INTEGER NOT NULL REFERENCES city_proposals (id) ON DELETE CASCADE,
  other_kelurahan INTEGER NOT NULL CHECK (other_kelurahan IN (0, 1)),
  other_kk INTEGER NOT NULL CHECK (other_kk IN (0, 1)),
  contradicts INTEGER NOT NULL CHECK (contradicts IN (0, 1)),
  PRIMARY KEY (proposal_id, other_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX city_findings_other ON city_findings (other_id);

INSERT INTO city_findings (proposal_id, other_id, other_kelurahan, other_kk, contradicts)
SELECT proposal_id, other_id, other_kelurahan, other_kk, contradicts FROM (
  SELECT c.id AS proposal_id, o.id AS other_id, o.kelurahan_code <> c.kelurahan_code AS other_kelurahan, o.no_kk <> c.no_kk AS other_kk,
    (((c.kind IN ('BARU', 'USULAN_PROGRAM') AND o.kind IN ('PENONAKTIFAN', 'SANGGAHAN')) OR (c.kind IN ('PENONAKTIFAN', 'SANGGAHAN') AND o.kind IN ('BARU', 'USULAN_PROGRAM')))
      AND ((o.decision = 'DISETUJUI' AND op.meeting_date < cp.meeting_date) OR (c.decision = 'DISETUJUI' AND cp.meeting_date < op.meeting_date))) AS contradicts
  FROM city_proposals c JOIN inbox_packages cp ON cp.id = c.package_id AND cp.replaced_at IS NULL
  JOIN city_proposals o ON o.nik = c.nik AND o.package_id <> c.package_id
  JOIN inbox_packages op ON op.id = o.package_id AND op.replaced_at IS NULL
)
WHERE other_kelurahan OR other_kk OR contradicts;
`,
};

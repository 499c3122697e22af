import type { HouseholdInput } from '../../shared/household/schema';
import type { SearchQuery } from '../../shared/household/search-query';
import { householdToDb, memberToDb } from './household-mapping';
import type { HouseholdDbBundle, HouseholdDbRow, HouseholdListDbRow, MemberDbRow, NikOwnerDbRow } from './household-mapping';
import type { Db } from './open';

const HOUSEHOLD_COLUMNS = `no_kk, address, rt, rw, kelurahan_code, desil, floor, wall, roof, water_source, lighting,
  cooking_fuel, toilet, land_tenure, house_tenure, income_band, assets`;
const HOUSEHOLD_VALUES = `@no_kk, @address, @rt, @rw, @kelurahan_code, @desil, @floor, @wall, @roof, @water_source, @lighting,
  @cooking_fuel, @toilet, @land_tenure, @house_tenure, @income_band, @assets`;

export function insertHousehold(db: Db, h: HouseholdInput, now: string): number {
  const result = db
    .prepare(`INSERT INTO households (${HOUSEHOLD_COLUMNS}, created_at, updated_at) VALUES (${HOUSEHOLD_VALUES}, @now, @now)`)
    .run(householdToDb(h, now));
  const id = Number(result.lastInsertRowid);
  writePrograms(db, id, h.programs);
  insertMembers(db, id, h);
  return id;
}

export function updateHousehold(db: Db, id: number, h: HouseholdInput, now: string): void {
  const assignments = HOUSEHOLD_COLUMNS.split(',').map((c) => `${c.trim()} = @${c.trim()}`).join(', ');
  db.prepare(`UPDATE households SET ${assignments}, updated_at = @now WHERE id = @id`).run({ ...householdToDb(h, now), id });
  writePrograms(db, id, h.programs);
  syncMembers(db, id, h);
}

function writePrograms(db: Db, id: number, programs: readonly string[]): void {
  db.prepare('DELETE FROM household_programs WHERE household_id = ?').run(id);
  const insert = db.prepare('INSERT INTO household_programs (household_id, program) VALUES (?, ?)');
  for (const program of programs) insert.run(id, program);
}

const MEMBER_COLUMNS = `household_id, position, nik, name, sex, birth_place, birth_date, relationship, marital_status,
  education, occupation, disability, disability_severe, pregnant, mother_name, id_dtsen`;
const MEMBER_VALUES = MEMBER_COLUMNS.split(',').map((c) => `@${c.trim()}`).join(', ');

function insertMembers(db: Db, id: number, h: HouseholdInput): void {
  const insert = db.prepare(`INSERT INTO members (${MEMBER_COLUMNS}) VALUES (${MEMBER_VALUES})`);
  h.members.forEach((m, i) => insert.run(memberToDb(m, id, i)));
}

/** Members keep their row id while their NIK stays the same, so later references to a member survive edits. */
function syncMembers(db: Db, id: number, h: HouseholdInput): void {
  const existing = new Map(
    (db.prepare('SELECT id, nik FROM members WHERE household_id = ?').all(id) as { id: number; nik: string }[]).map((r) => [r.nik, r.id]),
  );
  const keep = new Set(h.members.map((m) => m.nik.trim()));
  const remove = db.prepare('DELETE FROM members WHERE id = ?');
  for (const [nik, memberId] of existing) if (!keep.has(nik)) remove.run(memberId);
  const assignments = MEMBER_COLUMNS.split(',').map((c) => `${c.trim()} = @${c.trim()}`).join(', ');
  const update = db.prepare(`UPDATE members SET ${assignments} WHERE id = @id`);
  const insert = db.prepare(`INSERT INTO members (${MEMBER_COLUMNS}) VALUES (${MEMBER_VALUES})`);
  h.members.forEach((m, i) => {
    const row = memberToDb(m, id, i);
    const memberId = existing.get(row.nik);
    if (memberId === undefined) insert.run(row);
    else update.run({ ...row, id: memberId });
  });
}

export function deleteHousehold(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM households WHERE id = ?').run(id).changes === 1;
}

/** Several households with their members and programmes in three statements, however many are asked for. */
export function selectHouseholds(db: Db, ids: readonly number[]): Map<number, HouseholdDbBundle> {
  const found = new Map<number, HouseholdDbBundle>();
  if (ids.length === 0) return found;
  const list = JSON.stringify([...new Set(ids)]);
  for (const row of db.prepare('SELECT * FROM households WHERE id IN (SELECT value FROM json_each(?))').all(list) as HouseholdDbRow[]) {
    found.set(row.id, { row, members: [], programs: [] });
  }
  const members = db.prepare('SELECT * FROM members WHERE household_id IN (SELECT value FROM json_each(?)) ORDER BY household_id, position').all(list) as MemberDbRow[];
  for (const m of members) found.get(m.household_id)?.members.push(m);
  const programs = db
    .prepare('SELECT household_id, program FROM household_programs WHERE household_id IN (SELECT value FROM json_each(?)) ORDER BY household_id, program')
    .all(list) as { household_id: number; program: string }[];
  for (const p of programs) found.get(p.household_id)?.programs.push(p.program);
  return found;
}

export function selectHousehold(db: Db, id: number): HouseholdDbBundle | null {
  return selectHouseholds(db, [id]).get(id) ?? null;
}

export function countHouseholds(db: Db): number {
  return db.prepare('SELECT count(*) FROM households').pluck().get() as number;
}

export function selectMemberIds(db: Db, householdId: number): number[] {
  return db.prepare('SELECT id FROM members WHERE household_id = ? ORDER BY position').pluck().all(householdId) as number[];
}

export function selectHouseholdIdByKk(db: Db, noKk: string): number | null {
  const id = db.prepare('SELECT id FROM households WHERE no_kk = ?').pluck().get(noKk) as number | undefined;
  return id ?? null;
}

const HEAD_NAME = `(SELECT name FROM members m WHERE m.household_id = h.id ORDER BY m.relationship <> 'KEPALA_KELUARGA', m.position LIMIT 1)`;

/** Which families already hold these NIKs (for the one-person-one-family rule). */
export function selectNikOwners(db: Db, niks: readonly string[]): NikOwnerDbRow[] {
  if (niks.length === 0) return [];
  return db
    .prepare(
      `SELECT m.nik, h.id AS household_id, h.no_kk, ${HEAD_NAME} AS head_name
       FROM members m JOIN households h ON h.id = m.household_id
       WHERE m.nik IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(niks)) as NikOwnerDbRow[];
}

/**
 * How a query finds households: `hits` yields matching household ids (deduplicated), `matched` names the
 * member who matched, evaluated only for the rows on the page.
 */
function matches(query: SearchQuery): { hits: string; matched: string; params: Record<string, unknown> } | null {
  switch (query.kind) {
    case 'all':
      return null;
    case 'name':
      return {
        hits: `SELECT DISTINCT m.household_id FROM members_fts f JOIN members m ON m.id = f.rowid WHERE members_fts MATCH @match`,
        matched: `(SELECT m.name FROM members m WHERE m.household_id = h.id
                   AND m.id IN (SELECT rowid FROM members_fts WHERE members_fts MATCH @match) ORDER BY m.position LIMIT 1)`,
        params: { match: query.words.map((w) => `"${w.replaceAll('"', '')}"*`).join(' ') },
      };
    case 'number':
      return {
        hits: `SELECT household_id FROM members WHERE nik >= @prefix AND nik < @prefix || ':'
               UNION SELECT id FROM households WHERE no_kk >= @prefix AND no_kk < @prefix || ':'`,
        matched: `(SELECT m.name FROM members m WHERE m.household_id = h.id
                   AND m.nik >= @prefix AND m.nik < @prefix || ':' ORDER BY m.position LIMIT 1)`,
        params: { prefix: query.prefix },
      };
    case 'rtrw': {
      const where = [query.rw === null ? '' : 'rw = @rw', query.rt === null ? '' : 'rt = @rt'].filter(Boolean).join(' AND ');
      return { hits: `SELECT id FROM households WHERE ${where}`, matched: 'NULL', params: { rw: query.rw, rt: query.rt } };
    }
  }
}

const LIST_COLUMNS = `h.id, h.no_kk, h.address, h.rt, h.rw, h.desil,
  hd.name AS head_name, hd.nik AS head_nik,
  (SELECT group_concat(program) FROM household_programs p WHERE p.household_id = h.id) AS programs,
  (SELECT count(*) FROM members c WHERE c.household_id = h.id) AS member_count`;
const HEAD_JOIN = `LEFT JOIN members hd ON hd.id = (SELECT id FROM members m WHERE m.household_id = h.id
  ORDER BY m.relationship <> 'KEPALA_KELUARGA', m.position LIMIT 1)`;

export function searchHouseholds(db: Db, query: SearchQuery, offset: number, limit: number): { total: number; rows: HouseholdListDbRow[] } {
  const match = matches(query);
  if (!match) {
    const total = countHouseholds(db);
    const rows = db
      .prepare(`SELECT ${LIST_COLUMNS}, NULL AS matched_member FROM households h ${HEAD_JOIN} ORDER BY h.rw, h.rt, h.id LIMIT ? OFFSET ?`)
      .all(limit, offset) as HouseholdListDbRow[];
    return { total, rows };
  }
  const params = Object.fromEntries(Object.entries(match.params).filter(([, v]) => v !== null));
  // One statement: the hit set is computed once, counted, and probed while walking the (rw, rt) index,
  // which stops after one page instead of sorting every hit.
  const rows = db
    .prepare(
      `WITH hit(id) AS MATERIALIZED (${match.hits}),
            page AS (SELECT h.id FROM households h INDEXED BY households_rw_rt WHERE h.id IN hit
                     ORDER BY h.rw, h.rt, h.id LIMIT @limit OFFSET @offset),
            listed AS (SELECT ${LIST_COLUMNS}, ${match.matched} AS raw_matched
                       FROM page JOIN households h ON h.id = page.id ${HEAD_JOIN})
       SELECT id, no_kk, address, rt, rw, desil, head_name, head_nik, programs, member_count,
         CASE WHEN raw_matched = head_name THEN NULL ELSE raw_matched END AS matched_member,
         (SELECT count(*) FROM hit) AS total
       FROM listed ORDER BY rw, rt, id`,
    )
    .all({ ...params, limit, offset }) as (HouseholdListDbRow & { total: number })[];
  const total = rows[0]?.total ?? (db.prepare(`SELECT count(*) FROM (${match.hits})`).pluck().get(params) as number);
  return { total, rows };
}
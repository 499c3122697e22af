import { registeredFamilyFromDb } from './dtsen-mapping';
import type { ImportRecordDbRow, RegisteredHouseholdDbRow, RegisteredMemberDbRow } from './dtsen-mapping';
import type { HouseholdDbRow, MemberDbRow } from './household-mapping';
import type { Db } from './open';
import { prepared } from './prepared';

export type RegisteredForImport = ReturnType<typeof registeredFamilyFromDb>;

/** The registered families with these No. KK, lean: what an import compares and changes, in three statements. */
export function selectRegisteredByKk(db: Db, kks: readonly string[]): Map<string, RegisteredForImport> {
  const list = JSON.stringify(kks);
  const rows = prepared(
      db,
      `SELECT h.id, h.no_kk, h.address, h.rt, h.rw, h.desil,
         (SELECT group_concat(program) FROM household_programs p WHERE p.household_id = h.id) AS programs
       FROM households h WHERE h.no_kk IN (SELECT value FROM json_each(?))`,
    )
    .all(list) as RegisteredHouseholdDbRow[];
  const members = prepared(
      db,
      `SELECT m.household_id, m.id, m.position, m.nik, m.name, m.relationship FROM members m
       WHERE m.household_id IN (SELECT h.id FROM households h WHERE h.no_kk IN (SELECT value FROM json_each(?)))
       ORDER BY m.household_id, m.position`,
    )
    .all(list) as RegisteredMemberDbRow[];
  const byHousehold = new Map<number, RegisteredMemberDbRow[]>();
  for (const m of members) {
    const list = byHousehold.get(m.household_id);
    if (list) list.push(m);
    else byHousehold.set(m.household_id, [m]);
  }
  return new Map(rows.map((row) => [row.no_kk, registeredFamilyFromDb(row, byHousehold.get(row.id) ?? [])]));
}

/** The No. KK each of these NIKs is registered under. */
export function selectKkOfNiks(db: Db, niks: readonly string[]): Map<string, string> {
  const rows = prepared(db, `SELECT m.nik, h.no_kk FROM members m JOIN households h ON h.id = m.household_id WHERE m.nik IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(niks)) as { nik: string; no_kk: string }[];
  return new Map(rows.map((r) => [r.nik, r.no_kk]));
}

export type ImportedHouseholdDbRow = Pick<HouseholdDbRow, 'no_kk' | 'address' | 'rt' | 'rw' | 'kelurahan_code' | 'desil'> & { now: string };

export function insertImportedHousehold(db: Db, row: ImportedHouseholdDbRow): number {
  return Number(
    prepared(
      db,
      `INSERT INTO households (no_kk, address, rt, rw, kelurahan_code, desil, created_at, updated_at)
       VALUES (@no_kk, @address, @rt, @rw, @kelurahan_code, @desil, @now, @now)`,
    ).run(row).lastInsertRowid,
  );
}

export function updateImportedHousehold(db: Db, id: number, row: Omit<ImportedHouseholdDbRow, 'no_kk' | 'kelurahan_code'>): void {
  prepared(db, 'UPDATE households SET address = @address, rt = @rt, rw = @rw, desil = @desil, updated_at = @now WHERE id = @id').run({ ...row, id });
}

export function replacePrograms(db: Db, householdId: number, programs: readonly string[]): void {
  prepared(db, 'DELETE FROM household_programs WHERE household_id = ?').run(householdId);
  const insert = prepared(db, 'INSERT INTO household_programs (household_id, program) VALUES (?, ?)');
  for (const program of programs) insert.run(householdId, program);
}

/** A member as an extract gives them; what it does not carry is stored '' (see household-mapping.ts). */
export type ImportedMemberDbRow = Pick<MemberDbRow, 'household_id' | 'position' | 'nik' | 'name' | 'sex' | 'birth_place' | 'birth_date' | 'relationship' | 'mother_name' | 'id_dtsen'>;

export function insertImportedMember(db: Db, row: ImportedMemberDbRow): void {
  prepared(
    db,
    `INSERT INTO members (household_id, position, nik, name, sex, birth_place, birth_date, relationship, marital_status, education,
       occupation, disability, disability_severe, pregnant, mother_name, id_dtsen)
     VALUES (@household_id, @position, @nik, @name, @sex, @birth_place, @birth_date, @relationship, '', '', '', '', 0, 0, @mother_name, @id_dtsen)`,
  ).run(row);
}

/** Updates what the extract says of a registered member; fields it leaves empty keep what the register holds. */
export function updateImportedMember(db: Db, id: number, row: Omit<ImportedMemberDbRow, 'household_id' | 'position' | 'nik'>): void {
  prepared(
    db,
    `UPDATE members SET name = @name, sex = @sex, relationship = @relationship,
       birth_place = coalesce(nullif(@birth_place, ''), birth_place), birth_date = coalesce(nullif(@birth_date, ''), birth_date),
       mother_name = coalesce(@mother_name, mother_name), id_dtsen = coalesce(@id_dtsen, id_dtsen)
     WHERE id = @id`,
  ).run({ ...row, id });
}

export function updateDesilOnly(db: Db, id: number, desil: number | null, now: string): void {
  prepared(db, 'UPDATE households SET desil = ?, updated_at = ? WHERE id = ?').run(desil, now, id);
}

export function insertImportRecord(db: Db, row: ImportRecordDbRow): number {
  return Number(
    prepared(
      db,
      `INSERT INTO dtsen_imports (file_name, sha256, shape, rows, skipped_rows, families_new, families_changed, families_unchanged,
         families_missing, members_new, members_changed, members_unchanged, operator, imported_at)
       VALUES (@file_name, @sha256, @shape, @rows, @skipped_rows, @families_new, @families_changed, @families_unchanged,
         @families_missing, @members_new, @members_changed, @members_unchanged, @operator, @imported_at)`,
    ).run(row).lastInsertRowid,
  );
}

export function selectRememberedMapping(db: Db, headersKey: string): string | null {
  return (prepared(db, 'SELECT mapping FROM dtsen_mappings WHERE headers_key = ?').pluck().get(headersKey) as string | undefined) ?? null;
}

export function rememberMapping(db: Db, headersKey: string, mapping: string, now: string): void {
  prepared(
    db,
    `INSERT INTO dtsen_mappings (headers_key, mapping, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (headers_key) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
  ).run(headersKey, mapping, now);
}

/** Families imported before the kelurahan was set up take its code once it is. */
export function fillMissingKelurahanCode(db: Db, code: string): void {
  prepared(db, "UPDATE households SET kelurahan_code = ? WHERE kelurahan_code = ''").run(code);
}

/**
 * Runs bulk member inserts with the name index filled once afterwards: the FTS5 row the trigger adds per member
 * cost about 70 % of each insert, one INSERT … SELECT at the end does the same work a few times faster. The
 * trigger is dropped and recreated from its own stored SQL inside the caller's transaction, so no other
 * connection ever sees it missing, and a rollback restores it.
 */
export function withNameIndexFilledAfter<T>(db: Db, work: () => T): T {
  const trigger = prepared(db, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'members_fts_insert'").pluck().get() as string;
  const lastId = prepared(db, 'SELECT coalesce(max(id), 0) FROM members').pluck().get() as number;
  db.exec('DROP TRIGGER members_fts_insert');
  const result = work();
  db.prepare('INSERT INTO members_fts (rowid, name) SELECT id, name FROM members WHERE id > ?').run(lastId);
  db.exec(trigger);
  return result;
}

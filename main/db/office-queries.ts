import type { Db } from './open';
import type { DinsosOfficeDbRow } from './office-mapping';
import { prepared } from './prepared';

export function selectDinsosOffice(db: Db): DinsosOfficeDbRow | null {
  return (prepared(db, 'SELECT * FROM dinsos_office WHERE id = 1').get() as DinsosOfficeDbRow | undefined) ?? null;
}

export function upsertDinsosOffice(db: Db, row: DinsosOfficeDbRow, now: string): void {
  prepared(
    db,
    `INSERT INTO dinsos_office (id, region_code, office_name, head_name, head_nip, secretary_name, secretary_nip, office_address, paper_size, updated_at)
     VALUES (1, @region_code, @office_name, @head_name, @head_nip, @secretary_name, @secretary_nip, @office_address, @paper_size, @now)
     ON CONFLICT (id) DO UPDATE SET region_code = excluded.region_code, office_name = excluded.office_name, head_name = excluded.head_name,
       head_nip = excluded.head_nip, secretary_name = excluded.secretary_name, secretary_nip = excluded.secretary_nip,
       office_address = excluded.office_address, paper_size = excluded.paper_size, updated_at = excluded.updated_at`,
  ).run({ ...row, now });
}

/** Whether the folder already holds a kelurahan's own work: its settings, families or meetings. */
export function holdsKelurahanData(db: Db): boolean {
  return prepared(db, 'SELECT EXISTS (SELECT 1 FROM settings) OR EXISTS (SELECT 1 FROM households) OR EXISTS (SELECT 1 FROM meetings)').pluck().get() === 1;
}

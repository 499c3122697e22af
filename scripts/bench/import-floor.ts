import { join } from 'node:path';
import { closeContext } from '../../main/app/open-context';
import { insertImportedHousehold, insertImportedMember, replacePrograms, withNameIndexFilledAfter } from '../../main/db/dtsen-queries';
import type { ImportedHouseholdDbRow, ImportedMemberDbRow } from '../../main/db/dtsen-queries';
import type { Db } from '../../main/db/open';
import { writeTransaction } from '../../main/db/write-transaction';
import { openTestFolder } from '../../test/fixtures/context';

/**
 * What no import can go below: the families and people an import just wrote, already read and checked and held
 * in memory, written again into a fresh encrypted register through the same statements in one transaction
 * (name index filled after, as the import does). No file is read, no row checked, nothing staged.
 */
export async function benchWriteFloor(source: Db, workDir: string): Promise<number> {
  const households = source.prepare('SELECT no_kk, address, rt, rw, kelurahan_code, desil, created_at AS now FROM households ORDER BY id').all() as ImportedHouseholdDbRow[];
  const programs = source.prepare('SELECT household_id, program FROM household_programs ORDER BY household_id').all() as { household_id: number; program: string }[];
  const members = source.prepare(
    'SELECT household_id, position, nik, name, sex, birth_place, birth_date, relationship, mother_name, id_dtsen FROM members ORDER BY id',
  ).all() as ImportedMemberDbRow[];
  const programsOf = new Map<number, string[]>();
  for (const p of programs) programsOf.set(p.household_id, [...(programsOf.get(p.household_id) ?? []), p.program]);

  const { ctx } = await openTestFolder(join(workDir, 'lantai'));
  try {
    const start = process.hrtime.bigint();
    writeTransaction(ctx.db, () =>
      withNameIndexFilledAfter(ctx.db, () => {
        households.forEach((h, i) => {
          const id = insertImportedHousehold(ctx.db, h);
          if (id !== i + 1) throw new Error('household ids differ from the source register');
          replacePrograms(ctx.db, id, programsOf.get(id) ?? []);
        });
        for (const m of members) insertImportedMember(ctx.db, m);
      }),
    );
    return Number(process.hrtime.bigint() - start) / 1e6;
  } finally {
    await closeContext(ctx);
  }
}

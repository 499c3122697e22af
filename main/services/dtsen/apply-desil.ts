import { compareDesilUpdate, programsAfter } from '../../../shared/dtsen/compare';
import type { ImportedPerson } from '../../../shared/dtsen/person-row';
import { replacePrograms, selectKkOfNiks, selectRegisteredByKk, updateDesilOnly } from '../../db/dtsen-queries';
import { selectNextRows } from '../../db/dtsen-staging-queries';
import { record } from '../audit';
import type { RegisteredForImport } from '../../db/dtsen-queries';
import type { ServiceContext } from '../context';
import type { ExtractRead } from './read-extract';
import { ImportTally } from './import-run';

const BATCH = 1000;

/**
 * A desil update (SIKS-NG's sheet) into the register, inside the caller's transaction: each family's desil and
 * the programmes the file has columns for, from the first row that finds it (by No. KK, else by NIK). Rows
 * that find no family are listed as warnings; no family is created.
 */
export function applyDesilUpdate(ctx: ServiceContext, read: ExtractRead): ImportTally {
  const tally = new ImportTally(read.errors);
  const now = ctx.now().toISOString();
  const handled = new Set<string>();
  const unknownValues = new Set<string>();
  for (const batch of stagedRows(ctx)) {
    const kkOfNik = selectKkOfNiks(ctx.db, batch.flatMap((p) => (p.nik ? [p.nik] : [])));
    const kks = new Set([...batch.flatMap((p) => (p.noKk ? [p.noKk] : [])), ...kkOfNik.values()]);
    const registered = selectRegisteredByKk(ctx.db, [...kks]);
    const { outcomes, unknown } = compareDesilUpdate(registered, kkOfNik, batch);
    for (const problem of unknown) {
      if (unknownValues.has(problem.value)) continue;
      unknownValues.add(problem.value);
      tally.warnings.push(problem);
    }
    for (const outcome of outcomes) {
      if (handled.has(outcome.noKk)) continue;
      handled.add(outcome.noKk);
      const before = registered.get(outcome.noKk);
      const person = batch.find((p) => p.noKk === outcome.noKk || (p.nik !== null && kkOfNik.get(p.nik) === outcome.noKk));
      tally.counts.families[outcome.status === 'CHANGED' ? 'changed' : 'unchanged']++;
      tally.note(outcome);
      if (!before || !person || outcome.status !== 'CHANGED') continue;
      write(ctx, now, before, person);
    }
  }
  return tally;
}

/** The staged rows, a batch at a time in file order. */
function* stagedRows(ctx: ServiceContext): Generator<ImportedPerson[]> {
  let after = 0;
  for (;;) {
    const people = selectNextRows(ctx.db, after, BATCH);
    if (people.length === 0) return;
    after = people[people.length - 1]?.row ?? after;
    yield people;
  }
}

function write(ctx: ServiceContext, now: string, before: RegisteredForImport, person: ImportedPerson): void {
  const desil = person.desil === undefined ? before.desil : person.desil;
  const programs = programsAfter(before.programs, person);
  updateDesilOnly(ctx.db, before.id, desil, now);
  replacePrograms(ctx.db, before.id, [...before.otherPrograms, ...programs]);
  record(ctx, {
    action: 'UBAH', entity: 'KELUARGA', entityId: before.id, householdId: before.id,
    before: { desil: before.desil, programs: before.programs },
    after: { desil, programs, sumber: 'Pembaruan desil (impor)' },
  });
}

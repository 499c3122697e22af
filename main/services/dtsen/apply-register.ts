import { compareRegister, programsAfter } from '../../../shared/dtsen/compare';
import type { FamilyOutcome } from '../../../shared/dtsen/compare';
import { duplicateNik, gatherFamilies } from '../../../shared/dtsen/families';
import type { ImportedFamily } from '../../../shared/dtsen/families';
import type { ImportedPerson } from '../../../shared/dtsen/person-row';
import { sexOfNik } from '../../../shared/identity/nik';
import type { RowProblem } from '../../../shared/dtsen/import-result';
import {
  insertImportedHousehold, insertImportedMember, replacePrograms, selectRegisteredByKk, updateImportedHousehold, updateImportedMember,
} from '../../db/dtsen-queries';
import { countSkippedFamilies, selectDuplicateNiks, selectMissingKks, selectNextFamilies, selectRegisteredElsewhere, skipFamilies } from '../../db/dtsen-staging-queries';
import type { RegisteredForImport } from '../../db/dtsen-queries';
import { record } from '../audit';
import type { ServiceContext } from '../context';
import type { ExtractRead } from './read-extract';
import { ImportTally } from './import-run';

const BATCH = 1000;

const isHead = (p: ImportedPerson) => p.relationship === 'KEPALA_KELUARGA';
/** The family's people, the head first (the register lists the head first, as a KK does), then in file order. */
const headFirst = (family: ImportedFamily) => [...family.members].sort((a, b) => Number(isHead(b)) - Number(isHead(a)));
const firstGiven = <T>(people: readonly ImportedPerson[], pick: (p: ImportedPerson) => T | null): T | null => {
  for (const p of people) {
    const value = pick(p);
    if (value !== null) return value;
  }
  return null;
};

function memberRow(p: ImportedPerson) {
  const nik = p.nik ?? '';
  return {
    nik,
    name: p.name ?? '',
    sex: p.sex ?? sexOfNik(nik),
    birth_place: p.birthPlace ?? '',
    birth_date: p.birthDate ?? '',
    relationship: p.relationship ?? 'LAINNYA',
    mother_name: p.motherName,
    id_dtsen: p.idDtsen,
  };
}

/** The family's address, RT and RW from whichever row gives them (the head's first); a new family needs all three. */
function whereabouts(family: ImportedFamily) {
  const ordered = headFirst(family);
  return { address: firstGiven(ordered, (p) => p.address), rt: firstGiven(ordered, (p) => p.rt), rw: firstGiven(ordered, (p) => p.rw) };
}

interface Writer {
  ctx: ServiceContext;
  now: string;
  kelurahanCode: string;
}

function insertFamily(w: Writer, family: ImportedFamily): void {
  const where = whereabouts(family);
  const head = family.members.find(isHead);
  const id = insertImportedHousehold(w.ctx.db, {
    no_kk: family.noKk, address: where.address ?? '', rt: where.rt ?? 0, rw: where.rw ?? 0, kelurahan_code: w.kelurahanCode,
    desil: head?.desil ?? null, now: w.now,
  });
  replacePrograms(w.ctx.db, id, programsAfter([], head));
  headFirst(family).forEach((p, position) => insertImportedMember(w.ctx.db, { ...memberRow(p), household_id: id, position }));
}

function updateFamily(w: Writer, family: ImportedFamily, before: RegisteredForImport, outcome: FamilyOutcome): void {
  const head = family.members.find(isHead);
  const where = whereabouts(family);
  const after = {
    address: where.address ?? before.address, rt: where.rt ?? before.rt, rw: where.rw ?? before.rw,
    desil: head?.desil === undefined ? before.desil : head.desil,
  };
  updateImportedHousehold(w.ctx.db, before.id, { ...after, now: w.now });
  const programs = programsAfter(before.programs, head);
  if (outcome.changes.includes('programmes')) replacePrograms(w.ctx.db, before.id, [...before.otherPrograms, ...programs]);
  let position = before.nextPosition;
  for (const p of family.members) {
    const row = memberRow(p);
    const id = before.memberIds.get(row.nik);
    if (id === undefined) insertImportedMember(w.ctx.db, { ...row, household_id: before.id, position: position++ });
    else updateImportedMember(w.ctx.db, id, row);
  }
  record(w.ctx, {
    action: 'UBAH', entity: 'KELUARGA', entityId: before.id, householdId: before.id,
    before: { desil: before.desil, programs: before.programs, address: before.address, rt: before.rt, rw: before.rw, members: before.members },
    after: { ...after, programs, members: family.members.map((p) => ({ nik: p.nik, name: p.name, relationship: p.relationship })), sumber: 'Impor data DTSEN' },
  });
}

/** Every NIK on two rows of the file, as errors; their families are left out. */
function duplicateNikErrors(ctx: ServiceContext, read: ExtractRead): { errors: RowProblem[]; kks: string[] } {
  const errors: RowProblem[] = [];
  const kks: string[] = [];
  for (const { nik, places } of selectDuplicateNiks(ctx.db)) {
    const rows = places.split(',').map((p) => ({ row: Number(p.slice(0, p.indexOf(':'))), noKk: p.slice(p.indexOf(':') + 1) })).sort((a, b) => a.row - b.row);
    const [first, ...again] = rows;
    if (!first) continue;
    kks.push(...rows.map((r) => r.noKk));
    errors.push(...again.map((r) => ({ ...duplicateNik(nik, first, r), column: read.headerOf('nik') })));
  }
  return { errors, kks };
}

/** People registered in another family: the register keeps one family per person, so the family waits. */
function registeredElsewhereErrors(ctx: ServiceContext, read: ExtractRead): { errors: RowProblem[]; kks: string[] } {
  const found = selectRegisteredElsewhere(ctx.db);
  return {
    errors: found.map((f) => ({
      row: f.row, column: read.headerOf('nik'), value: f.nik,
      message: `NIK ini sudah tercatat di keluarga No. KK ${f.registered_kk}; pindahkan anggota tersebut melalui halaman keluarga sebelum mengimpor No. KK ${f.no_kk}`,
    })),
    kks: found.map((f) => f.no_kk),
  };
}

/** The staged families, a batch at a time in No. KK order, as the shared comparison reads them. */
function* stagedFamilies(ctx: ServiceContext): Generator<ImportedFamily[]> {
  let after = '';
  for (;;) {
    const people = selectNextFamilies(ctx.db, after, BATCH);
    if (people.length === 0) return;
    const byKk = new Map<string, ImportedPerson[]>();
    for (const person of people) {
      const noKk = person.noKk ?? '';
      const members = byKk.get(noKk);
      if (members) members.push(person);
      else byKk.set(noKk, [person]);
      after = noKk;
    }
    yield [...byKk].map(([noKk, members]) => ({ noKk, members }));
  }
}

/**
 * A register extract, staged by readExtract, into the register inside the caller's transaction: families
 * matched by No. KK, people by NIK; new families added, changed ones updated (each change in its history),
 * none deleted. A family with any problem is left out whole.
 */
export function applyRegister(ctx: ServiceContext, read: ExtractRead, kelurahanCode: string): ImportTally {
  const tally = new ImportTally(read.errors);
  const duplicates = duplicateNikErrors(ctx, read);
  const elsewhere = registeredElsewhereErrors(ctx, read);
  tally.errors.push(...duplicates.errors, ...elsewhere.errors);
  skipFamilies(ctx.db, [...duplicates.kks, ...elsewhere.kks]);
  const missing = selectMissingKks(ctx.db);
  const writer: Writer = { ctx, now: ctx.now().toISOString(), kelurahanCode };
  for (const batch of stagedFamilies(ctx)) {
    const gathered = gatherFamilies(batch.flatMap((f) => f.members));
    const registered = selectRegisteredByKk(ctx.db, gathered.families.map((f) => f.noKk));
    const gaps = gathered.families.flatMap((f) => (registered.has(f.noKk) ? [] : newFamilyGaps(f, whereabouts(f))));
    tally.errors.push(...gathered.errors, ...gaps);
    const refused = new Set([...gathered.errors, ...gaps].map((e) => e.value));
    tally.skippedFamilies += batch.length - gathered.families.length + gaps.length;
    const clear = gathered.families.filter((f) => !refused.has(f.noKk));
    const { outcomes, counts } = compareRegister(registered, clear);
    tally.add(counts);
    outcomes.forEach((outcome, i) => {
      const family = clear[i];
      if (!family) return;
      tally.note(outcome);
      const before = registered.get(family.noKk);
      if (!before) insertFamily(writer, family);
      else if (outcome.status === 'CHANGED') updateFamily(writer, family, before, outcome);
    });
  }
  tally.skippedFamilies += countSkippedFamilies(ctx.db);
  tally.counts.families.missing = missing.length;
  tally.warnings.push(...missing.map((kk) => ({
    row: null, column: null, value: kk, message: `Keluarga No. KK ${kk} terdaftar tetapi tidak ada dalam berkas ini; keluarga tersebut tetap tersimpan`,
  })));
  return tally;
}

/** A family the register does not know yet needs an address, RT and RW on one of its rows. */
function newFamilyGaps(family: ImportedFamily, where: ReturnType<typeof whereabouts>) {
  const row = (family.members.find(isHead) ?? family.members[0])?.row ?? 0;
  const gaps = [where.address === null ? 'alamat' : null, where.rt === null ? 'RT' : null, where.rw === null ? 'RW' : null].filter((g) => g !== null);
  if (gaps.length === 0) return [];
  return [{ row, column: null, value: family.noKk, message: `Keluarga baru No. KK ${family.noKk} tidak mempunyai ${gaps.join(', ')}; isi kolomnya pada salah satu baris keluarga ini` }];
}

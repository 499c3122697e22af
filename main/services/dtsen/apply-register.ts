import { compareRegister, programsAfter } from '../../../shared/dtsen/compare';
import type { FamilyOutcome } from '../../../shared/dtsen/compare';
import { gatherFamilies } from '../../../shared/dtsen/families';
import type { ImportedFamily } from '../../../shared/dtsen/families';
import type { ImportedPerson } from '../../../shared/dtsen/person-row';
import { sexOfNik } from '../../../shared/identity/nik';
import {
  insertImportedHousehold, insertImportedMember, replacePrograms, selectAllKks, selectKkOfNiks, selectRegisteredByKk,
  updateImportedHousehold, updateImportedMember,
} from '../../db/dtsen-queries';
import type { RegisteredForImport } from '../../db/dtsen-queries';
import { record } from '../audit';
import type { ServiceContext } from '../context';
import type { ExtractRead } from './read-extract';
import { ImportTally, batches } from './import-run';

const BATCH = 1000;

const isHead = (p: ImportedPerson) => p.relationship === 'KEPALA_KELUARGA';
const firstGiven = <T>(family: ImportedFamily, pick: (p: ImportedPerson) => T | null): T | null => {
  for (const p of family.members) {
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
  const ordered = { ...family, members: [...family.members].sort((a, b) => Number(isHead(b)) - Number(isHead(a))) };
  return { address: firstGiven(ordered, (p) => p.address), rt: firstGiven(ordered, (p) => p.rt), rw: firstGiven(ordered, (p) => p.rw) };
}

/** A person registered in another family: the register keeps one family per person, so the family waits. */
function conflicts(family: ImportedFamily, kkOfNik: ReadonlyMap<string, string>) {
  return family.members.flatMap((p) => {
    const registeredKk = p.nik ? kkOfNik.get(p.nik) : undefined;
    if (registeredKk === undefined || registeredKk === family.noKk) return [];
    return [{
      row: p.row, column: 'NIK', value: p.nik ?? '',
      message: `NIK ini sudah tercatat di keluarga No. KK ${registeredKk}; pindahkan anggota tersebut melalui halaman keluarga sebelum mengimpor No. KK ${family.noKk}`,
    }];
  });
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
  const ordered = [...family.members].sort((a, b) => Number(isHead(b)) - Number(isHead(a)));
  ordered.forEach((p, position) => insertImportedMember(w.ctx.db, { ...memberRow(p), household_id: id, position }));
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

/**
 * A register extract into the register, inside the caller's transaction: families matched by No. KK, people by
 * NIK; new families added, changed ones updated (each change in its history), none deleted.
 */
export function applyRegister(ctx: ServiceContext, read: ExtractRead, kelurahanCode: string): ImportTally {
  const tally = new ImportTally();
  tally.errors.push(...read.errors);
  const gathered = gatherFamilies(read.people);
  tally.errors.push(...gathered.errors);
  const inFile = new Set([...read.people.map((p) => p.noKk ?? ''), ...read.badKks]);
  const ready = gathered.families.filter((f) => !read.badKks.has(f.noKk));
  const writer: Writer = { ctx, now: ctx.now().toISOString(), kelurahanCode };
  const placed = new Set<string>();
  for (const batch of batches(ready, BATCH)) {
    const registered = selectRegisteredByKk(ctx.db, batch.map((f) => f.noKk));
    const kkOfNik = selectKkOfNiks(ctx.db, batch.flatMap((f) => f.members.map((p) => p.nik ?? '')));
    const clear = batch.filter((family) => {
      const found = [...conflicts(family, kkOfNik), ...(registered.has(family.noKk) ? [] : newFamilyGaps(family, whereabouts(family)))];
      tally.errors.push(...found);
      return found.length === 0;
    });
    const { outcomes, counts } = compareRegister(registered, clear);
    tally.add(counts);
    outcomes.forEach((outcome, i) => {
      const family = clear[i];
      if (!family) return;
      placed.add(family.noKk);
      tally.note(outcome);
      const before = registered.get(family.noKk);
      if (!before) insertFamily(writer, family);
      else if (outcome.status === 'CHANGED') updateFamily(writer, family, before, outcome);
    });
  }
  for (const kk of inFile) if (kk !== '' && !placed.has(kk)) tally.skippedKks.add(kk);
  const missing = selectAllKks(ctx.db).filter((kk) => !inFile.has(kk));
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

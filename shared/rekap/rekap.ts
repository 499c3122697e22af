import { PROGRAMS } from '../household/options';
import type { ProgramCode } from '../household/options';
import type { Rekap } from './schema';

/** Families alike in RW, desil and programmes, counted together (the register groups them in SQL). */
export interface RekapGroup {
  rw: number;
  desil: number | null;
  programs: readonly ProgramCode[];
  families: number;
  people: number;
}

const desilIndex = (desil: number | null) => (desil === null ? 10 : desil - 1);

/** Per RW, per desil (1-10 and none) and per programme, from the groups. */
export function foldRekap(groups: Iterable<RekapGroup>): Rekap {
  const byRw = new Map<number, Rekap['byRw'][number]>();
  const byDesil: Rekap['byDesil'] = [...Array.from({ length: 10 }, (_, i) => i + 1), null].map((desil) => ({
    desil, families: 0, people: 0, recipients: { PKH: 0, SEMBAKO: 0, PBI_JK: 0 },
  }));
  const byProgram: Rekap['byProgram'] = PROGRAMS.codes.map((program) => ({ program, families: 0, people: 0 }));
  let families = 0;
  let people = 0;
  for (const g of groups) {
    families += g.families;
    people += g.people;
    const rw = byRw.get(g.rw) ?? { rw: g.rw, families: 0, people: 0, familiesByDesil: Array<number>(11).fill(0) };
    rw.families += g.families;
    rw.people += g.people;
    rw.familiesByDesil[desilIndex(g.desil)] = (rw.familiesByDesil[desilIndex(g.desil)] ?? 0) + g.families;
    byRw.set(g.rw, rw);
    const desil = byDesil[desilIndex(g.desil)];
    if (desil) {
      desil.families += g.families;
      desil.people += g.people;
      for (const p of g.programs) desil.recipients[p] += g.families;
    }
    for (const p of byProgram) {
      if (!g.programs.includes(p.program)) continue;
      p.families += g.families;
      p.people += g.people;
    }
  }
  return { families, people, byRw: [...byRw.values()].sort((a, b) => a.rw - b.rw), byDesil, byProgram };
}

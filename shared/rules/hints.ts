import { z } from 'zod';
import type { Member } from '../household/schema';
import type { ProgramCode } from '../household/options';
import { PROPOSAL_PROGRAMS } from '../meeting/options';
import type { ProposalKind, ProposalProgram } from '../meeting/options';
import { describeComponents, pkhComponents } from './pkh-components';
import type { RuleSet } from './ruleset';

export const HintSchema = z.object({ level: z.enum(['PERHATIAN', 'INFO']), message: z.string() });
export type Hint = z.infer<typeof HintSchema>;

export interface HintFacts {
  kind: ProposalKind;
  proposedPrograms: readonly ProposalProgram[];
  desil: number | null;
  currentPrograms: readonly ProgramCode[];
  members: readonly Pick<Member, 'birthDate' | 'pregnant' | 'education' | 'disabilitySevere'>[];
  meetingDate: string;
}

const label = (p: ProposalProgram) => PROPOSAL_PROGRAMS.labels[p].replace(' (BPNT)', '');

/** What the rule set implies for one proposal, said plainly. Hints inform; the meeting decides. */
export function eligibilityHints(facts: HintFacts, rules: RuleSet): Hint[] {
  const hints: Hint[] = [];
  const { desil } = facts;
  for (const program of facts.proposedPrograms) {
    const limit = rules.programs[program].maxDesil;
    if (desil === null) {
      hints.push({ level: 'INFO', message: `Desil belum diketahui: kelayakan ${label(program)} (desil 1–${limit}) belum dapat dinilai.` });
    } else if (desil > limit) {
      hints.push({ level: 'PERHATIAN', message: `Diusulkan untuk ${label(program)}, tetapi keluarga berada di desil ${desil} (${label(program)}: desil 1–${limit}).` });
    }
  }
  const components = pkhComponents(facts.members, facts.meetingDate, rules);
  if (facts.proposedPrograms.includes('PKH') && rules.programs.PKH.requiresComponent) {
    hints.push(
      components.size === 0
        ? { level: 'PERHATIAN', message: 'Diusulkan untuk PKH, tetapi tidak ada komponen PKH dalam keluarga (ibu hamil/nifas, anak usia dini, anak sekolah, lansia, disabilitas berat).' }
        : { level: 'INFO', message: `Komponen PKH: ${describeComponents(components)}.` },
    );
  }
  if (desil !== null && facts.currentPrograms.includes('PKH') && desil >= rules.pkhSuspendFromDesil) {
    hints.push({ level: 'PERHATIAN', message: `Penerima PKH saat ini berada di desil ${desil}: PKH dihentikan sementara dan keluarga masuk daftar groundcheck.` });
  }
  for (const program of ['SEMBAKO', 'PBI_JK'] as const) {
    const limit = rules.programs[program].maxDesil;
    if (desil !== null && facts.currentPrograms.includes(program) && desil > limit) {
      hints.push({ level: 'PERHATIAN', message: `Penerima ${label(program)} saat ini berada di desil ${desil} (${label(program)}: desil 1–${limit}): kemungkinan salah sasaran (kesalahan inklusi).` });
    }
  }
  if (facts.kind === 'BARU' && desil !== null) {
    hints.push({ level: 'INFO', message: `Keluarga sudah tercatat dengan desil ${desil}; periksa apakah usulan "Baru" sudah tepat.` });
  }
  if (facts.kind === 'PENINJAUAN_DESIL' && desil !== null && desil <= 3 && facts.currentPrograms.length === 0) {
    hints.push({ level: 'INFO', message: `Keluarga di desil ${desil} tetapi tidak menerima bantuan apa pun: kemungkinan kesalahan eksklusi (layak tetapi tidak menerima).` });
  }
  return hints;
}

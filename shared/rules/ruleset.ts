import { z } from 'zod';

const Threshold = z.object({ maxDesil: z.number().int().min(1).max(10), requiresComponent: z.boolean() });

/** Eligibility thresholds as data: a newer decree is a new rule set, not a code change. */
export const RuleSetSchema = z.object({
  code: z.string().trim().regex(/^[A-Z0-9-]{3,60}$/, 'Kode aturan: huruf besar, angka dan tanda -'),
  decree: z.string().trim().min(5).max(200),
  validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal berlaku ditulis TTTT-BB-HH'),
  programs: z.object({ PKH: Threshold, SEMBAKO: Threshold, PBI_JK: Threshold, LAINNYA: Threshold }),
  /** A current PKH recipient at or above this decile is suspended and groundchecked. */
  pkhSuspendFromDesil: z.number().int().min(1).max(10),
  pkhComponents: z.object({
    youngChildMaxAge: z.number().int().min(0).max(18),
    schoolMaxAge: z.number().int().min(6).max(30),
    elderlyMinAge: z.number().int().min(40).max(100),
  }),
});
export type RuleSet = z.infer<typeof RuleSetSchema>;

/** Kepmensos 79/HUK/2025 as the Kota Malang social office reports it (see ../shared/domain.md). */
export const KEPMENSOS_79_2025: RuleSet = {
  code: 'KEPMENSOS-79-HUK-2025',
  decree: 'Keputusan Menteri Sosial Nomor 79/HUK/2025',
  validFrom: '2025-01-01',
  programs: {
    PKH: { maxDesil: 4, requiresComponent: true },
    SEMBAKO: { maxDesil: 5, requiresComponent: false },
    PBI_JK: { maxDesil: 5, requiresComponent: false },
    LAINNYA: { maxDesil: 5, requiresComponent: false },
  },
  pkhSuspendFromDesil: 5,
  pkhComponents: { youngChildMaxAge: 6, schoolMaxAge: 21, elderlyMinAge: 60 },
};

/** The newest rule set already in force on a date. */
export function ruleSetFor(date: string, sets: readonly RuleSet[]): RuleSet {
  const inForce = sets.filter((s) => s.validFrom <= date).sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return inForce[0] ?? KEPMENSOS_79_2025;
}

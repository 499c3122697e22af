import { describe, expect, it } from 'vitest';
import { HouseholdInputSchema } from '../../../../shared/household/schema';
import { DemoHouseholds } from '../../../../main/demo/households';
import { NIK_REGIONS, nikRegionsAround } from '../../../../main/demo/names';

const TODAY = new Date(Date.UTC(2026, 10, 28));

describe('demo households', () => {
  it('are valid, unique and plausible', () => {
    const demo = new DemoHouseholds(3, '3573051004', TODAY);
    const niks = new Set<string>();
    const kks = new Set<string>();
    let members = 0;
    for (let i = 0; i < 2000; i++) {
      const h = HouseholdInputSchema.parse(demo.next());
      kks.add(h.noKk);
      for (const m of h.members) niks.add(m.nik);
      members += h.members.length;
      const head = h.members[0];
      if (!head) throw new Error('no head');
      const headYear = Number(head.birthDate.slice(0, 4));
      for (const child of h.members.filter((m) => m.relationship === 'ANAK')) {
        expect(Number(child.birthDate.slice(0, 4)) - headYear).toBeGreaterThanOrEqual(15);
      }
      if (h.programs.includes('PKH')) expect(h.desil).not.toBeNull();
    }
    expect(kks.size).toBe(2000);
    expect(niks.size).toBe(members);
    expect(members / 2000).toBeGreaterThan(3);
  });

  it('depend only on the seed', () => {
    const a = new DemoHouseholds(11, '3573051004', TODAY);
    const b = new DemoHouseholds(11, '3573051004', TODAY);
    const c = new DemoHouseholds(12, '3573051004', TODAY);
    const first = a.next();
    expect(b.next()).toEqual(first);
    expect(c.next()).not.toEqual(first);
  });

  it('with different serial tags never share a NIK or a No. KK, even from the same seed', () => {
    const numbers = (tag: number) => {
      const demo = new DemoHouseholds(5, '3573051004', TODAY, { nikRegions: nikRegionsAround('357305'), serialTag: tag });
      const niks: string[] = [];
      const kks: string[] = [];
      for (let i = 0; i < 2000; i++) {
        const h = HouseholdInputSchema.parse(demo.next());
        kks.push(h.noKk);
        niks.push(...h.members.map((m) => m.nik));
      }
      return { niks, kks };
    };
    const first = numbers(1);
    const second = numbers(57);
    expect([...first.niks, ...first.kks].every((n) => n.endsWith('01'))).toBe(true);
    expect([...second.niks, ...second.kks].every((n) => n.endsWith('57'))).toBe(true);
    expect(new Set([...first.niks, ...second.niks]).size).toBe(first.niks.length + second.niks.length);
    expect(new Set([...first.kks, ...second.kks]).size).toBe(first.kks.length + second.kks.length);
    expect(() => new DemoHouseholds(5, '3573051004', TODAY, { serialTag: 100 })).toThrow(RangeError);
  });

  it('around another kecamatan, NIKs come mostly from it and Lowokwaru takes its smaller share', () => {
    const around = new Map(nikRegionsAround('357301'));
    expect(around.get('357301')).toBe(40);
    expect(around.get('357305')).toBe(8);
    expect(nikRegionsAround('357305')).toEqual(NIK_REGIONS);
  });
});

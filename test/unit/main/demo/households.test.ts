import { describe, expect, it } from 'vitest';
import { HouseholdInputSchema } from '../../../../shared/household/schema';
import { DemoHouseholds } from '../../../../main/demo/households';

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
});

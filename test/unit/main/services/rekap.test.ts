import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHousehold } from '../../../../main/services/households';
import { rekap } from '../../../../main/services/rekap';
import type { HouseholdInput } from '../../../../shared/household/schema';
import { tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';
import { aHousehold, aMember } from '../../../fixtures/households';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await tempContext();
});
afterEach(() => ctx.cleanup());

const add = (h: Partial<HouseholdInput>) => createHousehold(ctx, aHousehold(h));
const zeros = () => Array<number>(11).fill(0);
const desilRow = (desil: number | null, families = 0, people = 0, recipients = { PKH: 0, SEMBAKO: 0, PBI_JK: 0 }) => ({ desil, families, people, recipients });

describe('Rekap', () => {
  it('is all zeros for an empty register, with every desil and programme listed', () => {
    const r = rekap(ctx);
    expect(r).toEqual({
      families: 0, people: 0, byRw: [],
      byDesil: [...Array.from({ length: 10 }, (_, i) => desilRow(i + 1)), desilRow(null)],
      byProgram: [{ program: 'PKH', families: 0, people: 0 }, { program: 'SEMBAKO', families: 0, people: 0 }, { program: 'PBI_JK', families: 0, people: 0 }],
    });
  });

  it('counts families and people per RW, per desil (none apart) and per programme', () => {
    const single = () => [aMember()];
    add({ rw: 2, desil: 1, programs: ['PKH', 'SEMBAKO'] }); // 3 people
    add({ rw: 2, desil: 1, programs: ['SEMBAKO'], members: single() });
    add({ rw: 1, desil: 6, programs: ['PBI_JK'], members: single() });
    add({ rw: 1, desil: null, programs: [] }); // 3 people
    add({ rw: 1, desil: 10, programs: ['PKH', 'SEMBAKO', 'PBI_JK'], members: single() });
    const r = rekap(ctx);
    expect([r.families, r.people]).toEqual([5, 9]);
    const rw1 = zeros();
    rw1[5] = 1;
    rw1[9] = 1;
    rw1[10] = 1;
    const rw2 = zeros();
    rw2[0] = 2;
    expect(r.byRw).toEqual([
      { rw: 1, families: 3, people: 5, familiesByDesil: rw1 },
      { rw: 2, families: 2, people: 4, familiesByDesil: rw2 },
    ]);
    expect(r.byDesil[0]).toEqual(desilRow(1, 2, 4, { PKH: 1, SEMBAKO: 2, PBI_JK: 0 }));
    expect(r.byDesil[5]).toEqual(desilRow(6, 1, 1, { PKH: 0, SEMBAKO: 0, PBI_JK: 1 }));
    expect(r.byDesil[9]).toEqual(desilRow(10, 1, 1, { PKH: 1, SEMBAKO: 1, PBI_JK: 1 }));
    expect(r.byDesil[10]).toEqual(desilRow(null, 1, 3));
    expect(r.byProgram).toEqual([
      { program: 'PKH', families: 2, people: 4 },
      { program: 'SEMBAKO', families: 3, people: 5 },
      { program: 'PBI_JK', families: 2, people: 2 },
    ]);
  });
});

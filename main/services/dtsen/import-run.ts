import type { FamilyOutcome, ImportCounts } from '../../../shared/dtsen/compare';
import { CHANGES_LISTED } from '../../../shared/dtsen/import-result';
import type { ImportResult } from '../../../shared/dtsen/import-result';
import { ProblemList } from './problem-list';

/** What an import has found and done so far: counts, problems and the first changed families. */
export class ImportTally {
  readonly counts: ImportCounts = { families: { new: 0, changed: 0, unchanged: 0, missing: 0 }, members: { new: 0, changed: 0, unchanged: 0 } };
  readonly warnings = new ProblemList();
  readonly changed: ImportResult['changed'] = [];
  skippedFamilies = 0;

  constructor(readonly errors: ProblemList) {}

  add(counts: ImportCounts): void {
    for (const key of ['new', 'changed', 'unchanged', 'missing'] as const) this.counts.families[key] += counts.families[key];
    for (const key of ['new', 'changed', 'unchanged'] as const) this.counts.members[key] += counts.members[key];
  }

  note(outcome: FamilyOutcome): void {
    if (outcome.status === 'CHANGED' && this.changed.length < CHANGES_LISTED) {
      this.changed.push({ noKk: outcome.noKk, householdId: outcome.householdId, changes: outcome.changes });
    }
  }
}

import type { RowProblem } from '../../../shared/dtsen/import-result';

const LISTED = 10_000;

/**
 * The problems an import reports, every one counted but at most LISTED kept: a wrongly mapped file of a
 * million rows has a million errors, and the operator needs the first ones and the count, not all in memory.
 */
export class ProblemList {
  private readonly kept: RowProblem[] = [];
  count = 0;

  push(...problems: readonly RowProblem[]): void {
    for (const problem of problems) {
      this.count++;
      if (this.kept.length < LISTED) this.kept.push(problem);
    }
  }

  /** By row (file-wide problems first), with a last line saying how many were left out. */
  list(): RowProblem[] {
    const sorted = [...this.kept].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const left = this.count - this.kept.length;
    return left === 0 ? sorted : [...sorted, { row: null, column: null, value: '', message: `Dan ${left.toLocaleString('id-ID')} kesalahan lain yang tidak ditampilkan.` }];
  }
}

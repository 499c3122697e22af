import type { Problem } from '../../shared/package/verdict-schema';

export class PackageRejected extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.message).join('; '));
  }
}

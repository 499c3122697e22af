/** One finding about a package, with a stable code for scripts and an Indonesian sentence for people. */
export interface Problem {
  code: string;
  message: string;
}

export class PackageRejected extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.message).join('; '));
  }
}

/** One `muskel <name>` command. `usage` is printed by `--help` and after a usage error. */
export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  run(args: string[]): Promise<number>;
}

/** A refusal to print as one line on stderr with its exit code (1 refused, 2 usage); thrown so cleanup still runs. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}

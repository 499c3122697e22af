import type { DoorMode } from '../../services/context';

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  mode: DoorMode;
  run(args: string[]): Promise<number>;
}

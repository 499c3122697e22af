import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Channel, InputOf, OutputOf } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { TEST_DB_PASSPHRASE } from '../fixtures/context';

const SERVE = join(import.meta.dirname, 'serve-fixed-clock.ts');

export interface RunningServer {
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
}

/**
 * Starts browser mode (with the fixed test clock) on a free port for a data folder and waits for the URL it
 * prints. The folder opens with the test passphrase, unless `locked` leaves it to the browser's lock screen.
 */
export function startServer(dataDir: string, options: { locked?: boolean } = {}): Promise<RunningServer> {
  const env = { ...process.env };
  if (options.locked) delete env.MUSKEL_DB_PASSPHRASE;
  else env.MUSKEL_DB_PASSPHRASE = TEST_DB_PASSPHRASE;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', SERVE, dataDir], { stdio: ['ignore', 'pipe', 'pipe'], env });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`muskel serve did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Muskel berjalan di (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/.exec(output);
      if (!match?.[1] || !match[2]) return;
      clearTimeout(timer);
      const origin = match[1];
      const token = match[2];
      resolve({
        url: `${origin}/?token=${token}`,
        origin,
        token,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`muskel serve exited with ${code}:\n${output}`));
    });
  });
}

/** Posts to the HTTP door as the renderer does and answers the door's result, refusals included. */
export async function apiResult<C extends Channel>(server: RunningServer, channel: C, input: InputOf<C>): Promise<ApiResult<OutputOf<C>>> {
  const response = await fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Muskel-Token': server.token },
    body: JSON.stringify(input),
  });
  return (await response.json()) as ApiResult<OutputOf<C>>;
}

/** Calls the API the way the renderer does, for arranging state and checking the database from a test. */
export async function api<C extends Channel>(server: RunningServer, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await apiResult(server, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

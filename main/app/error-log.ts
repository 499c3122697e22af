import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorReporter } from '../services/error-report';
import { redact, stackFrames } from './redact';

export const LOG_DIR_NAME = 'log';
export const LOG_FILE_NAME = 'kesalahan.log';
const MAX_BYTES = 256 * 1024;
const KEEP = 3;

function entry(error: unknown, where: string, code: string, at: Date): string {
  const e = error instanceof Error ? error : new Error(typeof error === 'string' ? error : 'non-Error thrown');
  const sqliteCode = 'code' in e && typeof e.code === 'string' ? e.code : undefined;
  return `${JSON.stringify({ at: at.toISOString(), code, where, name: e.name, sqliteCode, message: redact(e.message), stack: stackFrames(e) })}\n`;
}

/** kesalahan.log -> kesalahan.log.1 -> ... -> kesalahan.log.3, the oldest dropped. */
function rotate(file: string): void {
  rmSync(`${file}.${KEEP}`, { force: true });
  for (let i = KEEP - 1; i >= 1; i--) {
    try {
      renameSync(`${file}.${i}`, `${file}.${i + 1}`);
    } catch {
      // that generation does not exist yet
    }
  }
  renameSync(file, `${file}.1`);
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The data folder's error log: one JSON line per failure, private to the OS user, rotated at 256 KB. */
export function fileErrorLog(dataDir: string, now: () => Date = () => new Date()): ErrorReporter {
  const dir = join(dataDir, LOG_DIR_NAME);
  const file = join(dir, LOG_FILE_NAME);
  return {
    report(error, where) {
      const code = randomBytes(4).toString('hex').toUpperCase();
      const line = entry(error, where, code, now());
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        if (sizeOf(file) + line.length > MAX_BYTES) rotate(file);
        appendFileSync(file, line, { mode: 0o600 });
      } catch {
        // A log that cannot be written must not turn one failure into two; stderr still gets it.
        process.stderr.write(line);
      }
      return code;
    },
  };
}

/** For a context without a data folder (`muskel nik`): the same redacted line, on stderr. */
export function stderrErrorLog(): ErrorReporter {
  return {
    report(error, where) {
      const code = randomBytes(4).toString('hex').toUpperCase();
      process.stderr.write(entry(error, where, code, new Date()));
      return code;
    },
  };
}

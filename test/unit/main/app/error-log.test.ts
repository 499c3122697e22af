import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOG_DIR_NAME, LOG_FILE_NAME, fileErrorLog } from '../../../../main/app/error-log';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'muskel-log-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const logFile = () => join(dir, LOG_DIR_NAME, LOG_FILE_NAME);

describe('error log', () => {
  it('writes one line per failure with its code, private to the OS user, without NIK, No. KK or quoted names', () => {
    const error = new Error('Baris NIK 3573051705800001 KK 3573050101090001 milik "Budi Santoso" gagal dibaca');
    const code = fileErrorLog(dir, () => new Date('2026-11-28T02:00:00Z')).report(error, 'households.get');
    expect(code).toMatch(/^[0-9A-F]{8}$/);
    const text = readFileSync(logFile(), 'utf8');
    expect(text).not.toMatch(/3573051705800001|3573050101090001|Budi|Santoso/);
    const entry = JSON.parse(text.trim()) as { at: string; code: string; where: string; name: string; message: string; stack: string[] };
    expect(entry).toMatchObject({ at: '2026-11-28T02:00:00.000Z', code, where: 'households.get', name: 'Error' });
    expect(entry.message).toBe('Baris NIK [angka] KK [angka] milik "…" gagal dibaca');
    expect(entry.stack.length).toBeGreaterThan(0);
    expect(entry.stack.every((frame) => frame.startsWith('at '))).toBe(true);
    if (process.platform !== 'win32') {
      expect(statSync(logFile()).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, LOG_DIR_NAME)).mode & 0o777).toBe(0o700);
    }
  });

  it('gives every failure its own code', () => {
    const log = fileErrorLog(dir);
    const codes = new Set(Array.from({ length: 50 }, () => log.report(new Error('x'), 'test')));
    expect(codes.size).toBe(50);
  });

  it('rotates at 256 KB and keeps three older generations', () => {
    const log = fileErrorLog(dir);
    const big = new Error('x'.repeat(4000));
    for (let i = 0; i < 300; i++) log.report(big, 'test');
    const files = readdirSync(join(dir, LOG_DIR_NAME)).sort();
    expect(files).toEqual([LOG_FILE_NAME, `${LOG_FILE_NAME}.1`, `${LOG_FILE_NAME}.2`, `${LOG_FILE_NAME}.3`]);
    for (const f of files) expect(statSync(join(dir, LOG_DIR_NAME, f)).size).toBeLessThanOrEqual(256 * 1024);
    expect(existsSync(`${logFile()}.4`)).toBe(false);
  });
});

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyInfo } from '../../../../../main/services/keys';
import { TEST_DB_PASSPHRASE } from '../../../../fixtures/context';
import type { TestContext } from '../../../../fixtures/context';
import { muskel } from '../../../../fixtures/cli';
import { DINSOS_PASSPHRASE, dinsosContext, kelurahanPackage } from '../../../../fixtures/inbox';
import type { KelurahanPackage } from '../../../../fixtures/inbox';
import { PASSPHRASE } from '../../../../fixtures/package';

let dinsos: TestContext;
let kelurahan: KelurahanPackage;
let work: string;
let dinsosPub: string;

const asDinsos = (args: readonly string[]) =>
  muskel([...args, '--data-dir', dinsos.dataDir], { env: { ...process.env, MUSKEL_DB_PASSPHRASE: TEST_DB_PASSPHRASE, MUSKEL_PASSPHRASE: DINSOS_PASSPHRASE, MUSKEL_OPERATOR: 'Petugas Dinsos' } });
const asKelurahan = (args: readonly string[]) =>
  muskel([...args, '--data-dir', kelurahan.ctx.dataDir], { env: { ...process.env, MUSKEL_DB_PASSPHRASE: TEST_DB_PASSPHRASE, MUSKEL_PASSPHRASE: PASSPHRASE, MUSKEL_OPERATOR: 'Sekretaris' } });

beforeAll(async () => {
  let recipient: string;
  ({ ctx: dinsos, recipient } = await dinsosContext());
  kelurahan = await kelurahanPackage(recipient);
  work = mkdtempSync(join(tmpdir(), 'muskel-dinsos-cli-'));
  dinsosPub = join(work, 'dinsos.pub');
  writeFileSync(dinsosPub, keyInfo(dinsos)?.publicKey ?? '');
  // The CLI opens the folders itself, as on an office PC.
  await dinsos.folder.close();
  await kelurahan.ctx.folder.close();
}, 120_000);
afterAll(async () => {
  await Promise.all([dinsos.cleanup(), kelurahan.ctx.cleanup()]);
  rmSync(work, { recursive: true, force: true });
});

describe('the Dinsos loop from the command line', () => {
  it('refuses a package from a kelurahan whose key is not trusted, with exit 1 and the JSON the issue names', () => {
    const run = asDinsos(['inbox', 'add', kelurahan.path, '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ imported: 0, duplicates: 0, refused: [{ file: kelurahan.fileName, problems: [expect.stringMatching(/belum dipercaya/)] }] });
  }, 180_000);

  it('trusts the key and imports the packages of a folder', () => {
    expect(asDinsos(['keys', 'trust', kelurahan.publicKeyFile, '--kelurahan', '3573051004']).stdout).toMatch(/^Kunci [0-9A-F]{16} dipercaya untuk Kelurahan Dinoyo \(3573051004\)\./);
    const run = asDinsos(['inbox', 'add', join(kelurahan.path, '..'), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ imported: 1, duplicates: 0, refused: [] });
  }, 180_000);

  it('answers, and the kelurahan opens the answer and sees each status on the meeting', async () => {
    const proposals = JSON.parse(asDinsos(['inbox', 'proposals', '--json']).stdout) as { id: number; no: number }[];
    expect(proposals).toHaveLength(3);
    const second = proposals.find((p) => p.no === 2)?.id ?? 0;
    expect(asDinsos(['inbox', 'status', '--status', 'DITERIMA', String(proposals.find((p) => p.no === 1)?.id)]).code).toBe(0);
    expect(asDinsos(['inbox', 'status', '--status', 'DIKEMBALIKAN', '--note', 'KK tidak terbaca', String(second)]).stdout).toMatch(/^1 usulan diberi status DIKEMBALIKAN/);
    const [pkg] = JSON.parse(asDinsos(['inbox', 'list', '--json']).stdout) as { id: number }[];
    const answer = JSON.parse(asDinsos(['respond', '--package', String(pkg?.id), '--out', work, '--json']).stdout) as { path: string; statuses: Record<string, number> };
    expect(answer.statuses).toEqual({ DITERIMA: 1, DIKEMBALIKAN: 1, DALAM_PROSES: 1 });

    const sheet = join(work, 'siks-ng.xlsx');
    expect(asDinsos(['inbox', 'siks-ng', '--out', sheet]).stdout).toMatch(/^1 usulan yang diterima ditulis ke/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sheet);
    const nik = workbook.worksheets[0]?.getRow(2).getCell(2).value;
    expect(typeof nik === 'string' ? nik : 'bukan teks').toMatch(/^\d{16}$/);

    expect(asKelurahan(['key', 'dinsos-pubkey', dinsosPub]).code).toBe(0);
    const opened = asKelurahan(['response', 'import', answer.path, '--json']);
    expect(opened.code).toBe(0);
    expect(JSON.parse(opened.stdout)).toMatchObject({ ok: true, proposals: 3, statuses: { DITERIMA: 1, DIKEMBALIKAN: 1, DALAM_PROSES: 1 } });
    const shown = JSON.parse(asKelurahan(['meeting', 'show', String(kelurahan.meetingId), '--json']).stdout) as { proposals: { decision: string; dinsosStatus: string; dinsosNote: string }[] };
    expect(shown.proposals.map((p) => [p.decision, p.dinsosStatus, p.dinsosNote])).toEqual([
      ['DISETUJUI', 'DITERIMA', ''], ['DITOLAK', 'DIKEMBALIKAN', 'KK tidak terbaca'], ['DISETUJUI', 'DALAM_PROSES', ''],
    ]);
    const replay = asKelurahan(['response', 'import', answer.path, '--json']);
    expect(replay.code).toBe(1);
    expect(JSON.parse(replay.stdout)).toEqual({ ok: false, problems: [expect.stringMatching(/^Tanggapan ini sudah dibuka pada .* oleh Sekretaris$/)] });
    expect(existsSync(answer.path)).toBe(true);
  }, 300_000);
});

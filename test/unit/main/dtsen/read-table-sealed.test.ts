import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTable } from '../../../../main/dtsen/read-table';
import type { Table } from '../../../../main/dtsen/read-table';
import { SealedScratch } from '../../../../main/package/sealed-scratch';
import { allRows, corpusFile, scratch } from '../../../fixtures/dtsen/files';
import type { Scratch } from '../../../fixtures/dtsen/files';
import { writeXlsx } from '../../../fixtures/dtsen/xlsx';

let files: Scratch;
const sealed: SealedScratch[] = [];
beforeEach(() => {
  files = scratch();
});
afterEach(async () => {
  await Promise.all(sealed.splice(0).map((s) => s.dispose()));
  files.cleanup();
});

/** The file's bytes sealed as an upload arrives: appended in pieces, then ended. */
function upload(bytes: Buffer): SealedScratch {
  const file = new SealedScratch(join(files.dir, `unggahan-${sealed.length}.tersegel`));
  sealed.push(file);
  for (let at = 0; at < bytes.length; at += 100_000) file.append(bytes.subarray(at, at + 100_000));
  file.endAppending();
  return file;
}

/** What a reader of the table sees, read to the end. */
async function seen(table: Table) {
  const rows = await allRows(table);
  const shape = table.format === 'CSV' ? { delimiter: table.delimiter, encoding: table.encoding() } : { sheet: table.sheet, sheets: table.sheets };
  return { ...shape, headers: table.headers, headerRow: table.headerRow, rows, size: table.size, bytesRead: table.bytesRead() };
}

describe('openTable on an upload sealed in a SealedScratch', () => {
  it.each(['dtks-pipa-crlf-cp1252.txt', 'siks-titikkoma-bom.csv', 'koma-lf-kutip.csv'])('reads %s as it reads the file', async (name) => {
    const path = corpusFile(name);
    const fromPath = await seen(await openTable(path));
    expect(await seen(await openTable(upload(readFileSync(path)), { name }))).toEqual(fromPath);
  });

  it('reads an XLSX with NIKs stored as numbers as it reads the file, its zip spread over several chunks', async () => {
    const path = join(files.dir, 'desil.xlsx');
    const people = Array.from({ length: 3000 }, (_, i) => [String(3573010101080001 + i), i % 10, 3573011203850001 + i, `WARGA ${i}`]);
    await writeXlsx(path, [
      { name: 'Desil Juni', rows: [['Nomor KK', 'Desil', 'NIK', 'Nama'], ...people] },
      { name: 'Lain', rows: [['X']] },
    ]);
    const bytes = readFileSync(path);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    const fromPath = await seen(await openTable(path));
    expect(fromPath.rows[0]).toEqual({ row: 2, line: 2, cells: ['3573010101080001', '0', '3573011203850001', 'WARGA 0'], numeric: [1, 2] });
    expect(await seen(await openTable(upload(bytes), { name: 'desil.xlsx' }))).toEqual(fromPath);
  });

  it('names the upload by the name it came under in its messages', async () => {
    const path = join(files.dir, 'utuh.xlsx');
    await writeXlsx(path, [{ name: 'S', rows: [['NIK'], ['1']] }]);
    await expect(openTable(upload(readFileSync(path).subarray(0, 3000)), { name: 'terpotong.xlsx' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^Berkas terpotong\.xlsx bukan XLSX yang utuh: berkas rusak atau terpotong \(/),
    });
    await expect(openTable(upload(Buffer.alloc(0)), { name: 'kosong.csv' })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'Berkas kosong.csv kosong: tidak ada baris judul kolom.' });
  });

  it('stops reading when cancelled, having read only the chunks the rows so far came from', async () => {
    const controller = new AbortController();
    const table = await openTable(upload(Buffer.from(`A;B\n${'1;2\n'.repeat(100_000)}`)), { name: 'a.csv', signal: controller.signal });
    const rows: number[] = [];
    const reading = (async () => {
      for await (const row of table.rows) {
        rows.push(row.row);
        if (row.row === 10) controller.abort();
      }
    })();
    await expect(reading).rejects.toMatchObject({ code: 'CONFLICT', message: 'Pembacaan berkas a.csv dibatalkan.' });
    expect(rows).toHaveLength(9);
    expect(table.bytesRead()).toBe(64 * 1024);
  });
});

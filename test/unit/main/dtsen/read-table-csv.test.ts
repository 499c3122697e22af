import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTable } from '../../../../main/dtsen/read-table';
import type { CsvTable, Table } from '../../../../main/dtsen/read-table';
import { AppError } from '../../../../main/services/app-error';
import { allRows, corpusFile, scratch } from '../../../fixtures/dtsen/files';
import type { Scratch } from '../../../fixtures/dtsen/files';

let files: Scratch;
beforeEach(() => {
  files = scratch();
});
afterEach(() => files.cleanup());

async function openCsv(path: string): Promise<CsvTable> {
  const table: Table = await openTable(path);
  if (table.format !== 'CSV') throw new Error(`read as ${table.format}`);
  return table;
}

async function refusal(path: string, options: Parameters<typeof openTable>[1] = {}): Promise<AppError> {
  try {
    await allRows(await openTable(path, options));
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('read without an error');
}

describe('openTable on CSV/TXT', () => {
  it('reads a DTKS-style download: |, CRLF, Windows-1252, blank lines at the end', async () => {
    const table = await openCsv(corpusFile('dtks-pipa-crlf-cp1252.txt'));
    expect(table.delimiter).toBe('|');
    expect(table.headers).toHaveLength(17);
    expect(table.headers.slice(9, 12)).toEqual(['nomor_kk', 'nomor_nik', 'nama']);
    expect(table.headerRow).toBe(1);
    const rows = await allRows(table);
    expect(table.encoding()).toBe('WINDOWS-1252');
    expect(rows.map((r) => [r.row, r.cells[11], r.cells[15]])).toEqual([
      [2, 'ANDRÉ SETIAWAN', 'SITI AMINAH'],
      [3, 'NUR MA’RIFAH', 'KHOIRIYAH'],
      [4, 'MUHAMMAD MA’RUF', 'NUR MA’RIFAH'],
    ]);
    expect(rows.every((r) => r.cells.length === 17 && r.numeric.length === 0)).toBe(true);
    expect(table.bytesRead()).toBe(table.size);
  });

  it('reads a SIKS-NG desil list saved as CSV UTF-8 by Excel: BOM, ;, CRLF, an empty cell', async () => {
    const table = await openCsv(corpusFile('siks-titikkoma-bom.csv'));
    expect([table.delimiter, table.headers]).toEqual([';', ['Nomor KK', 'Desil', 'NIK', 'Nama']]);
    const rows = await allRows(table);
    expect(table.encoding()).toBe('UTF-8');
    expect(rows.map((r) => r.cells)).toEqual([
      ['3573010101080001', '3', '3573011203850001', 'ANDRÉ SETIAWAN'],
      ['3573010101080002', '5', '3573014101120004', 'SARI MA’RUFAH'],
      ['3573010101080003', '', '3573010202700005', 'JOSÉ ROZAK'],
    ]);
  });

  it('reads quoted delimiters, quotes and line breaks, numbering rows as Excel shows them', async () => {
    const table = await openCsv(corpusFile('koma-lf-kutip.csv'));
    expect(table.delimiter).toBe(',');
    const rows = await allRows(table);
    expect(rows.map(({ row, line, cells }) => ({ row, line, cells }))).toEqual([
      { row: 2, line: 2, cells: ['3573011203850001', 'ANDRE', 'JL. MAWAR, GG. 2', '001', '002'] },
      { row: 3, line: 3, cells: ['3573015506880002', 'NUR "IPAH"', 'JL. MELATI 5\nBELAKANG MASJID', '001', '002'] },
      // Row 4 is the blank line 5: counted, not yielded.
      { row: 5, line: 6, cells: ['3573010101100003', 'BUDI', 'RUMAH "SUSUN"\r\nBLOK A\nLANTAI 2', '003', '004'] },
      { row: 6, line: 9, cells: ['3573014101120004', 'SARI', 'JL. KENANGA', '003', '004'] },
    ]);
  });

  it('reads tab-separated text as Excel saves it, commas and semicolons inside cells untouched', async () => {
    const table = await openCsv(corpusFile('tab-crlf.txt'));
    expect([table.delimiter, table.headers]).toEqual(['\t', ['NIK', 'NAMA', 'ALAMAT', 'DESIL']]);
    expect((await allRows(table)).map((r) => r.cells)).toEqual([
      ['3573011203850001', 'ANDRE', 'JL. MAWAR, GG. 2; RT 1', '4'],
      ['3573015506880002', 'NUR', '', ''],
    ]);
  });

  it('passes rows with another number of cells as they are, and takes the first non-blank line as the header', async () => {
    const table = await openCsv(files.file('x.csv', '\r\n;;\r\nNIK;NAMA\r\n1;A;extra\r\n2\r\n;;\r\n3;C'));
    expect([table.headerRow, table.headers]).toEqual([3, ['NIK', 'NAMA']]);
    expect((await allRows(table)).map((r) => [r.row, r.cells])).toEqual([
      [4, ['1', 'A', 'extra']],
      [5, ['2']],
      [7, ['3', 'C']],
    ]);
  });

  it('refuses a quote that is never closed, naming the file and the row it opened on', async () => {
    const table = await openTable(corpusFile('kutip-tidak-ditutup.csv'));
    const seen: number[] = [];
    const reading = (async () => {
      for await (const row of table.rows) seen.push(row.row);
    })();
    await expect(reading).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Berkas kutip-tidak-ditutup.csv rusak: tanda kutip (") yang dibuka pada baris 3 tidak pernah ditutup.',
    });
    expect(seen).toEqual([2]);
  });

  it('refuses a file that mixes encodings, naming the row', async () => {
    const path = files.file('campur.csv', Buffer.concat([Buffer.from('NIK;NAMA\n1;JOSÉ\n2;ANDI\n3;MA'), Buffer.from([0x92]), Buffer.from('RUF\n')]));
    expect((await refusal(path)).message).toBe(
      'Berkas campur.csv memakai dua pengodean: baris 4 memuat byte yang bukan UTF-8, padahal bagian sebelumnya UTF-8. Simpan ulang berkas dari Excel sebagai CSV UTF-8, lalu impor kembali.',
    );
  });

  it.each([
    ['kosong.csv', '', 'Berkas kosong.csv kosong: tidak ada baris judul kolom.'],
    ['bom.csv', '\ufeff\r\n\r\n', 'Berkas bom.csv kosong: tidak ada baris judul kolom.'],
    ['satu.csv', 'NIK NAMA\n1 A\n', 'Baris judul berkas satu.csv tidak memuat pemisah kolom (titik koma, koma, garis tegak | atau tab), sehingga berkas tidak dapat dibaca sebagai tabel.'],
    ['biner.csv', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), 'Berkas biner.csv bukan tabel CSV/teks maupun XLSX.'],
    ['unduhan.xls', '<html><table><tr><td>NIK</td></tr></table></html>', expect.stringContaining('berisi halaman web atau XML')],
    ['lama.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), expect.stringContaining('berformat Excel lama (.xls)')],
    ['unicode.txt', Buffer.from('\ufeffNIK\tNAMA\r\n', 'utf16le'), expect.stringContaining('teks Unicode (UTF-16)')],
  ])('refuses %s with INVALID_INPUT', async (name, content, message) => {
    expect(await refusal(files.file(name, content))).toMatchObject({ code: 'INVALID_INPUT', message });
  });

  it('answers NOT_FOUND for a missing file and refuses a sheet name for a CSV', async () => {
    await expect(openTable(files.file('a.csv', 'A;B\n').replace('a.csv', 'b.csv'))).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Berkas b.csv tidak ditemukan.' });
    await expect(openTable(files.file('a.csv', 'A;B\n'), { sheet: 'Sheet1' })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('hanya berlaku untuk berkas XLSX') });
  });

  it('stops reading when cancelled', async () => {
    const controller = new AbortController();
    const table = await openTable(files.file('a.csv', `A;B\n${'1;2\n'.repeat(100)}`), { signal: controller.signal });
    const seen: number[] = [];
    const reading = (async () => {
      for await (const row of table.rows) {
        seen.push(row.row);
        if (row.row === 10) controller.abort();
      }
    })();
    await expect(reading).rejects.toMatchObject({ code: 'CONFLICT', message: 'Pembacaan berkas a.csv dibatalkan.' });
    expect(seen).toHaveLength(9);
  });
});

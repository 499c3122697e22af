import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTable } from '../../../../main/dtsen/read-table';
import type { OpenTableOptions, XlsxTable } from '../../../../main/dtsen/read-table';
import { allRows, scratch } from '../../../fixtures/dtsen/files';
import type { Scratch } from '../../../fixtures/dtsen/files';
import { oneSheetParts, writeParts, writeXlsx } from '../../../fixtures/dtsen/xlsx';
import type { SheetSpec } from '../../../fixtures/dtsen/xlsx';

let files: Scratch;
beforeEach(() => {
  files = scratch();
});
afterEach(() => files.cleanup());

const HEADER = ['Nomor KK', 'Desil', 'NIK', 'Nama'];

async function xlsx(sheets: readonly SheetSpec[], options: OpenTableOptions = {}, workbook: { date1904?: boolean } = {}): Promise<XlsxTable> {
  const path = `${files.dir}/data.xlsx`;
  await writeXlsx(path, sheets, workbook);
  const table = await openTable(path, options);
  if (table.format !== 'XLSX') throw new Error(`read as ${table.format}`);
  return table;
}

describe('openTable on XLSX', () => {
  it('reads the first sheet; a NIK stored as a number comes out as its digits, marked numeric', async () => {
    const table = await xlsx([
      { name: 'Desil Juni', rows: [HEADER, ['3573010101080001', 3, 3573011203850001, 'ANDRÉ SETIAWAN'], ['3573010101080002', null, '3573014101120004', 'SARI']] },
      { name: 'Lain', rows: [['X']] },
    ]);
    expect([table.sheet, table.sheets, table.headers, table.headerRow]).toEqual(['Desil Juni', ['Desil Juni', 'Lain'], HEADER, 1]);
    expect(await allRows(table)).toEqual([
      { row: 2, line: 2, cells: ['3573010101080001', '3', '3573011203850001', 'ANDRÉ SETIAWAN'], numeric: [1, 2] },
      { row: 3, line: 3, cells: ['3573010101080002', '', '3573014101120004', 'SARI'], numeric: [] },
    ]);
    expect(table.bytesRead()).toBe(table.size);
  });

  it('shows what Excel kept of a long number: 15 digits, then zeros, without an exponent', async () => {
    const table = await xlsx([{ name: 'S', rows: [['NIK', 'Angka'], [3.57305e15, 0.1 + 0.2], [1e21, -7]] }]);
    expect((await allRows(table)).map((r) => [r.cells, r.numeric])).toEqual([
      [['3573050000000000', '0.3'], [0, 1]],
      [['1000000000000000000000', '-7'], [0, 1]],
    ]);
  });

  it('reads a sheet by name, exactly or in other letter case, and skips a hidden first sheet when none is named', async () => {
    const sheets: SheetSpec[] = [
      { name: 'Referensi', rows: [['kode']], state: 'hidden' },
      { name: 'Data', rows: [['NIK'], ['1']] },
      { name: 'Desil', rows: [['Nomor KK'], ['2']] },
    ];
    expect((await xlsx(sheets)).sheet).toBe('Data');
    expect((await xlsx(sheets, { sheet: 'Desil' })).headers).toEqual(['Nomor KK']);
    expect((await xlsx(sheets, { sheet: ' desil ' })).sheet).toBe('Desil');
  });

  it('refuses a sheet that is not there, listing the sheets that are', async () => {
    await expect(xlsx([{ name: 'Data', rows: [['NIK']] }, { name: 'Desil Juni', rows: [['NIK']] }], { sheet: 'Desil' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Lembar "Desil" tidak ada di berkas data.xlsx. Lembar yang tersedia: "Data", "Desil Juni".',
    });
  });

  it('reads date cells as yyyy-mm-dd, also in a 1904 workbook and from a formula', async () => {
    const born = new Date(Date.UTC(1985, 2, 12));
    const rows = [['Lahir', 'Rumus', 'Teks'], [born, { formula: 'DATE(1990,5,1)', result: 32994 }, '12-03-1985']];
    const formats = { A2: 'dd/mm/yyyy', B2: 'mm-dd-yy' };
    for (const date1904 of [false, true]) {
      const table = await xlsx([{ name: 'S', rows, formats }], {}, { date1904 });
      expect((await allRows(table))[0]).toMatchObject({ cells: ['1985-03-12', date1904 ? '1994-05-02' : '1990-05-01', '12-03-1985'], numeric: [] });
    }
  });

  it('reads the other kinds of cell and pads short rows; blank rows are counted, never yielded', async () => {
    const table = await xlsx([
      {
        name: 'S',
        rows: [
          [],
          [null, 'NIK', 'Nama', 'PKH', 'Catatan', 'Hasil'],
          ['', '1', { richText: [{ text: 'MA' }, { text: '’RUF' }] }, true, { error: '#N/A' }, { formula: 'B3&"x"', result: '1x' }],
          [null, '', ''],
          [null, '2'],
          [null, null],
          ['', ''],
        ],
      },
    ]);
    expect([table.headerRow, table.headers]).toEqual([2, ['', 'NIK', 'Nama', 'PKH', 'Catatan', 'Hasil']]);
    expect((await allRows(table)).map((r) => [r.row, r.cells])).toEqual([
      [3, ['', '1', 'MA’RUF', 'TRUE', '#N/A', '1x']],
      [5, ['', '2', '', '', '', '']],
    ]);
  });

  it('keeps characters whole where the unpacked XML is cut into pieces', async () => {
    const names = Array.from({ length: 4000 }, (_, i) => `JOSÉ’ MA’RUF ÉÉ ${i}`);
    const table = await xlsx([{ name: 'S', rows: [['Nama', 'Sebaris'], ...names.map((n) => [n, { richText: [{ text: n }] }])] }]);
    const read = await allRows(table);
    expect(read.map((r) => r.cells[0])).toEqual(names);
    expect(read.map((r) => r.cells[1])).toEqual(names);
  });

  it('reads inline strings from a workbook without shared strings or styles', async () => {
    const path = files.file('x.xlsx', '');
    await writeParts(path, oneSheetParts('<row r="1"><c r="A1" t="inlineStr"><is><t>NIK</t></is></c></row><row r="2"><c r="A2"><v>12</v></c></row>'));
    expect(await allRows(await openTable(path))).toEqual([{ row: 2, line: 2, cells: ['12'], numeric: [0] }]);
  });

  it('refuses a truncated file, a zip that is no workbook, and a broken sheet, naming the file and the row', async () => {
    const whole = `${files.dir}/utuh.xlsx`;
    await writeXlsx(whole, [{ name: 'S', rows: [['NIK'], ['1']] }]);
    const cut = files.file('terpotong.xlsx', readFileSync(whole).subarray(0, 3000));
    await expect(openTable(cut)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^Berkas terpotong\.xlsx bukan XLSX yang utuh: berkas rusak atau terpotong \(/) });

    const zip = files.file('arsip.xlsx', '');
    await writeParts(zip, { 'data.csv': 'NIK;NAMA\n' });
    await expect(openTable(zip)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'Berkas arsip.xlsx adalah arsip zip, bukan buku kerja Excel (.xlsx).' });

    const broken = files.file('rusak.xlsx', '');
    const rows = Array.from({ length: 5000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    await writeParts(broken, oneSheetParts(`${rows}</sheetData><row r="5001">`));
    const table = await openTable(broken);
    await expect(allRows(table)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^Berkas rusak\.xlsx rusak setelah baris \d+ lembar "Data" \(/) });
  });

  it('refuses an empty sheet, and stops reading when cancelled', async () => {
    await expect(xlsx([{ name: 'Kosong', rows: [] }])).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'Lembar "Kosong" pada berkas data.xlsx kosong: tidak ada baris judul kolom.' });

    const controller = new AbortController();
    const table = await xlsx([{ name: 'S', rows: [['NIK'], ...Array.from({ length: 50 }, (_, i) => [String(i)])] }], { signal: controller.signal });
    const seen: number[] = [];
    const reading = (async () => {
      for await (const row of table.rows) {
        seen.push(row.row);
        if (row.row === 5) controller.abort();
      }
    })();
    await expect(reading).rejects.toMatchObject({ code: 'CONFLICT', message: 'Pembacaan berkas data.xlsx dibatalkan.' });
    expect(seen).toEqual([2, 3, 4, 5]);
  });

  it.skipIf(process.platform !== 'linux')('releases the file when the rows are never read', async () => {
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    const table = await xlsx([{ name: 'S', rows: [['NIK'], ['1']] }]);
    expect(openFiles()).toBeGreaterThan(before);
    await table.close();
    await expect.poll(openFiles).toBe(before);
  });
});

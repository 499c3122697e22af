import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SETTINGS } from '../../../../main/services/demo';
import { createHousehold } from '../../../../main/services/households';
import { saveSettings } from '../../../../main/services/settings';
import { worklistPdfFile, worklistXlsxFile } from '../../../../main/services/worklist-files';
import type { WorklistFilter } from '../../../../shared/dtsen/worklist-schema';
import { tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';
import { aHousehold, aMember } from '../../../fixtures/households';
import { pageSizesMm } from '../../../fixtures/pdf-pages';

let ctx: TestContext;
const ALL: WorklistFilter = { codes: [], rw: null, rt: null, program: null };
let suspendedKk: string;

beforeAll(async () => {
  ctx = await tempContext();
  await saveSettings(ctx, DEMO_SETTINGS);
  suspendedKk = createHousehold(ctx, aHousehold({ desil: 6, programs: ['PKH'], rw: 2, rt: 4, members: [aMember({ name: 'Sutrisno' })] })).noKk;
  createHousehold(ctx, aHousehold({ desil: 3, programs: ['SEMBAKO'], rw: 1, rt: 1 }));
}, 60_000);
afterAll(() => ctx.cleanup());

async function pdf(filter: WorklistFilter): Promise<{ file: string; text: string; fileName: string }> {
  const { fileName, content } = await worklistPdfFile(ctx, filter);
  const file = join(ctx.dataDir, fileName);
  writeFileSync(file, content);
  return { file, fileName, text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) };
}

describe('Daftar periksa printout and spreadsheet', () => {
  it('prints the counts and the rows, with the kelurahan, the day, the decree and a column for the groundcheck note', async () => {
    const { file, text, fileName } = await pdf(ALL);
    expect(fileName).toBe('daftar-periksa-3573051004-20261128.pdf');
    expect(text).toContain('DAFTAR PERIKSA DTSEN');
    expect(text).toContain('Kelurahan Dinoyo, Kecamatan Lowokwaru, Kota Malang · per 28 November 2026 · Keputusan Menteri Sosial Nomor 79/HUK/2025');
    expect(text).toContain('Catatan');
    expect(text).toContain(suspendedKk);
    expect(text).toContain('Sutrisno');
    expect(text).toMatch(/PKH ditangguhkan\s+1/);
    expect(pageSizesMm(file)).toEqual(['210×297']);
  }, 60_000);

  it('follows the paper size of the settings and the masked numbers, and names the filter', async () => {
    await saveSettings(ctx, { ...DEMO_SETTINGS, paperSize: 'F4', nikDisplay: 'MASKED' });
    try {
      const { file, text } = await pdf({ ...ALL, rw: 2, codes: ['PKH_DITANGGUHKAN'] });
      expect(pageSizesMm(file)).toEqual(['215×330']);
      expect(text.replace(/\s+/g, ' ')).toContain('79/HUK/2025 · RW 2 · PKH ditangguhkan');
      expect(text).not.toContain(suspendedKk);
      expect(text).toContain(suspendedKk.slice(0, 6));
    } finally {
      await saveSettings(ctx, DEMO_SETTINGS);
    }
  }, 60_000);

  it('writes the same rows to XLSX, No. KK as text', async () => {
    const { fileName, content } = await worklistXlsxFile(ctx, ALL);
    expect(fileName).toBe('daftar-periksa-3573051004-20261128.xlsx');
    const file = join(ctx.dataDir, fileName);
    writeFileSync(file, content);
    const sheet = (await new ExcelJS.Workbook().xlsx.readFile(file)).getWorksheet('Daftar periksa');
    const rows = [2, 3].map((r) => sheet?.getRow(r).values);
    expect(rows.map((v) => (Array.isArray(v) ? [v[2], v[7], v[8], v[9]] : null))).toEqual([
      ['LAYAK_BELUM_MENERIMA', 1, 1, 3],
      ['PKH_DITANGGUHKAN', 4, 2, 6],
    ]);
    expect(sheet?.getRow(3).getCell(4).value).toBe(suspendedKk);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ServiceContext } from '../main/services/context';
import { search } from '../main/services/households';
import { aKk, nikFor } from '../test/fixtures/households';
import { writeXlsx } from '../test/fixtures/dtsen/xlsx';

type Shoot = (page: Page, name: string, options?: { fullPage?: boolean }) => Promise<void>;

const REGISTER_HEADERS = ['No Induk Kependudukan', 'nomor_kk', 'nama', 'hubungan_keluarga', 'jenis_kelamin', 'tanggal_lahir', 'tempat_lahir', 'alamat', 'rt', 'rw', 'desil', 'pkh', 'bpnt', 'pbi'];

function registerCsv(mangled: boolean): string {
  const people: [string, string, string, 'L' | 'P', string][] = [];
  const joyo = aKk();
  const merto = aKk();
  people.push([joyo, 'SUGENG RIYADI', 'KEPALA KELUARGA', 'L', '1980-05-17'], [joyo, 'KASIYEM RAHAYU', 'ISTRI', 'P', '1984-09-17'], [joyo, 'DIMAS RIYADI', 'ANAK', 'L', '2012-01-30']);
  people.push([merto, 'WAGIMIN HARTONO', 'KEPALA KELUARGA', 'L', '1975-03-02'], [merto, 'SRI UTAMI', 'ISTRI', 'P', '1978-11-23']);
  const rows = people.map(([kk, name, relationship, sex, birth], i) => {
    const [y = '', m = '', d = ''] = birth.split('-');
    const nik = mangled && i === 1 ? '3.57305E+15' : nikFor(sex, birth);
    const home = kk === joyo ? ['JL. JOYO AGUNG GG. 3 NO. 21', '004', '007', '2', 'YA', 'YA', 'YA'] : ['JL. MERTOJOYO NO. 5', '002', '003', '3', 'TIDAK', 'YA', 'YA'];
    return [nik, kk, name, relationship, sex === 'L' ? 'LAKI-LAKI' : 'PEREMPUAN', `${d}-${m}-${y}`, 'MALANG', ...home];
  });
  return [REGISTER_HEADERS, ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n';
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A city-sized register extract (head, wife and child per family, all valid): big enough to watch its progress bar. */
function cityCsv(families: number): string {
  const lines = [REGISTER_HEADERS.join(';')];
  for (let f = 0; f < families; f++) {
    const kk = `357301${pad(f + 1, 10)}`;
    const [dd, mm, yy, serial] = [1 + (f % 28), 1 + (Math.floor(f / 28) % 12), Math.floor(f / 336) % 40, pad(1 + Math.floor(f / 13_440), 4)];
    const home = [`JL. SIMULASI NO. ${String(f % 200)}`, pad(1 + (f % 12), 3), pad(1 + (f % 8), 3), String(1 + (f % 10)), 'TIDAK', 'TIDAK', 'YA'];
    const person = (nikDay: number, year: number, name: string, relationship: string, sex: string) =>
      [`357301${pad(nikDay, 2)}${pad(mm, 2)}${pad(year % 100, 2)}${serial}`, kk, name, relationship, sex, `${pad(dd, 2)}-${pad(mm, 2)}-${String(year)}`, 'MALANG', ...home].join(';');
    lines.push(
      person(dd, 1950 + yy, `KEPALA ${String(f)}`, 'KEPALA KELUARGA', 'LAKI-LAKI'),
      person(dd + 40, 1950 + yy, `ISTRI ${String(f)}`, 'ISTRI', 'PEREMPUAN'),
      person(dd, 2000 + (yy % 20), `ANAK ${String(f)}`, 'ANAK', 'LAKI-LAKI'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The DTSEN import screens on the demo data: a register extract with a column to map and an Excel-mangled NIK
 * (mapping, check, skip warning, import), an imported family's page, a SIKS-NG desil workbook of two sheets, and a
 * city-sized extract checked with its progress bar, then cancelled.
 */
export async function shootDtsenImport(page: Page, url: string, ctx: ServiceContext, dir: string, shoot: Shoot): Promise<void> {
  const register = join(dir, 'dtsen-dinoyo-november.csv');
  writeFileSync(register, registerCsv(true));
  await page.goto(`${url}#/keluarga/impor`);
  await page.getByLabel('Berkas DTSEN (CSV, TXT atau XLSX)').setInputFiles(register);
  await page.getByRole('table', { name: 'Pemetaan kolom' }).waitFor();
  await shoot(page, '21-dtsen-mapping');
  await page.getByLabel('Isi kolom No Induk Kependudukan', { exact: true }).selectOption({ label: 'NIK' });
  await page.getByRole('button', { name: 'Periksa dulu' }).click();
  await page.getByTestId('dtsen-verdict').waitFor();
  await shoot(page, '22-dtsen-check-errors');
  await page.getByLabel('Lewati baris bermasalah').click();
  await page.getByRole('dialog').waitFor();
  await shoot(page, '23-dtsen-skip-warning');
  await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();

  writeFileSync(register, registerCsv(false));
  await page.getByLabel('Berkas DTSEN (CSV, TXT atau XLSX)').setInputFiles(register);
  await page.getByRole('button', { name: 'Impor', exact: true }).click();
  await page.getByTestId('dtsen-verdict').waitFor({ timeout: 60_000 });
  await shoot(page, '24-dtsen-imported', { fullPage: true });

  await page.goto(`${url}#/keluarga`);
  await page.getByRole('searchbox', { name: 'Cari keluarga' }).fill('sugeng riyadi');
  await page.getByRole('table', { name: 'Daftar keluarga' }).getByRole('row').filter({ hasText: 'SUGENG RIYADI' }).click();
  await page.getByRole('status', { name: 'Data belum lengkap' }).waitFor();
  await shoot(page, '25-household-incomplete');

  const { rows } = search(ctx, { query: '', offset: 0, limit: 4 });
  const desilRows = rows.map((r) => [r.noKk, r.desil === null ? '' : String((r.desil % 10) + 1), r.headNik, r.headName]);
  const desil = join(dir, 'desil-siks-ng.xlsx');
  await writeXlsx(desil, [
    { name: 'Petunjuk', rows: [['Daftar desil keluarga dari SIKS-NG']] },
    { name: 'Desil', rows: [['Nomor KK', 'Desil', 'NIK', 'Nama'], ...desilRows, [aKk(), '4', nikFor('P', '1990-02-11'), 'WARGA BELUM TERDAFTAR']] },
  ]);
  await page.goto(`${url}#/keluarga/impor`);
  await page.getByLabel('Berkas DTSEN (CSV, TXT atau XLSX)').setInputFiles(desil);
  await page.getByLabel('Lembar kerja').selectOption('Desil');
  await page.getByRole('table', { name: 'Pemetaan kolom' }).getByText('Nomor KK').waitFor();
  await shoot(page, '26-dtsen-desil-sheet');
  await page.getByRole('button', { name: 'Impor', exact: true }).click();
  await page.getByTestId('dtsen-verdict').waitFor({ timeout: 60_000 });
  await shoot(page, '27-dtsen-desil-imported', { fullPage: true });

  const city = join(dir, 'dtsen-kota.csv');
  writeFileSync(city, cityCsv(100_000));
  await page.goto(`${url}#/keluarga/impor`);
  await page.getByLabel('Berkas DTSEN (CSV, TXT atau XLSX)').setInputFiles(city);
  await page.getByRole('table', { name: 'Pemetaan kolom' }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Periksa dulu' }).click();
  await page.getByTestId('dtsen-step').filter({ hasText: 'Membaca berkas' }).waitFor();
  await shoot(page, '28-dtsen-progress');
  await page.getByRole('button', { name: 'Batalkan' }).click();
  await page.getByText('Pemeriksaan dibatalkan; tidak ada yang disimpan.').waitFor();
  await shoot(page, '29-dtsen-cancelled');
}

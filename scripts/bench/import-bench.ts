import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { closeContext } from '../../main/app/open-context';
import { importExtract } from '../../main/services/dtsen/import-extract';
import { rekap } from '../../main/services/rekap';
import { worklist } from '../../main/services/worklist';
import { Random } from '../../main/demo/random';
import { openTestFolder } from '../../test/fixtures/context';
import { benchWriteFloor } from './import-floor';

const HEADERS = 'iddtks;provinsi;kabupaten_kota;kecamatan;desa_kelurahan;alamat;dusun;rt;rw;nomor_kk;nomor_nik;nama;tanggal_lahir;tempat_lahir;jenis_kelamin;nama_ibu_kandung;hubungan_keluarga;desil;pkh;bpnt;pbi';
const NAMES = ['SITI', 'BUDI', 'AHMAD', 'SRI', 'NUR', 'DWI', 'EKO', 'RINA', 'AGUS', 'WATI', 'HENDRA', 'YULI'];
const SERIALS_PER_DATE = 9000;
const sec = (n: number) => `${(n / 1000).toFixed(2)} s`;

/** A register extract of `people` people in families of one to six, `;`-separated as DTKS downloads are, with NIKs that agree with birth date and sex. */
async function writeExtract(path: string, people: number): Promise<number> {
  const out = createWriteStream(path);
  out.write(`${HEADERS}\r\n`);
  const random = new Random(11);
  let person = 0;
  let families = 0;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  while (person < people) {
    const kk = `357305${pad(++families, 10)}`;
    const size = Math.min(people - person, random.int(1, 6));
    const desil = random.chance(0.1) ? '' : String(random.int(1, 10));
    const [pkh, bpnt, pbi] = [random.chance(0.2), random.chance(0.3), random.chance(0.5)].map((x) => (x ? 'YA' : 'TIDAK'));
    const lines: string[] = [];
    for (let m = 0; m < size; m++, person++) {
      const dateIndex = Math.floor(person / SERIALS_PER_DATE);
      const day = (dateIndex % 28) + 1;
      const month = (Math.floor(dateIndex / 28) % 12) + 1;
      const year = 1950 + (Math.floor(dateIndex / 336) % 60);
      const sex = m === 1 ? 'P' : random.chance(0.5) ? 'L' : 'P';
      const nik = `357305${pad(day + (sex === 'P' ? 40 : 0), 2)}${pad(month, 2)}${pad(year % 100, 2)}${pad((person % SERIALS_PER_DATE) + 1, 4)}`;
      const relationship = m === 0 ? 'KEPALA KELUARGA' : m === 1 ? 'ISTRI' : 'ANAK';
      const name = `${random.pick(NAMES)} ${random.pick(NAMES)}`;
      lines.push([
        `35730${pad(person, 7)}`, 'JAWA TIMUR', 'KOTA MALANG', 'LOWOKWARU', 'DINOYO', `JL. MT HARYONO GG. ${random.int(1, 20)} NO. ${random.int(1, 99)}`, '',
        pad(random.int(1, 12), 3), pad(random.int(1, 9), 3), kk, nik, name, `${pad(day, 2)}-${pad(month, 2)}-${year}`, 'MALANG', sex === 'L' ? 'LAKI-LAKI' : 'PEREMPUAN',
        `${random.pick(NAMES)} ${random.pick(NAMES)}`, relationship, desil, pkh, bpnt, pbi,
      ].join(';'));
    }
    if (!out.write(`${lines.join('\r\n')}\r\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return families;
}

function timedSqliteImport(csv: string, db: string): number {
  rmSync(db, { force: true });
  const start = process.hrtime.bigint();
  const run = spawnSync('sqlite3', ['-cmd', '.mode csv', '-cmd', '.separator ;', db, `.import ${csv} orang`], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`sqlite3 .import failed: ${run.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * The process's peak RSS from now on. The benches before this one peak higher (the export holds 600 photos), so on
 * Linux the peak is reset first (clear_refs 5) and read back as VmHWM; elsewhere it is the whole run's peak.
 */
function peakRssFromNow(): () => number {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? Number.NaN) * 1024;
  } catch {
    return () => process.resourceUsage().maxRSS * 1024;
  }
}

/**
 * Importing a whole city's extract (1,000,000 people by default) beside `sqlite3 .import` of the same file
 * into a plain table, its peak memory, the floor under it (benchWriteFloor), a re-import of the same file, then
 * Daftar periksa and Rekap over it.
 */
export async function benchImport(workDir: string, people: number): Promise<void> {
  mkdirSync(workDir, { recursive: true });
  const csv = join(workDir, 'dtks.csv');
  const families = await writeExtract(csv, people);
  console.log(`  berkas: ${people.toLocaleString('id-ID')} orang, ${families.toLocaleString('id-ID')} keluarga, ${(statSync(csv).size / 1e6).toFixed(0)} MB`);
  const baseline = timedSqliteImport(csv, join(workDir, 'polos.sqlite'));

  const { ctx } = await openTestFolder(join(workDir, 'data'));
  ctx.session.operator = 'Bench';
  try {
    const rssBefore = process.memoryUsage().rss;
    const peakRss = peakRssFromNow();
    const request = { source: csv, fileName: 'dtks.csv', mapping: {}, dryRun: false, skipInvalid: false };
    let start = process.hrtime.bigint();
    const first = await importExtract(ctx, request);
    const firstMs = Number(process.hrtime.bigint() - start) / 1e6;
    const peakGrowth = peakRss() - rssBefore;
    if (first.errors.length > 0 || first.families.new !== families) throw new Error(`import refused: ${JSON.stringify(first.errors.slice(0, 3))}`);
    start = process.hrtime.bigint();
    const again = await importExtract(ctx, request);
    const againMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (again.families.unchanged !== families) throw new Error('re-import was not all unchanged');
    console.log(`  impor pertama ${sec(firstMs)} vs sqlite3 .import ${sec(baseline)}: ${(firstMs / baseline).toFixed(2)}x (target <= 3x)`);
    const floorMs = await benchWriteFloor(ctx.db, workDir);
    console.log(`  lantai: baris yang sama, sudah terbaca dan terperiksa, ditulis ulang ke register terenkripsi baru ${sec(floorMs)}: ${(floorMs / baseline).toFixed(2)}x sqlite3 .import`);
    console.log(`  puncak RSS bertambah ${(peakGrowth / 1e6).toFixed(0)} MB (target <= 300 MB)`);
    console.log(`  impor ulang (semua tidak berubah) ${sec(againMs)}: ${(againMs / firstMs).toFixed(2)}x impor pertama (target <= 1x)`);
    start = process.hrtime.bigint();
    const items = worklist(ctx).items.length;
    console.log(`  Daftar periksa ${sec(Number(process.hrtime.bigint() - start) / 1e6)} (${items.toLocaleString('id-ID')} butir; target < 2 s)`);
    start = process.hrtime.bigint();
    rekap(ctx);
    console.log(`  Rekap ${sec(Number(process.hrtime.bigint() - start) / 1e6)} (target < 1 s)`);
  } finally {
    await closeContext(ctx);
    rmSync(workDir, { recursive: true, force: true });
  }
}

import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { RENDERER_DIR } from '../main/doors/http/serve';
import { startHttpDoor } from '../main/doors/http/server';
import { generateKeyPair, publicKeyFile } from '../main/package/minisign';
import { trustKey } from '../main/services/inbox/trusted-keys';
import { generateKey, keyInfo } from '../main/services/keys';
import { saveDinsosOffice } from '../main/services/office';
import { FIXED_NOW } from '../test/fixtures/clock';
import { openTestFolder } from '../test/fixtures/context';
import { DINSOS_OFFICE, DINSOS_PASSPHRASE } from '../test/fixtures/inbox';
import { buildPackage } from './screenshots-dinsos-packages';
import type { BuiltPackage, KeptKelurahan, PlannedMeeting } from './screenshots-dinsos-packages';
import { shootDinsosLoop } from './screenshots-dinsos-loop';
import { shootKelurahanAnswer } from './screenshots-kelurahan-answer';
import { PLANS, UNTRUSTED } from './screenshots-dinsos-plans';

export type Shoot = (page: Page, name: string, options?: { fullPage?: boolean }) => Promise<void>;

/** A drawn house front, photographed by the browser: a real JPEG for the evidence thumbnails. */
const HOUSE = `<body style="margin:0"><svg xmlns="http://www.w3.org/2000/svg" width="480" height="360" viewBox="0 0 480 360">
<rect width="480" height="360" fill="#bfe3f5"/><rect y="270" width="480" height="90" fill="#8fbf6a"/>
<rect x="120" y="150" width="240" height="150" fill="#e9d8b4" stroke="#8a6d3b" stroke-width="3"/>
<polygon points="100,155 240,70 380,155" fill="#b5523b" stroke="#7a3425" stroke-width="3"/>
<rect x="215" y="205" width="50" height="95" fill="#6b4a2b"/><rect x="145" y="185" width="45" height="40" fill="#dff3ff" stroke="#8a6d3b" stroke-width="3"/>
<rect x="290" y="185" width="45" height="40" fill="#dff3ff" stroke="#8a6d3b" stroke-width="3"/><circle cx="420" cy="60" r="28" fill="#ffd54a"/></svg></body>`;

async function housePhoto(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 480, height: 360 } });
  await page.setContent(HOUSE);
  const photo = await page.screenshot({ type: 'jpeg', quality: 80 });
  await page.close();
  return photo;
}

/** On a new folder, right after the kelurahan's own setup screens: back to the role choice, then the Dinsos setup. */
export async function shootDinsosSetup(page: Page, shoot: Shoot): Promise<void> {
  await page.getByRole('button', { name: '← Kembali ke pilihan peran' }).click();
  await page.getByRole('button', { name: /^Dinas Sosial kota\/kabupaten/ }).click();
  await page.getByLabel('Nama dinas').fill('Dinas Sosial P3AP2KB Kota Malang');
  await page.getByLabel('Alamat kantor dinas').fill('Jl. Sulfat No. 12, Kota Malang');
  await page.getByLabel('Nama Kepala Dinas (dengan gelar)').fill('Dra. Penny Indriani, M.Si.');
  await page.getByLabel('NIP Kepala Dinas').fill('196805121994032008');
  await page.getByLabel('Kota/kabupaten (daftar Kemendagri)').fill('malang');
  await page.getByRole('listbox', { name: 'Hasil pencarian kota/kabupaten' }).waitFor();
  await shoot(page, '40-dinsos-setup');
}

/**
 * A Dinsos folder of Kota Malang receiving five kelurahan packages (one signed by a key not trusted yet) and a damaged
 * file: Kotak Masuk, Kunci Kelurahan, Usulan Kota with its findings and deadlines, Pengaturan > Kunci.
 */
export async function shootDinsos(browser: Browser, shoot: Shoot): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'muskel-shots-dinsos-'));
  const out = mkdtempSync(join(tmpdir(), 'muskel-shots-kiriman-'));
  const { folder, ctx } = await openTestFolder(dir, { now: () => FIXED_NOW });
  const door = await startHttpDoor(folder, { port: 0, staticDir: RENDERER_DIR });
  let kept: KeptKelurahan | null = null;
  try {
    ctx.session.operator = 'Rina Wulandari';
    await saveDinsosOffice(ctx, DINSOS_OFFICE);
    const { ownRecipient } = await generateKey(ctx, DINSOS_PASSPHRASE, false);
    const photo = await housePhoto(browser);
    // Dinoyo's folder stays open: it receives Dinsos' answer at the end.
    const [first, ...others] = PLANS;
    if (!first) throw new Error('no planned meetings');
    const trust = (plan: PlannedMeeting, built: BuiltPackage) => trustKey(ctx, { kelurahanCode: plan.kelurahanCode, publicKey: built.publicKey, replace: false });
    const dinoyo = await buildPackage(first, ownRecipient, out, photo, true);
    kept = dinoyo.kept;
    await trust(first, dinoyo);
    const trusted: BuiltPackage[] = [dinoyo];
    for (const plan of others) {
      const built = await buildPackage(plan, ownRecipient, out, photo);
      await trust(plan, built);
      trusted.push(built);
    }
    const untrusted = await buildPackage(UNTRUSTED, ownRecipient, out, photo);
    const damaged = join(out, 'usulan-3573051007-20261126-01.zip.age');
    copyFileSync(trusted[2]?.path ?? '', damaged);
    const bytes = readFileSync(damaged);
    bytes.fill(0x41, bytes.length - 400, bytes.length - 200);
    writeFileSync(damaged, bytes);

    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    await page.clock.setFixedTime(FIXED_NOW);
    await page.goto(door.url);
    await page.getByLabel('Paket dari kelurahan (.zip.age atau .zip; boleh banyak sekaligus)').setInputFiles([...trusted.map((t) => t.path), untrusted.path, damaged]);
    await page.getByLabel('Frasa sandi kunci Dinsos').fill(DINSOS_PASSPHRASE);
    await page.getByRole('button', { name: 'Tambahkan ke kotak masuk' }).click();
    await page.getByTestId('inbox-result').waitFor({ timeout: 60_000 });
    await page.getByRole('table', { name: 'Paket diterima' }).waitFor();
    await shoot(page, '41-dinsos-inbox-result', { fullPage: true });

    await page.getByRole('link', { name: 'Percayai kunci Kelurahan Tlogomas…' }).click();
    await page.getByLabel('Berkas kunci publik kelurahan (.pub)').setInputFiles(untrusted.publicKeyFile);
    await page.getByTestId('chosen-key-id').waitFor();
    await shoot(page, '42-dinsos-kunci-kelurahan', { fullPage: true });
    const newKey = join(out, 'kelurahan-dinoyo-baru.pub');
    writeFileSync(newKey, publicKeyFile(generateKeyPair()));
    await page.getByLabel('Kelurahan di Kota Malang').fill('dinoyo');
    await page.getByRole('listbox', { name: 'Hasil pencarian kelurahan' }).getByRole('button').first().click();
    await page.getByLabel('Berkas kunci publik kelurahan (.pub)').setInputFiles(newKey);
    await page.getByRole('button', { name: 'Percayai kunci' }).click();
    await page.getByRole('dialog').waitFor();
    await shoot(page, '43-dinsos-kunci-ganti');
    await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();

    await page.getByRole('link', { name: 'Usulan Kota' }).click();
    await page.getByRole('table', { name: 'Usulan kota' }).getByRole('row').first().waitFor();
    await page.locator('.city-summary svg.recharts-surface').first().waitFor();
    await shoot(page, '44-dinsos-usulan-kota', { fullPage: true });
    await page.getByLabel('Ada temuan lintas kelurahan').check();
    await page.getByTestId('city-total').filter({ hasText: /^2 usulan$/ }).waitFor();
    await shoot(page, '44b-dinsos-usulan-temuan-saring');
    await page.getByRole('table', { name: 'Usulan kota' }).getByRole('link', { name: 'Buka usulan lain' }).first().click();
    const detail = page.getByRole('dialog');
    await detail.getByRole('list', { name: 'Temuan lintas kelurahan' }).waitFor();
    await detail.getByRole('img', { name: /^Foto rumah tampak depan/ }).waitFor();
    await shoot(page, '45-dinsos-usulan-temuan');
    await detail.getByLabel('Status tanggapan').selectOption({ label: 'Dalam proses' });
    await detail.getByLabel('Catatan untuk kelurahan').fill('Menunggu hasil groundcheck atas usulan yang sama di Kelurahan Dinoyo.');
    await detail.getByRole('region', { name: 'Tanggapan Dinsos' }).scrollIntoViewIfNeeded();
    await shoot(page, '45b-dinsos-usulan-tanggapi');
    await detail.getByRole('button', { name: 'Tutup' }).click();

    await page.getByRole('link', { name: 'Pengaturan', exact: true }).click();
    await page.getByRole('region', { name: 'Kunci' }).scrollIntoViewIfNeeded();
    await shoot(page, '46-dinsos-kunci-dinsos');

    const answer = await shootDinsosLoop(browser, page, door.url, ctx, photo, shoot);
    const dinsosPub = join(out, 'dinsos.pub');
    writeFileSync(dinsosPub, keyInfo(ctx)?.publicKey ?? '');
    await shootKelurahanAnswer(browser, dinoyo.kept, dinsosPub, answer, shoot);
    await page.close();
  } finally {
    await kept?.close();
    await door.close();
    await folder.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

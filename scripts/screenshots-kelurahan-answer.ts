import type { Browser } from 'playwright-core';
import { RENDERER_DIR } from '../main/doors/http/serve';
import { startHttpDoor } from '../main/doors/http/server';
import { createMeeting } from '../main/services/meetings';
import { FIXED_NOW } from '../test/fixtures/clock';
import { aMeeting } from '../test/fixtures/meetings';
import type { Shoot } from './screenshots-dinsos';
import { KELURAHAN_PASSPHRASE } from './screenshots-dinsos-packages';
import type { KeptKelurahan } from './screenshots-dinsos-packages';

/**
 * Dinoyo opens Dinsos' answer: Dinsos' public key stored, the answer opened, the statuses on the meeting's proposals,
 * the returned ones carried into the next meeting, the same answer refused a second time.
 */
export async function shootKelurahanAnswer(browser: Browser, dinoyo: KeptKelurahan, dinsosPub: string, answerPath: string, shoot: Shoot): Promise<void> {
  await createMeeting(dinoyo.ctx, aMeeting({ date: '2026-12-18', letterNumber: '400.9/150/35.73.05.1004/2026', place: 'Aula Kantor Kelurahan Dinoyo' }));
  const door = await startHttpDoor(dinoyo.folder, { port: 0, staticDir: RENDERER_DIR });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  try {
    await page.clock.setFixedTime(FIXED_NOW);
    await page.goto(`${door.url}#/pengaturan`);
    const key = page.getByRole('group', { name: 'Kunci publik Dinsos' });
    await key.getByLabel('Berkas kunci publik Dinsos (.pub)').setInputFiles(dinsosPub);
    await key.getByTestId('dinsos-chosen-key-id').waitFor();
    await key.getByRole('button', { name: 'Simpan kunci publik Dinsos' }).click();
    await key.getByTestId('dinsos-key-id').waitFor();
    await key.scrollIntoViewIfNeeded();
    await shoot(page, '56-kelurahan-kunci-dinsos');

    await page.getByRole('link', { name: 'Tanggapan Dinsos' }).click();
    await page.getByLabel('Berkas tanggapan dari Dinsos (.zip.age)').setInputFiles(answerPath);
    await page.getByLabel('Frasa sandi kunci kelurahan').fill(KELURAHAN_PASSPHRASE);
    await page.getByRole('button', { name: 'Buka tanggapan' }).click();
    await page.getByTestId('answer-opened').waitFor();
    await shoot(page, '57-kelurahan-tanggapan-dibuka');

    await page.getByRole('link', { name: 'Lihat usulan musyawarah' }).click();
    await page.getByTestId('dinsos-answer').first().waitFor();
    await shoot(page, '58-kelurahan-usulan-tanggapan', { fullPage: true });
    await page.getByRole('button', { name: 'Bawa ke musyawarah berikutnya…' }).click();
    await page.getByRole('button', { name: 'Bawa usulan' }).click();
    await page.getByTestId('carry-result').waitFor();
    await shoot(page, '59-kelurahan-bawa-usulan');
    await page.getByRole('link', { name: 'Buka usulan musyawarah itu' }).click();
    await page.getByTestId('proposal-0').getByRole('button', { name: /^Rincian/ }).click();
    await page.getByText('Tanggapan Dinsos atas musyawarah').first().waitFor();
    await shoot(page, '60-kelurahan-usulan-dibawa');

    await page.getByRole('link', { name: 'Tanggapan Dinsos' }).click();
    await page.getByLabel('Berkas tanggapan dari Dinsos (.zip.age)').setInputFiles(answerPath);
    await page.getByLabel('Frasa sandi kunci kelurahan').fill(KELURAHAN_PASSPHRASE);
    await page.getByRole('button', { name: 'Buka tanggapan' }).click();
    await page.getByTestId('answer-refused').waitFor();
    await shoot(page, '61-kelurahan-tanggapan-ditolak');
    await page.goto(`${door.url}#/musyawarah/${dinoyo.meetingId}/riwayat`);
    await page.getByRole('table', { name: 'Riwayat perubahan' }).getByText('tanggapan Dinsos', { exact: false }).first().waitFor();
    await shoot(page, '62-kelurahan-riwayat-tanggapan');
  } finally {
    await page.close();
    await door.close();
  }
}

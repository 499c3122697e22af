import type { Page } from 'playwright-core';
import type { ServiceContext } from '../main/services/context';
import { createHousehold } from '../main/services/households';
import { aHousehold } from '../test/fixtures/households';

type Shoot = (page: Page, name: string, options?: { fullPage?: boolean }) => Promise<void>;

/** Daftar periksa (filtered, rows chosen, Jadikan usulan into the open meeting) and the Rekap, over the demo register. */
export async function shootWorklist(page: Page, url: string, ctx: ServiceContext, shoot: Shoot): Promise<void> {
  // The demo gives families without a desil no programme; a few recipients missing from DTSEN show that code too.
  for (const rw of [2, 5, 7]) createHousehold(ctx, aHousehold({ desil: null, programs: ['PBI_JK'], rw, rt: 4, kelurahanCode: '3573051004' }));
  await page.goto(`${url}#/daftar-periksa`);
  const table = page.getByRole('table', { name: 'Daftar periksa' });
  await table.getByRole('checkbox').first().waitFor();
  await shoot(page, '30-worklist');
  await page.getByTestId('count-PKH_DITANGGUHKAN').click();
  await page.getByLabel('RW').fill('3');
  await table.getByRole('checkbox').first().waitFor();
  for (const box of (await table.getByRole('checkbox').all()).slice(0, 3)) await box.check();
  await shoot(page, '31-worklist-filtered-chosen');
  await page.getByRole('button', { name: 'Jadikan usulan…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Jadikan usulan' });
  await dialog.getByLabel('Musyawarah').waitFor();
  await shoot(page, '32-worklist-propose');
  await dialog.getByRole('button', { name: 'Jadikan usulan' }).click();
  await dialog.getByRole('status').waitFor();
  await shoot(page, '33-worklist-proposed');
  await page.goto(`${url}#/rekap`);
  await page.getByTestId('rekap-total').waitFor();
  await page.getByRole('heading', { name: 'Daftar periksa per kode' }).locator('..').locator('svg').first().waitFor();
  await shoot(page, '34-rekap', { fullPage: true });
}

import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** Keluarga → Impor data DTSEN, as the operator works through it: file, column mapping, check, import, result. */
export class DtsenImportPage {
  readonly verdict: Locator;
  readonly errors: Locator;

  constructor(private readonly page: Page) {
    this.verdict = page.getByTestId('dtsen-verdict');
    this.errors = page.getByRole('table', { name: 'Daftar kesalahan' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Impor data DTSEN' }).click();
    await expect(this.page.getByRole('heading', { name: 'Impor data DTSEN' })).toBeVisible();
  }

  /** Chooses the file and waits until its columns are on the mapping screen. */
  async choose(path: string): Promise<void> {
    await this.page.getByLabel('Berkas DTSEN (CSV, TXT atau XLSX)').setInputFiles(path);
    await expect(this.page.getByTestId('dtsen-file-chosen')).toContainText(basename(path));
  }

  /** The select under a column's header, by the header as written in the file. */
  column(header: string): Locator {
    return this.page.getByLabel(`Isi kolom ${header}`, { exact: true });
  }

  async mapColumn(header: string, fieldLabel: string): Promise<void> {
    await this.column(header).selectOption({ label: fieldLabel });
  }

  async dryRun(): Promise<void> {
    await this.page.getByRole('button', { name: 'Periksa dulu' }).click();
  }

  async importNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Impor', exact: true }).click();
  }

  /** The count cells of the "Keluarga" or "Anggota" row: baru, berubah, tidak berubah, tidak ada di berkas. */
  counts(row: 'Keluarga' | 'Anggota'): Locator {
    return this.page.getByRole('table', { name: 'Jumlah keluarga dan anggota' }).getByRole('row').filter({ hasText: row }).getByRole('cell');
  }

  /** Downloads the error list as the operator would and answers the file's name and text. */
  async downloadErrors(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: 'Unduh daftar kesalahan (CSV)' }).click()]);
    return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
  }
}

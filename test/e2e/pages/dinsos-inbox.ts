import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** Kotak Masuk of a Dinsos folder: packages chosen many at once, the key passphrase, the result, the packages received. */
export class InboxPage {
  readonly result: Locator;
  readonly refused: Locator;
  readonly packages: Locator;

  constructor(private readonly page: Page) {
    this.result = page.getByTestId('inbox-result');
    this.refused = page.getByRole('list', { name: 'Paket yang ditolak' });
    this.packages = page.getByRole('table', { name: 'Paket diterima' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Kotak Masuk' }).click();
    await expect(this.page.getByRole('heading', { name: 'Kotak Masuk' })).toBeVisible();
  }

  /** Chooses the files, types the passphrase and adds them; `replace` ticks the box that lets a package replace one already in. */
  async add(paths: readonly string[], passphrase: string, options: { replace?: boolean } = {}): Promise<void> {
    await this.page.getByLabel('Paket dari kelurahan (.zip.age atau .zip; boleh banyak sekaligus)').setInputFiles([...paths]);
    await expect(this.page.getByTestId('inbox-files-note')).toContainText(`${paths.length} berkas dipilih`);
    await this.page.getByLabel('Frasa sandi kunci Dinsos').fill(passphrase);
    await this.page.getByLabel('Ganti paket yang sudah diimpor untuk musyawarah yang sama').setChecked(options.replace ?? false);
    await this.page.getByRole('button', { name: 'Tambahkan ke kotak masuk' }).click();
  }

  /** The counts line once the batch has finished. */
  async counts(): Promise<Locator> {
    const status = this.result.getByRole('status');
    await expect(status).toBeVisible({ timeout: 30_000 });
    return status;
  }

  refusedFile(fileName: string): Locator {
    return this.refused.getByRole('listitem').filter({ hasText: fileName }).first();
  }
}

import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** Kunci Kelurahan: the kelurahan keys Dinsos trusts, and the form that trusts one more. */
export class KelurahanKeysPage {
  readonly form: Locator;
  readonly table: Locator;
  readonly picker: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Percayai kunci kelurahan' });
    this.table = page.getByRole('table', { name: 'Kunci kelurahan yang dipercaya' });
    this.picker = page.getByLabel('Kelurahan di Kota Malang');
  }

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Kunci Kelurahan' }).click();
    await expect(this.page.getByRole('heading', { name: 'Kunci Kelurahan' })).toBeVisible();
  }

  /** Searches the picker and answers the options it offers. */
  async search(text: string): Promise<Locator> {
    await this.picker.fill(text);
    const options = this.page.getByRole('listbox', { name: 'Hasil pencarian kelurahan' }).getByRole('option');
    await expect(options.first()).toBeVisible();
    return options;
  }

  async chooseKelurahan(text: string): Promise<void> {
    await (await this.search(text)).first().getByRole('button').click();
  }

  async choosePublicKey(path: string): Promise<void> {
    await this.page.getByLabel('Berkas kunci publik kelurahan (.pub)').setInputFiles(path);
  }

  async trust(): Promise<void> {
    await this.page.getByRole('button', { name: 'Percayai kunci' }).click();
  }

  row(kelurahanName: string): Locator {
    return this.table.getByRole('row').filter({ hasText: kelurahanName });
  }
}

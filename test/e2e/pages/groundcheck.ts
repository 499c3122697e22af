import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** Groundcheck of a Dinsos folder: the filters, the visits, printing a round, one family's result and photos. */
export class GroundcheckPage {
  readonly table: Locator;
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Daftar groundcheck' });
    this.dialog = page.getByRole('dialog');
  }

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Groundcheck', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Groundcheck', exact: true })).toBeVisible();
  }

  row(text: string): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }

  async filter(label: string, option: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  /** Opens the result form of the family named (Catat hasil or Ubah hasil). */
  async openResult(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: new RegExp(`^(Catat|Ubah) hasil ${name}$`) }).click();
    await expect(this.dialog.getByRole('heading', { name: `Groundcheck: ${name}` })).toBeVisible();
  }

  async addPhoto(path: string, caption: string): Promise<void> {
    await this.dialog.getByLabel('Foto kunjungan (JPEG atau PNG, paling besar 5 MB)').setInputFiles(path);
    await this.dialog.getByLabel('Judul foto').fill(caption);
    await this.dialog.getByRole('button', { name: 'Tambah foto' }).click();
  }
}

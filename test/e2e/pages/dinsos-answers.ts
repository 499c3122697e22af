import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** A kelurahan's Tanggapan Dinsos: the answer file, the kelurahan key's passphrase, what it said or why it was refused. */
export class AnswersPage {
  readonly opened: Locator;
  readonly refused: Locator;

  constructor(private readonly page: Page) {
    this.opened = page.getByTestId('answer-opened');
    this.refused = page.getByTestId('answer-refused');
  }

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Tanggapan Dinsos' }).click();
    await expect(this.page.getByRole('heading', { name: 'Tanggapan Dinsos' })).toBeVisible();
  }

  async openAnswer(path: string, passphrase: string): Promise<void> {
    await this.page.getByLabel('Berkas tanggapan dari Dinsos (.zip.age)').setInputFiles(path);
    await this.page.getByLabel('Frasa sandi kunci kelurahan').fill(passphrase);
    await this.page.getByRole('button', { name: 'Buka tanggapan' }).click();
  }

  /** The count shown for one status, by its label. */
  count(statusLabel: string): Locator {
    return this.opened.getByRole('row').filter({ hasText: statusLabel }).getByRole('cell').nth(1);
  }
}

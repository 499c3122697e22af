import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** Usulan Kota: the filters, the total, the virtualised list, a proposal opened, the counts per kelurahan. */
export class CityProposalsPage {
  readonly total: Locator;
  readonly table: Locator;
  readonly detail: Locator;
  readonly perKelurahan: Locator;

  constructor(private readonly page: Page) {
    this.total = page.getByTestId('city-total');
    this.table = page.getByRole('table', { name: 'Usulan kota' });
    this.detail = page.getByRole('dialog');
    this.perKelurahan = page.getByRole('table', { name: 'Usulan per kelurahan' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Usulan Kota' }).click();
    await expect(this.page.getByRole('heading', { name: 'Usulan Kota' })).toBeVisible();
  }

  async expectTotal(n: number): Promise<void> {
    await expect(this.total).toHaveText(`${n} usulan`);
  }

  rows(): Locator {
    return this.table.getByRole('row');
  }

  row(text: string): Locator {
    return this.rows().filter({ hasText: text });
  }

  /** Chooses a filter's option by its label; "" label-less resets it to all. */
  async filter(label: string, option: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  async check(label: string, on = true): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).setChecked(on);
  }

  /** The rows of a kelurahan's own proposals (another kelurahan's row may name it in a finding). */
  rowsFrom(kelurahanName: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('cell').filter({ hasText: new RegExp(`^${kelurahanName}usulan no\\.`) }) });
  }

  async openRow(text: string): Promise<void> {
    await this.row(text).click();
    await expect(this.detail).toBeVisible();
  }
}

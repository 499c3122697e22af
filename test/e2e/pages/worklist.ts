import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import type { WorklistCode } from '../../../shared/dtsen/worklist-schema';

/** The Daftar periksa screen: counts per code as toggles, filters, rows to choose, Jadikan usulan. */
export class WorklistPage {
  readonly table: Locator;
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Daftar periksa' });
    this.dialog = page.getByRole('dialog', { name: 'Jadikan usulan' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Daftar Periksa' }).click();
    await expect(this.page.getByRole('heading', { name: 'Daftar Periksa' })).toBeVisible();
  }

  async expectCount(code: WorklistCode, count: number): Promise<void> {
    await expect(this.page.getByTestId(`count-${code}`).locator('strong')).toHaveText(String(count));
  }

  async toggleCode(code: WorklistCode): Promise<void> {
    await this.page.getByTestId(`count-${code}`).click();
  }

  rows(): Locator {
    return this.table.getByRole('row');
  }

  /** Ticks the row of this head of family and reason (as its badge reads). */
  async choose(name: string, reason: string): Promise<void> {
    await this.rows().filter({ hasText: reason }).getByRole('checkbox', { name: `Pilih ${name}` }).check();
  }

  async chooseAll(): Promise<void> {
    await this.page.getByLabel(/^Pilih semua/).check();
  }

  /** Jadikan usulan into the meeting whose letter number is given; answers the result line. */
  async propose(letterNumber: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Jadikan usulan…' }).click();
    const meeting = this.dialog.getByLabel('Musyawarah');
    await meeting.selectOption({ label: (await meeting.locator('option', { hasText: letterNumber }).textContent()) ?? '' });
    await this.dialog.getByRole('button', { name: 'Jadikan usulan' }).click();
    const status = this.dialog.getByRole('status');
    await expect(status).toBeVisible();
    return status;
  }
}

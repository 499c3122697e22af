import type { Page } from '@playwright/test';
import { isoToDisplay } from '../../../shared/format/date-input';

export interface MemberEntry {
  nik: string;
  name: string;
  sex: 'L' | 'P';
  birthPlace: string;
  birthDate: string;
  relationship: string;
  education?: string;
}

/** The household form as a secretary fills it in, field by field. */
export class HouseholdFormPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: '+ Tambah keluarga' }).click();
  }

  async fillFamily(values: { noKk: string; address: string; rt: string; rw: string; desil: string; programs: string[] }): Promise<void> {
    await this.page.getByLabel('No. KK').fill(values.noKk);
    await this.page.getByLabel('Alamat (jalan, gang, nomor)').fill(values.address);
    await this.page.getByLabel('RT', { exact: true }).fill(values.rt);
    await this.page.getByLabel('RW', { exact: true }).fill(values.rw);
    await this.page.getByLabel('Desil DTSEN saat ini').selectOption({ label: values.desil });
    for (const program of values.programs) await this.page.getByLabel(program, { exact: true }).check();
  }

  async fillMember(index: number, m: MemberEntry): Promise<void> {
    const card = this.page.getByTestId(`member-${index}`);
    if ((await card.count()) === 0) await this.page.getByRole('button', { name: '+ Tambah anggota' }).click();
    await card.getByLabel('NIK').fill(m.nik);
    await card.getByLabel('Nama lengkap').fill(m.name);
    await card.getByLabel('Hubungan dengan kepala keluarga').selectOption(m.relationship);
    await card.getByLabel('Jenis kelamin').selectOption(m.sex);
    await card.getByLabel('Tempat lahir').fill(m.birthPlace);
    await card.getByLabel('Tanggal lahir').fill(isoToDisplay(m.birthDate));
    if (m.education) await card.getByLabel('Pendidikan').selectOption(m.education);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Simpan keluarga' }).click();
  }

  memberError(index: number, text: string) {
    return this.page.getByTestId(`member-${index}`).getByRole('alert').filter({ hasText: text });
  }
}

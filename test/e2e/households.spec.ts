import { OPERATOR, setUpOffice } from './arrange';
import { expect, test } from './fixtures';
import { HouseholdFormPage } from './pages/household-form';
import type { MemberEntry } from './pages/household-form';
import { api } from './server';
import type { RunningServer } from './server';

const FAMILY = { noKk: '3573051203150777', address: 'Jl. Joyo Agung Gg. 3 No. 21', rt: '4', rw: '7', desil: 'Desil 2', programs: ['PKH', 'PBI-JK'] };
const HEAD: MemberEntry = { nik: '3573051705800777', name: 'Sugeng Riyadi', sex: 'L', birthPlace: 'Malang', birthDate: '1980-05-17', relationship: 'KEPALA_KELUARGA' };
const WIFE: MemberEntry = { nik: '3573055709840778', name: 'Kasiyem Rahayu', sex: 'P', birthPlace: 'Blitar', birthDate: '1984-09-17', relationship: 'ISTRI' };
const CHILD: MemberEntry = { nik: '3573053001120779', name: 'Dimas Riyadi', sex: 'L', birthPlace: 'Malang', birthDate: '2012-01-30', relationship: 'ANAK', education: 'SEDANG_SMP' };
const MEMBERS = [HEAD, WIFE, CHILD];

const householdCount = async (server: RunningServer) => (await api(server, 'households.search', { query: '', offset: 0, limit: 1 })).total;

test.beforeEach(async ({ muskel }) => {
  await setUpOffice(muskel.server);
});

test('add a family with three members, find it by NIK and by name, and keep it across a restart', async ({ page, muskel }) => {
  await page.goto(muskel.server.url);
  await expect(page.getByTestId('household-count')).toHaveText('0 keluarga terdaftar');
  const form = new HouseholdFormPage(page);
  await form.open();
  await form.fillFamily(FAMILY);
  for (const [i, member] of MEMBERS.entries()) await form.fillMember(i, member);
  await form.save();

  await expect(page.getByTestId('household-count')).toHaveText('1 keluarga terdaftar');
  const list = page.getByRole('table', { name: 'Daftar keluarga' });
  await expect(list.getByRole('row')).toHaveCount(1);
  await expect(list).toContainText('Sugeng Riyadi');
  await expect(list).toContainText('004/007');

  const search = page.getByRole('searchbox', { name: 'Cari keluarga' });
  await search.fill('3573053001120779');
  await expect(page.getByTestId('household-count')).toHaveText('1 keluarga cocok');
  await expect(list).toContainText('cocok: Dimas Riyadi');
  await search.fill('kasiyem');
  await expect(list).toContainText('cocok: Kasiyem Rahayu');
  await search.fill('tidak ada orang ini');
  await expect(page.getByText('Tidak ada keluarga yang cocok dengan pencarian.')).toBeVisible();

  const server = await muskel.restart();
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Siapa yang mengoperasikan Muskel?' })).toBeVisible();
  await page.getByRole('button', { name: OPERATOR }).click();
  await page.getByRole('searchbox', { name: 'Cari keluarga' }).fill('sugeng');
  await page.getByRole('table', { name: 'Daftar keluarga' }).getByRole('row').first().click();
  await expect(page.getByRole('heading', { name: 'Keluarga Sugeng Riyadi' })).toBeVisible();
  await expect(page.getByTestId('member-2').getByLabel('Nama lengkap')).toHaveValue('Dimas Riyadi');
  await expect(page.getByTestId('member-2').getByLabel('Pendidikan')).toHaveValue('SEDANG_SMP');
  await expect(page.getByLabel('PKH', { exact: true })).toBeChecked();
  await expect(page.getByLabel('Desil DTSEN saat ini')).toHaveValue('2');
});

test('a bad NIK shows its reason on the field and nothing is saved', async ({ page, muskel }) => {
  await page.goto(muskel.server.url);
  const form = new HouseholdFormPage(page);
  await form.open();
  await form.fillFamily(FAMILY);
  await form.fillMember(0, { ...HEAD, nik: '3573053202800777' });
  await form.fillMember(1, { ...WIFE, nik: '3573051709840778' });
  await form.fillMember(2, { ...CHILD, nik: '3.57305E+15' });
  await form.save();

  await expect(form.memberError(0, 'Tanggal lahir pada NIK (32-02-80) bukan tanggal yang ada')).toBeVisible();
  await expect(form.memberError(2, 'Excel')).toBeVisible();
  await expect(page.getByText('Periksa kembali isian yang ditandai merah')).toBeVisible();
  expect(await householdCount(muskel.server)).toBe(0);

  await form.fillMember(0, HEAD);
  await form.fillMember(2, CHILD);
  await form.save();
  await expect(form.memberError(1, 'NIK menunjukkan laki-laki')).toBeVisible();
  expect(await householdCount(muskel.server)).toBe(0);
});

test('a NIK already in another family is refused with that family named, and deleting asks first', async ({ page, muskel }) => {
  await page.goto(muskel.server.url);
  const form = new HouseholdFormPage(page);
  await form.open();
  await form.fillFamily(FAMILY);
  await form.fillMember(0, HEAD);
  await form.save();
  await expect(page.getByTestId('household-count')).toHaveText('1 keluarga terdaftar');

  await form.open();
  await form.fillFamily({ ...FAMILY, noKk: '3573051203150888' });
  await form.fillMember(0, { ...WIFE, relationship: 'KEPALA_KELUARGA' });
  await form.fillMember(1, { ...HEAD, relationship: 'SUAMI' });
  await form.save();
  await expect(form.memberError(1, 'sudah tercatat di keluarga No. KK 3573051203150777 (kepala keluarga: Sugeng Riyadi)')).toBeVisible();
  expect(await householdCount(muskel.server)).toBe(1);

  await page.getByRole('button', { name: 'Batal' }).click();
  await page.getByRole('table', { name: 'Daftar keluarga' }).getByRole('row').first().click();
  await page.getByRole('button', { name: 'Hapus keluarga' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hapus keluarga?' });
  await expect(dialog).toContainText('beserta 1 anggotanya');
  await dialog.getByRole('button', { name: 'Batal' }).click();
  expect(await householdCount(muskel.server)).toBe(1);
  await page.getByRole('button', { name: 'Hapus keluarga' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.getByTestId('household-count')).toHaveText('0 keluarga terdaftar');
  expect(await householdCount(muskel.server)).toBe(0);
});

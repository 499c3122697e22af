import { aPublicKeyFile, setUpDinsos } from './arrange-dinsos';
import { expect, test } from './fixtures';
import { KelurahanKeysPage } from './pages/kelurahan-keys';
import { api } from './server';

test('Kunci Kelurahan: only the kota\'s kelurahan are offered, and replacing a key in force is confirmed first and said to be audited', async ({ page, muskel }) => {
  const server = muskel.server;
  await setUpDinsos(server);
  const first = aPublicKeyFile();
  const second = aPublicKeyFile();
  await api(server, 'kelurahanKeys.trust', { kelurahanCode: '3573051004', publicKey: first.text, replace: false });

  const keys = new KelurahanKeysPage(page);
  await page.goto(server.url);
  await keys.open();
  await expect(keys.row('Dinoyo')).toContainText(first.keyId);
  // Kelurahan named Dinoyo exist elsewhere too; Dinsos Kota Malang is offered its own only.
  const options = await keys.search('dinoyo');
  await expect(options).toHaveCount(1);
  await expect(options).toContainText('Kota Malang');
  await options.getByRole('button').click();
  await expect(page.getByTestId('existing-key')).toContainText(first.keyId);
  await keys.choosePublicKey(second.path);
  await keys.trust();

  const dialog = page.getByRole('dialog', { name: 'Ganti kunci Kelurahan Dinoyo?' });
  await expect(dialog).toContainText(`sudah memiliki kunci ${first.keyId}`);
  await expect(dialog).toContainText('dicatat di catatan audit');
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(keys.row('Dinoyo')).toContainText(first.keyId);

  await keys.trust();
  await dialog.getByRole('button', { name: 'Ya, ganti kunci' }).click();
  await expect(keys.form.getByRole('status')).toContainText(`Kunci ${second.keyId} kini dipercaya untuk Kelurahan Dinoyo.`);
  await expect(keys.row('Dinoyo')).toContainText(second.keyId);
  expect((await api(server, 'kelurahanKeys.list', {})).map((k) => k.keyId)).toEqual([second.keyId]);
});

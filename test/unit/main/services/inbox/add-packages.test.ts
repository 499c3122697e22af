import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDinsosStatus } from '../../../../../main/services/answers/dinsos-status';
import { assignGroundcheck, listGroundcheck } from '../../../../../main/services/groundcheck/assignments';
import { addPackages } from '../../../../../main/services/inbox/add-packages';
import { listCityProposals } from '../../../../../main/services/inbox/city-proposals';
import { listInbox } from '../../../../../main/services/inbox/inbox';
import { trustKey } from '../../../../../main/services/inbox/trusted-keys';
import { exportPackage } from '../../../../../main/services/package-export';
import { evidenceDir } from '../../../../../main/services/evidence';
import { selectEvidenceDigests } from '../../../../../main/db/backup-queries';
import { runDoctor } from '../../../../../main/services/doctor';
import type { TestContext } from '../../../../fixtures/context';
import { DINSOS_PASSPHRASE, dinsosContext, kelurahanPackage } from '../../../../fixtures/inbox';
import type { KelurahanPackage } from '../../../../fixtures/inbox';
import { JPEG, PASSPHRASE } from '../../../../fixtures/package';
import { nikFor } from '../../../../fixtures/households';

const SUMBERSARI = '3573051005';
let dinsos: TestContext;
let dinoyo: KelurahanPackage;
let sumbersari: KelurahanPackage;

const add = (paths: readonly string[], replace = false) =>
  addPackages(dinsos, { packages: paths.map((source) => ({ source, fileName: source.split('/').pop() ?? source })), passphrase: DINSOS_PASSPHRASE, replace });

beforeAll(async () => {
  let recipient: string;
  ({ ctx: dinsos, recipient } = await dinsosContext());
  // The same person, proposed by both kelurahan under two different No. KK.
  const twin = { nik: nikFor('L', '1975-03-02'), sex: 'L' as const, birthDate: '1975-03-02' };
  dinoyo = await kelurahanPackage(recipient, {}, twin);
  sumbersari = await kelurahanPackage(recipient, { kelurahanCode: SUMBERSARI }, twin);
}, 180_000);
afterAll(async () => {
  await Promise.all([dinsos.cleanup(), dinoyo.ctx.cleanup(), sumbersari.ctx.cleanup()]);
});

describe('adding packages to the Dinsos inbox', () => {
  it('names a signer whose key is not trusted yet and imports nothing', async () => {
    const result = await add([dinoyo.path]);
    expect(result).toMatchObject({ imported: 0, duplicates: 0, replaced: 0 });
    expect(result.refused).toHaveLength(1);
    expect(result.refused[0]?.unknownKey).toMatchObject({ kelurahanCode: '3573051004', kelurahanName: 'Dinoyo' });
    expect(result.refused[0]?.problems[0]).toMatch(/^Ditandatangani kunci [0-9A-F]{16} yang belum dipercaya\. Percayai kunci publik Kelurahan Dinoyo \(3573051004\)/);
    expect(await listInbox(dinsos)).toEqual([]);
  });

  it('refuses a package signed by a key trusted for another kelurahan', async () => {
    await trustKey(dinsos, { kelurahanCode: SUMBERSARI, publicKey: dinoyo.publicKey, replace: false });
    const result = await add([dinoyo.path]);
    expect(result.refused[0]?.problems).toEqual([expect.stringMatching(/^Paket Kelurahan Dinoyo ditandatangani kunci [0-9A-F]{16} yang dipercaya untuk kelurahan lain \(kode 3573051005\)$/)]);
    await expect(trustKey(dinsos, { kelurahanCode: '3573051004', publicKey: dinoyo.publicKey, replace: false })).rejects.toThrow(/sudah dipercaya untuk kelurahan lain \(kode 3573051005\)/);
    await expect(trustKey(dinsos, { kelurahanCode: SUMBERSARI, publicKey: sumbersari.publicKey, replace: false })).rejects.toThrow(/Kelurahan Sumbersari sudah memiliki kunci .* harus dikonfirmasi/);
    await trustKey(dinsos, { kelurahanCode: SUMBERSARI, publicKey: sumbersari.publicKey, replace: true });
    await trustKey(dinsos, { kelurahanCode: '3573051004', publicKey: dinoyo.publicKey, replace: false });
  });

  it('imports valid packages of two kelurahan with every proposal, its PDFs and photos kept encrypted', async () => {
        expect(await add([dinoyo.path, sumbersari.path])).toEqual({ imported: 2, duplicates: 0, replaced: 0, refused: [], notProcessed: [] });
    const inbox = await listInbox(dinsos);
    expect(inbox.map((p) => [p.kelurahanName, p.proposals, p.replacedAt])).toEqual(expect.arrayContaining([['Dinoyo', 3, null], ['Sumbersari', 3, null]]));
    const page = await listCityProposals(dinsos, {});
    expect(page.total).toBe(6);
    expect(page.perKelurahan.map((k) => [k.kelurahanName, k.proposals, k.approved, k.groundcheck])).toEqual([['Dinoyo', 3, 2, 1], ['Sumbersari', 3, 2, 1]]);
    // Berita acara, daftar hadir and one photo per package: the two photos are the same bytes, stored once.
    const stored = readdirSync(evidenceDir(dinsos));
    expect(stored.length).toBeGreaterThanOrEqual(5);
    for (const file of stored) expect(readFileSync(join(evidenceDir(dinsos), file)).includes(JPEG.subarray(0, 64))).toBe(false);
    // Backups carry them and the doctor checks them, as a kelurahan's evidence.
    expect(selectEvidenceDigests(dinsos.db).sort()).toEqual([...stored].sort());
    expect((await runDoctor(dinsos)).problems).toEqual([]);
  });

  it('shows one person proposed by two kelurahan in two families on both proposals, each pointing at the other', async () => {
    const page = await listCityProposals(dinsos, { crossChecked: true });
    expect(page.rows.map((r) => [r.kelurahanName, r.no])).toEqual([['Dinoyo', 1], ['Sumbersari', 1]]);
    const [first, twin] = page.rows;
    expect(first?.crossChecks).toEqual([
      { code: 'NIK_KELURAHAN_LAIN', otherProposalId: twin?.id, message: 'Kelurahan Sumbersari juga mengusulkan NIK yang sama (usulan nomor 1, musyawarah 27 November 2026)' },
      { code: 'KK_BERBEDA', otherProposalId: twin?.id, message: `Kelurahan Sumbersari mencatat orang yang sama dalam KK ${twin?.noKk ?? ''} (usulan nomor 1, musyawarah 27 November 2026)` },
    ]);
    expect(twin?.crossChecks.map((c) => [c.code, c.otherProposalId])).toEqual([['NIK_KELURAHAN_LAIN', first?.id], ['KK_BERBEDA', first?.id]]);
    expect((await listCityProposals(dinsos, { crossChecked: false })).total).toBe(4);
  });

  it('filters the register by kelurahan, decision and groundcheck flag', async () => {
    expect((await listCityProposals(dinsos, { kelurahanCode: SUMBERSARI })).rows.every((r) => r.kelurahanCode === SUMBERSARI)).toBe(true);
    expect((await listCityProposals(dinsos, { decision: 'DITOLAK' })).total).toBe(2);
    expect((await listCityProposals(dinsos, { groundcheck: true })).rows.map((r) => r.kelurahanName).sort()).toEqual(['Dinoyo', 'Sumbersari']);
    expect((await listCityProposals(dinsos, { dinsosStatus: 'BELUM' })).total).toBe(6);
    expect((await listCityProposals(dinsos, { dinsosStatus: 'DITERIMA' })).total).toBe(0);
  });

  it('recognises the same file again and refuses another package for the same meeting unless it replaces the first', async () => {
    expect(await add([dinoyo.path])).toEqual({ imported: 0, duplicates: 1, replaced: 0, refused: [], notProcessed: [] });
    const again = await exportPackage(dinoyo.ctx, { meetingId: dinoyo.meetingId, outDir: join(dinoyo.path, '..'), passphrase: PASSPHRASE, recipients: [], encrypt: true, acknowledgeUnencrypted: false });
    const refused = await add([again.path]);
    expect(refused.refused[0]?.problems).toEqual([expect.stringMatching(/^Musyawarah Jumat, 27 November 2026 Kelurahan Dinoyo sudah diimpor dari berkas usulan-3573051004-.*; paket berbeda untuk musyawarah yang sama hanya dapat menggantikannya dengan konfirmasi$/)]);
    // Dinsos' work on the first package follows each family to the replacing one.
    const dinoyoRows = async () => (await listCityProposals(dinsos, { kelurahanCode: '3573051004' })).rows.sort((a, b) => a.no - b.no);
    const replacedRows = await dinoyoRows();
    const [first, second] = replacedRows;
    const crossBefore = await listCityProposals(dinsos, { crossChecked: true });
    await assignGroundcheck(dinsos, { officer: 'Sri Wahyuni', plannedDate: '2026-12-02', proposalIds: [first?.id ?? 0] });
    await setDinsosStatus(dinsos, { ids: [first?.id ?? 0, second?.id ?? 0], status: 'DALAM_PROSES', note: 'Menunggu groundcheck' });
    expect(await add([again.path], true)).toEqual({ imported: 0, duplicates: 0, replaced: 1, refused: [], notProcessed: [] });
    const inbox = await listInbox(dinsos);
    expect(inbox.filter((p) => p.kelurahanName === 'Dinoyo').map((p) => p.replacedAt === null)).toEqual([true, false]);
    expect((await listCityProposals(dinsos, {})).total).toBe(6);
    const replacing = await dinoyoRows();
    expect(replacing.map((p) => p.id)).not.toContain(first?.id);
    expect(replacing.map((p) => [p.no, p.dinsosStatus])).toEqual([[1, 'DALAM_PROSES'], [2, 'DALAM_PROSES'], [3, null]]);
    // The findings now name the replacing package's proposal, never the replaced one's.
    const crossAfter = await listCityProposals(dinsos, { crossChecked: true });
    expect(crossAfter.total).toBe(crossBefore.total);
    expect(crossBefore.total).toBeGreaterThan(0);
    const replacedIds = new Set(replacedRows.map((r) => r.id));
    expect(crossAfter.rows.flatMap((r) => [r.id, ...r.crossChecks.map((c) => c.otherProposalId)]).filter((id) => replacedIds.has(id))).toEqual([]);
    const rounds = await listGroundcheck(dinsos, { officer: 'Sri Wahyuni' });
    expect(rounds.rows.map((r) => [r.proposal.id, r.proposal.no, r.assignment?.plannedDate])).toEqual([[replacing[0]?.id, 1, '2026-12-02']]);
  }, 60_000);

  it('stops opening packages once cancelled, and names the files it never opened', async () => {
    const abort = new AbortController();
    const files = [dinoyo.path, sumbersari.path, dinoyo.path.replace('.zip.age', '-salinan.zip.age')];
    const result = await addPackages(dinsos, {
      packages: files.map((source) => ({ source, fileName: source.split('/').pop() ?? source })), passphrase: DINSOS_PASSPHRASE, replace: false, signal: abort.signal,
      progress: (done) => {
        if (done >= 1) abort.abort();
      },
    });
    // Both packages under way when Batalkan came are finished whole (here: recognised as already imported).
    expect(result).toEqual({ imported: 0, duplicates: 2, replaced: 0, refused: [], notProcessed: [files[2]?.split('/').pop()] });
  });

  it('refuses a tampered package and writes nothing', async () => {
    const bytes = readFileSync(sumbersari.path);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 0xff;
    const tampered = join(sumbersari.path, '..', 'rusak.zip.age');
    writeFileSync(tampered, bytes);
    const before = (await listInbox(dinsos)).length;
    const result = await add([tampered]);
    expect(result.refused[0]?.problems.join(' ')).toMatch(/didekripsi/);
    expect((await listInbox(dinsos)).length).toBe(before);
  });

  it('is refused in a kelurahan folder', async () => {
    await expect(listInbox(dinoyo.ctx)).rejects.toThrow(/belum disiapkan untuk Dinsos/);
  });
});

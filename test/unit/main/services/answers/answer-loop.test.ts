import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAnswer } from '../../../../../main/services/answers/build-answer';
import { carryReturned } from '../../../../../main/services/answers/carry-returned';
import { setDinsosPublicKey } from '../../../../../main/services/answers/dinsos-key';
import { setDinsosStatus } from '../../../../../main/services/answers/dinsos-status';
import { importAnswer } from '../../../../../main/services/answers/import-answer';
import { AppError } from '../../../../../main/services/app-error';
import { cityProposalHistory, history } from '../../../../../main/services/audit';
import { addPackages } from '../../../../../main/services/inbox/add-packages';
import { listCityProposals } from '../../../../../main/services/inbox/city-proposals';
import { listInbox } from '../../../../../main/services/inbox/inbox';
import { trustKey } from '../../../../../main/services/inbox/trusted-keys';
import { keyInfo, ownIdentity } from '../../../../../main/services/keys';
import { createMeeting } from '../../../../../main/services/meetings';
import { listProposals } from '../../../../../main/services/proposals';
import type { AnswerResult } from '../../../../../shared/answer/schema';
import { formatLongDate } from '../../../../../shared/format/date';
import { FIXED_NOW } from '../../../../fixtures/clock';
import type { TestContext } from '../../../../fixtures/context';
import { DINSOS_PASSPHRASE, dinsosContext, kelurahanPackage } from '../../../../fixtures/inbox';
import type { KelurahanPackage } from '../../../../fixtures/inbox';
import { aMeeting } from '../../../../fixtures/meetings';
import { PASSPHRASE, unzipTo } from '../../../../fixtures/package';

let dinsos: TestContext;
let kelurahan: KelurahanPackage;
let first: AnswerResult;
let work: string;

const open = (path: string) => importAnswer(kelurahan.ctx, { source: path, fileName: path.split('/').pop() ?? path, passphrase: PASSPHRASE });

beforeAll(async () => {
  let recipient: string;
  ({ ctx: dinsos, recipient } = await dinsosContext());
  kelurahan = await kelurahanPackage(recipient);
  await trustKey(dinsos, { kelurahanCode: '3573051004', publicKey: kelurahan.publicKey, replace: false });
  await addPackages(dinsos, { packages: [{ source: kelurahan.path, fileName: kelurahan.fileName }], passphrase: DINSOS_PASSPHRASE, replace: false });
  work = mkdtempSync(join(tmpdir(), 'muskel-tanggapan-'));
}, 120_000);
afterAll(async () => {
  await Promise.all([dinsos.cleanup(), kelurahan.ctx.cleanup()]);
  rmSync(work, { recursive: true, force: true });
});

describe('Dinsos answers a package and the kelurahan opens the answer', () => {
  it('sets statuses on the city register; a returned proposal needs its reason', async () => {
    const [a, b] = (await listCityProposals(dinsos, {})).rows.sort((x, y) => x.no - y.no);
    await expect(setDinsosStatus(dinsos, { ids: [b?.id ?? 0], status: 'DIKEMBALIKAN', note: '' })).rejects.toThrow();
    expect(await setDinsosStatus(dinsos, { ids: [a?.id ?? 0], status: 'DITERIMA', note: '' })).toEqual({ updated: 1 });
    await setDinsosStatus(dinsos, { ids: [b?.id ?? 0], status: 'DIKEMBALIKAN', note: 'Foto rumah tidak jelas' });
    expect((await listCityProposals(dinsos, { dinsosStatus: 'BELUM' })).total).toBe(1);
    const [returned] = await cityProposalHistory(dinsos, b?.id ?? 0);
    expect(returned).toMatchObject({
      action: 'STATUS', entity: 'USULAN', entityId: b?.id,
      before: { tanggapanDinsos: null, catatan: '' },
      after: { usulan: `Kelurahan ${b?.kelurahanName ?? ""}, musyawarah ${formatLongDate('2026-11-27')}, nomor 2`, tanggapanDinsos: 'Dikembalikan', catatan: 'Foto rumah tidak jelas' },
    });
    await expect(cityProposalHistory(kelurahan.ctx, b?.id ?? 0)).rejects.toThrow(/Dinsos/);
  });

  it('writes an answer that age and minisign accept: encrypted to the kelurahan, signed by Dinsos', async () => {
    const [pkg] = await listInbox(dinsos);
    first = await buildAnswer(dinsos, { packageId: pkg?.id ?? 0, passphrase: DINSOS_PASSPHRASE, outDir: work });
    expect((await listInbox(dinsos)).map((p) => [p.answersSent, p.lastAnswerAt])).toEqual([[1, FIXED_NOW.toISOString()]]);
    expect(first).toMatchObject({ fileName: expect.stringMatching(/^tanggapan-3573051004-\d{8}-01\.zip\.age$/), proposals: 3, statuses: { DITERIMA: 1, DIKEMBALIKAN: 1, DALAM_PROSES: 1 } });
    const identity = join(work, 'kelurahan-identity.txt');
    writeFileSync(identity, `${await ownIdentity(kelurahan.ctx, PASSPHRASE)}\n`);
    const zip = join(work, 'tanggapan.zip');
    execFileSync('age', ['-d', '-i', identity, '-o', zip, first.path]);
    unzipTo(zip, join(work, 'isi'));
    const bag = join(work, 'isi', first.fileName.replace('.zip.age', ''));
    const pub = join(work, 'dinsos.pub');
    writeFileSync(pub, keyInfo(dinsos)?.publicKey ?? '');
    expect(execFileSync('minisign', ['-Vm', join(bag, 'tagmanifest-sha512.txt'), '-p', pub], { encoding: 'utf8' })).toMatch(/Signature and comment signature verified/);
    const answer = JSON.parse(readFileSync(join(bag, 'data', 'tanggapan.json'), 'utf8')) as { proposals: { no: number; status: string; note: string }[] };
    expect(answer.proposals.map((p) => [p.no, p.status, p.note])).toEqual([[1, 'DITERIMA', ''], [2, 'DIKEMBALIKAN', 'Foto rumah tidak jelas'], [3, 'DALAM_PROSES', '']]);
  });

  it('is refused without the Dinsos key, and when signed by another key', async () => {
    await expect(open(first.path)).rejects.toThrow(/Kunci publik Dinsos belum disimpan/);
    await setDinsosPublicKey(kelurahan.ctx, kelurahan.publicKey);
    await expect(open(first.path)).rejects.toThrow(/Berkas tanggapan Dinsos tidak dapat dibuka: .*Tanda tangan tidak sah/);
    await setDinsosPublicKey(kelurahan.ctx, keyInfo(dinsos)?.publicKey ?? '');
  });

  it('is refused when tampered with', async () => {
    const bytes = readFileSync(first.path);
    bytes[bytes.length - 50] = (bytes[bytes.length - 50] ?? 0) ^ 1;
    const tampered = join(work, 'tanggapan-3573051004-20261128-09.zip.age');
    writeFileSync(tampered, bytes);
    await expect(open(tampered)).rejects.toThrow(/Berkas tanggapan Dinsos tidak dapat dibuka: .*didekripsi/);
  });

  it('shows each proposal its Dinsos status, on the meeting and in the household history', async () => {
    expect(await open(first.path)).toEqual({ meetingId: kelurahan.meetingId, meetingDate: '2026-11-27', letterNumber: expect.any(String), proposals: 3, statuses: { DITERIMA: 1, DIKEMBALIKAN: 1, DALAM_PROSES: 1 } });
    const proposals = listProposals(kelurahan.ctx, kelurahan.meetingId);
    expect(proposals.map((p) => p.dinsos)).toEqual([{ status: 'DITERIMA', note: '' }, { status: 'DIKEMBALIKAN', note: 'Foto rumah tidak jelas' }, { status: 'DALAM_PROSES', note: '' }]);
    const entries = history(kelurahan.ctx, { householdId: proposals[1]?.householdId ?? 0 });
    expect(entries[0]).toMatchObject({ action: 'STATUS', entity: 'USULAN', after: { tanggapanDinsos: 'Dikembalikan', catatan: 'Foto rumah tidak jelas' } });
  });

  it('refuses the same answer twice, and an older answer after a newer one', async () => {
    await expect(open(first.path)).rejects.toThrow(/sudah dibuka pada/);
    const [pkg] = await listInbox(dinsos);
    const answerAt = (hours: number) => {
      dinsos.now = () => new Date(FIXED_NOW.getTime() + hours * 3_600_000);
      return buildAnswer(dinsos, { packageId: pkg?.id ?? 0, passphrase: DINSOS_PASSPHRASE, outDir: work });
    };
    const older = await answerAt(1);
    const newer = await answerAt(2);
    expect(newer.fileName).toMatch(/-03\.zip\.age$/);
    await open(newer.path);
    const refusal = await open(older.path).then(() => null, (error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    // Each reason stays whole for the screen's list, even one that holds "; " itself.
    expect((refusal as AppError).toApi().problems).toEqual([expect.stringMatching(/^Sudah ada tanggapan yang lebih baru untuk musyawarah ini \(dibuat .+\); tanggapan lama tidak dapat menimpanya$/)]);
  });

  it('carries the returned proposal into the next unfinished meeting once', async () => {
    const next = await createMeeting(kelurahan.ctx, aMeeting({ date: '2026-12-15', letterNumber: '400.9/150/35.73.05.1004/2026' }));
    expect(carryReturned(kelurahan.ctx, kelurahan.meetingId, next.id)).toEqual({ added: 1, skipped: 0 });
    const carried = listProposals(kelurahan.ctx, next.id);
    expect(carried).toHaveLength(1);
    expect(carried[0]?.reason).toMatch(/\(Tanggapan Dinsos atas musyawarah 27 November 2026: Foto rumah tidak jelas\)$/);
    expect(carryReturned(kelurahan.ctx, kelurahan.meetingId, next.id)).toEqual({ added: 0, skipped: 1 });
  });
});

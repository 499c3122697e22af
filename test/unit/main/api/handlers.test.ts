import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch, dispatchToFolder } from '../../../../main/api/dispatch';
import { DataFolder } from '../../../../main/vault/data-folder';
import { newIdentity } from '../../../../main/package/age-stream';
import { contract } from '../../../../shared/api/contract';
import type { Channel, InputOf, OutputOf } from '../../../../shared/api/contract';
import { KEPMENSOS_79_2025 } from '../../../../shared/rules/ruleset';
import { TEST_DB_PASSPHRASE } from '../../../fixtures/context';
import { FIXED_NOW } from '../../../fixtures/clock';
import { writePlaintextFolder } from '../../../fixtures/plaintext-folder';
import { corpusFile } from '../../../fixtures/dtsen/files';
import { aHousehold, householdInputOf } from '../../../fixtures/households';
import { aMeeting, aProposal } from '../../../fixtures/meetings';
import { JPEG, PASSPHRASE } from '../../../fixtures/package';
import { DEMO_SETTINGS } from '../../../../main/services/demo';
import { DINSOS_OFFICE, DINSOS_PASSPHRASE, kelurahanPackage } from '../../../fixtures/inbox';
import { jpegWithExif } from '../../../fixtures/exif-jpeg';

let dinsos: { identity: string; recipient: string };
const outputs = new Map<Channel, unknown>();
const out = <C extends Channel>(channel: C): OutputOf<C> => {
  if (!outputs.has(channel)) throw new Error(`${channel} has not run yet`);
  return outputs.get(channel) as OutputOf<C>;
};

/** Runs a call through the dispatcher and fails the test on a refusal. */
async function call<C extends Channel>(channel: C, input: InputOf<C>, into: DataFolder = folder): Promise<OutputOf<C>> {
  const result = await dispatchToFolder(into, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as OutputOf<C>;
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

/** Dinsos' channels run in a Dinsos folder: they get their own test below. */
type DinsosStepped =
  | 'office.saveDinsos' | 'kelurahanKeys.trust' | 'kelurahanKeys.list' | 'inbox.start' | 'inbox.job' | 'inbox.cancel' | 'inbox.list' | 'cityProposals.list' | 'cityProposals.get'
  | 'inbox.document' | 'cityEvidence.read'
  | 'groundcheck.assign' | 'groundcheck.addPhoto' | 'groundcheck.photo' | 'groundcheck.formPdf' | 'groundcheck.record' | 'groundcheck.list'
  | 'cityProposals.setStatus' | 'answers.build' | 'answers.siksNg';
/** The kelurahan's side of Dinsos' answer: run in the kelurahan whose package the Dinsos test imports. */
type AnswerStepped = 'answers.setDinsosKey' | 'answers.dinsosKey' | 'answers.import' | 'answers.received' | 'answers.carry';
/** Needs a folder of data from before encryption; it gets its own test below. */
type Stepped = Exclude<Channel, 'vault.encryptExisting' | DinsosStepped | AnswerStepped>;

/**
 * One realistic call per channel, in this order, each built from what earlier calls returned, starting from
 * a new, locked data folder. Typed as a mapped type over Channel: a channel added to the contract without a
 * step here does not compile.
 */
const steps: { [C in Stepped]: () => InputOf<C> | Promise<InputOf<C>> } = {
  'app.info': () => ({}),
  'vault.status': () => ({}),
  'vault.setup': () => ({ passphrase: TEST_DB_PASSPHRASE, remember: false }),
  'vault.unlock': () => ({ passphrase: TEST_DB_PASSPHRASE }),
  'vault.changePassphrase': () => ({ current: TEST_DB_PASSPHRASE, next: `${TEST_DB_PASSPHRASE} baru` }),
  'vault.remember': () => ({ remember: false }),
  'session.setOperator': () => ({ name: 'Operator Uji' }),
  'demo.fill': () => ({ households: 80, seed: 3 }),
  'session.get': () => ({}),
  'settings.save': () => DEMO_SETTINGS,
  'settings.get': () => ({}),
  'settings.setLogo': () => ({ contentBase64: PNG.toString('base64') }),
  'settings.logo': () => ({}),
  'region.searchVillages': () => ({ query: 'dinoyo malang', limit: 5 }),
  'region.searchRegencies': () => ({ query: 'kota malang', limit: 5 }),
  'nik.parse': () => ({ nik: '3573055709840002' }),
  'households.search': () => ({ query: 'RT 3', offset: 0, limit: 20 }),
  'households.create': () => aHousehold(),
  'households.get': () => ({ id: out('households.create').id }),
  'households.update': () => {
    const existing = out('households.get');
    return { id: existing.id, household: { ...householdInputOf(existing), desil: 4 } };
  },
  'meetings.list': () => ({}),
  'meetings.create': () => aMeeting({ date: '2026-11-30', letterNumber: '400.9/140/35.73.05.1004/2026' }),
  'meetings.get': () => ({ id: out('meetings.create').id }),
  'meetings.update': () => ({ id: out('meetings.create').id, meeting: aMeeting({ date: '2026-11-30', place: 'Balai RW 05' }) }),
  'attendees.add': () => ({ meetingId: out('meetings.create').id, attendee: { name: 'Suparno', unsur: 'RT', rt: 3, rw: 5, phone: null, present: true } }),
  'attendees.update': () => ({ id: out('attendees.add').id, attendee: { name: 'Suparno', unsur: 'RT', rt: 3, rw: 5, phone: '081234567890', present: false } }),
  'attendees.list': () => ({ meetingId: out('meetings.create').id }),
  'attendees.suggest': () => ({ prefix: 'Sup' }),
  'attendees.delete': () => ({ id: out('attendees.add').id }),
  'meetings.start': () => ({ id: out('meetings.create').id }),
  'proposals.add': () => ({ meetingId: out('meetings.create').id, proposal: aProposal(out('households.create').id) }),
  'proposals.update': () => ({ id: out('proposals.add').id, proposal: aProposal(out('households.create').id, { programs: ['SEMBAKO'] }) }),
  'evidence.add': () => ({ proposalId: out('proposals.add').id, kind: 'FOTO_DEPAN', fileName: 'rumah.jpg', contentBase64: JPEG.toString('base64') }),
  'evidence.read': () => ({ id: out('evidence.add').id }),
  'evidence.delete': () => ({ id: out('evidence.add').id }),
  'proposals.decide': () => ({ proposalId: out('proposals.add').id, decision: 'DITUNDA', groundcheck: true, note: 'Dokumen belum lengkap' }),
  'proposals.list': () => ({ meetingId: out('meetings.create').id }),
  'worklist.list': () => ({ filter: { codes: ['LAYAK_BELUM_MENERIMA'], program: 'SEMBAKO' }, offset: 0, limit: 20 }),
  'worklist.propose': async () => ({
    meetingId: (await call('meetings.create', aMeeting({ date: '2026-12-03', letterNumber: '400.9/143/35.73.05.1004/2026' }))).id,
    filter: {},
    items: out('worklist.list').items.slice(0, 3).map((i) => ({ code: i.code, householdId: i.householdId })),
  }),
  'worklist.xlsx': () => ({ filter: { rw: 1 } }),
  'worklist.pdf': () => ({ filter: { codes: ['LAYAK_BELUM_MENERIMA'], rw: 1 } }),
  'rekap.get': () => ({}),
  'office.role': () => ({}),
  'meetings.summary': () => ({ id: out('meetings.create').id }),
  'meetings.close': () => ({ id: out('meetings.create').id, carryToMeetingId: null }),
  'home.overview': () => ({}),
  'proposals.delete': async () => {
    const spare = await call('meetings.create', aMeeting({ date: '2026-12-01', letterNumber: '400.9/141/35.73.05.1004/2026' }));
    const p = await call('proposals.add', { meetingId: spare.id, proposal: aProposal(out('households.create').id) });
    return { id: p.id };
  },
  'meetings.delete': async () => ({ id: (await call('meetings.create', aMeeting({ date: '2026-12-02', letterNumber: '400.9/142/35.73.05.1004/2026' }))).id }),
  'households.delete': async () => ({ id: (await call('households.create', aHousehold())).id }),
  'dtsen.inspect': async () => {
    const { uploadId } = await call('uploads.begin', {});
    await call('uploads.append', { uploadId, chunkBase64: readFileSync(corpusFile('dtks-pipa-crlf-cp1252.txt')).toString('base64') });
    dtsenUpload = uploadId;
    return { uploadId, fileName: 'dtks-pipa-crlf-cp1252.txt' };
  },
  'dtsen.start': () => ({ uploadId: dtsenUpload, fileName: 'dtks-pipa-crlf-cp1252.txt', mapping: {}, dryRun: true, skipInvalid: false }),
  'dtsen.job': () => ({ id: out('dtsen.start').id }),
  'dtsen.cancel': () => ({ id: out('dtsen.start').id }),
  'rules.list': () => ({}),
  'rules.add': () => ({ ...KEPMENSOS_79_2025, code: 'KEPMENSOS-UJI-2027', decree: 'Keputusan Menteri Sosial Nomor Uji/HUK/2027', validFrom: '2027-01-01' }),
  'audit.history': () => ({ meetingId: out('meetings.create').id }),
  'audit.head': () => ({}),
  'audit.verify': () => ({ expectHead: `${String(out('audit.head').entries)}:${out('audit.head').hash}` }),
  'minutes.html': () => ({ meetingId: out('meetings.create').id, document: 'BERITA_ACARA' }),
  'minutes.pdf': () => ({ meetingId: out('meetings.create').id, document: 'DAFTAR_HADIR' }),
  'keys.generate': () => ({ passphrase: PASSPHRASE, replace: false }),
  'keys.setRecipient': () => ({ text: `# Dinsos Kota Malang\n${dinsos.recipient}\n` }),
  'keys.info': () => ({}),
  'packages.exportNow': () => ({ meetingId: out('meetings.create').id, outDir: dataDir, passphrase: PASSPHRASE, recipients: [], encrypt: true, acknowledgeUnencrypted: false }),
  'packages.list': () => ({ meetingId: out('meetings.create').id }),
  'uploads.begin': () => ({}),
  'uploads.append': () => ({ uploadId: out('uploads.begin').uploadId, chunkBase64: readFileSync(out('packages.exportNow').path).toString('base64') }),
  'packages.verify': () => ({
    fileName: out('packages.exportNow').fileName,
    uploadId: out('uploads.begin').uploadId,
    identity: dinsos.identity,
    publicKeys: [out('keys.info')?.publicKey ?? ''],
  }),
  'packages.start': () => ({ meetingId: out('meetings.create').id, passphrase: PASSPHRASE, recipients: [], encrypt: true, acknowledgeUnencrypted: false }),
  'packages.job': () => ({ id: out('packages.start').id }),
  'packages.cancel': () => ({ id: out('packages.start').id }),
  'backup.start': () => ({}),
  'backup.status': () => ({ id: out('backup.start').id }),
  'doctor.run': () => ({}),
  'vault.backups': () => ({}),
  'vault.restore': () => ({ file: out('vault.backups')[0]?.file ?? '' }),
};

let dataDir: string;
let dtsenUpload = '';
let folder: DataFolder;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'muskel-handlers-'));
  folder = new DataFolder(dataDir, 'cli', { now: () => FIXED_NOW });
  dinsos = await newIdentity();
});
afterAll(async () => {
  await folder.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function checkOutput(channel: Channel, value: unknown): void {
  const parsed = contract[channel].output.safeParse(value);
  expect(parsed.error?.issues, channel).toBeUndefined();
  // Parsing strips undeclared keys: equality means the handler sent nothing the contract does not name.
  expect(parsed.data, channel).toEqual(value);
}

describe('handlers', () => {
  it('answer every channel with exactly what its output schema declares', async () => {
    for (const channel of Object.keys(steps) as Stepped[]) {
      const value = await call(channel, await steps[channel]());
      checkOutput(channel, value);
      outputs.set(channel, value);
    }
    expect(out('vault.status')).toEqual({ state: 'NEW', problem: null, osKeyStoreAvailable: false, rememberedOnThisComputer: false });
    expect(out('packages.verify')).toMatchObject({ ok: true, problems: [], meeting: expect.stringMatching(/^Musyawarah (Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} [A-Z][a-z]+ \d{4}, berita acara nomor /) });
    expect(out('meetings.close').status).toBe('SELESAI');
    expect(out('home.overview')).toMatchObject({
      lastMeeting: { id: out('meetings.close').id, date: '2026-11-30', status: 'SELESAI' }, nextMeeting: { state: 'ON_TIME', dueDate: '2027-02-28', daysLeft: 92 },
    });
    expect(out('doctor.run').problems).toEqual([]);
    expect(out('vault.backups').map((b) => b.kind)).toContain('TUTUP_MUSYAWARAH');
    expect(out('office.role')).toMatchObject({ role: 'KELURAHAN', dinsos: null });
  }, 120_000);

  it('answer every Dinsos channel, in a Dinsos folder receiving a kelurahan package', async () => {
    const dinsosDir = mkdtempSync(join(tmpdir(), 'muskel-handlers-dinsos-'));
    const office = new DataFolder(dinsosDir, 'cli', { now: () => FIXED_NOW });
    try {
      await call('vault.setup', { passphrase: TEST_DB_PASSPHRASE, remember: false }, office);
      await call('session.setOperator', { name: 'Petugas Dinsos' }, office);
      await call('office.saveDinsos', DINSOS_OFFICE, office);
      const dinsosKey = await call('keys.generate', { passphrase: DINSOS_PASSPHRASE, replace: false }, office);
      const { ownRecipient } = dinsosKey;
      const kelurahan = await kelurahanPackage(ownRecipient);
      const { uploadId } = await call('uploads.begin', {}, office);
      await call('uploads.append', { uploadId, chunkBase64: readFileSync(kelurahan.path).toString('base64') }, office);
      const dinsosSteps: { [C in DinsosStepped]: () => InputOf<C> | Promise<InputOf<C>> } = {
        'office.saveDinsos': () => DINSOS_OFFICE,
        'kelurahanKeys.trust': () => ({ kelurahanCode: '3573051004', publicKey: kelurahan.publicKey, replace: false }),
        'kelurahanKeys.list': () => ({}),
        'inbox.start': () => ({ uploads: [{ uploadId, fileName: kelurahan.fileName }], passphrase: DINSOS_PASSPHRASE, replace: false }),
        'inbox.job': async () => {
          const id = out('inbox.start').id;
          await expect.poll(async () => (await call('inbox.job', { id }, office)).step, { timeout: 30_000 }).toBe('Selesai');
          return { id };
        },
        'inbox.cancel': () => ({ id: out('inbox.start').id }),
        'inbox.list': () => ({}),
        'cityProposals.list': () => ({ groundcheck: true }),
        'cityProposals.get': () => ({ id: out('cityProposals.list').rows[0]?.id ?? 0 }),
        'inbox.document': () => ({ packageId: out('inbox.list')[0]?.id ?? 0, document: 'DAFTAR_HADIR' }),
        'cityEvidence.read': () => ({ id: out('cityProposals.get').evidence[0]?.id ?? 0 }),
        'groundcheck.assign': () => ({ officer: 'Budi Santoso', plannedDate: '2026-12-03', allFlagged: true }),
        'groundcheck.addPhoto': () => ({
          proposalId: out('groundcheck.assign').proposalIds[0] ?? 0, fileName: 'rumah.jpg', caption: 'Tampak depan',
          contentBase64: jpegWithExif({ latitude: -7.9700944, longitude: 112.6293333, dateTimeOriginal: '2026:11:27 09:15:30' }).toString('base64'),
        }),
        'groundcheck.photo': () => ({ id: out('groundcheck.addPhoto').id }),
        'groundcheck.formPdf': () => ({ ids: out('groundcheck.assign').proposalIds }),
        'groundcheck.record': () => ({ proposalId: out('groundcheck.assign').proposalIds[0] ?? 0, result: 'TIDAK_LAYAK', recommendedDesil: 7, notes: 'Rumah permanen, ada mobil' }),
        'groundcheck.list': () => ({ officer: 'budi santoso', hasResult: true }),
        'cityProposals.setStatus': () => ({ ids: [out('cityProposals.get').id], status: 'DIKEMBALIKAN', note: 'Foto rumah tidak jelas' }),
        'answers.build': () => ({ packageId: out('inbox.list')[0]?.id ?? 0, passphrase: DINSOS_PASSPHRASE }),
        'answers.siksNg': () => ({}),
      };
      for (const channel of Object.keys(dinsosSteps) as DinsosStepped[]) {
        const value = await call(channel, await dinsosSteps[channel](), office);
        checkOutput(channel, value);
        outputs.set(channel, value);
      }
      const inKelurahan = async <C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> => {
        const result = await dispatch(kelurahan.ctx, channel, input);
        if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
        return result.value as OutputOf<C>;
      };
      const answerSteps: { [C in AnswerStepped]: () => InputOf<C> | Promise<InputOf<C>> } = {
        'answers.setDinsosKey': () => ({ publicKey: dinsosKey.publicKey }),
        'answers.dinsosKey': () => ({}),
        'answers.import': async () => {
          const answer = await inKelurahan('uploads.begin', {});
          await inKelurahan('uploads.append', { uploadId: answer.uploadId, chunkBase64: readFileSync(out('answers.build').path).toString('base64') });
          return { uploadId: answer.uploadId, fileName: out('answers.build').fileName, passphrase: PASSPHRASE };
        },
        'answers.received': () => ({}),
        'answers.carry': async () => {
          const next = await inKelurahan('meetings.create', aMeeting({ date: '2026-12-10', letterNumber: '400.9/160/35.73.05.1004/2026' }));
          return { fromMeetingId: kelurahan.meetingId, toMeetingId: next.id };
        },
      };
      for (const channel of Object.keys(answerSteps) as AnswerStepped[]) {
        const value = await inKelurahan(channel, await answerSteps[channel]());
        checkOutput(channel, value);
        outputs.set(channel, value);
      }
      await kelurahan.ctx.cleanup();
    } finally {
      await office.close();
      rmSync(dinsosDir, { recursive: true, force: true });
    }
    expect(out('answers.received')).toEqual([expect.objectContaining({ fileName: out('answers.build').fileName, meetingDate: '2026-11-27', issuedAt: FIXED_NOW.toISOString() })]);
    expect(out('inbox.job').result).toEqual({ imported: 1, duplicates: 0, replaced: 0, refused: [], notProcessed: [] });
    // A job that has finished is not undone by a late Batalkan.
    expect(out('inbox.cancel')).toMatchObject({ step: 'Selesai', result: out('inbox.job').result });
    expect(out('cityProposals.list')).toMatchObject({ total: 1, perKelurahan: [{ kelurahanName: 'Dinoyo', proposals: 1, groundcheck: 1 }] });
    expect(out('cityProposals.get').evidence).toEqual([{ id: expect.any(Number), kind: 'FOTO_DEPAN', file: expect.stringMatching(/^lampiran\/foto-depan-[0-9a-f]{16}\.jpg$/) }]);
    expect(out('cityEvidence.read')).toEqual({ mime: 'image/jpeg', contentBase64: JPEG.toString('base64') });
    expect(Buffer.from(out('inbox.document').contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(out('groundcheck.assign')).toEqual({ assigned: 1, reassigned: 0, unchanged: 0, proposalIds: [out('cityProposals.get').id] });
    expect(out('groundcheck.addPhoto')).toMatchObject({ mime: 'image/jpeg', takenAt: '2026-11-27T09:15:30', mapLinks: { openStreetMap: expect.stringContaining('mlat=-7.970094') } });
    expect(out('groundcheck.photo').mime).toBe('image/jpeg');
    expect(Buffer.from(out('groundcheck.formPdf').contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(out('groundcheck.list')).toMatchObject({ total: 1, unassigned: 0, officers: ['Budi Santoso'] });
    expect(out('groundcheck.list').rows[0]).toMatchObject({
      proposal: { dinsosStatus: 'GROUNDCHECK_TIDAK_LAYAK' }, dinsosNote: 'Hasil groundcheck: tidak layak; desil disarankan 7',
      result: { result: 'TIDAK_LAYAK', recommendedDesil: 7, officer: 'Budi Santoso', checkedAt: '2026-11-28' }, photos: [{ id: out('groundcheck.addPhoto').id }],
    });
    expect(out('answers.build')).toMatchObject({ proposals: 3, statuses: { DIKEMBALIKAN: 1, DALAM_PROSES: 2 } });
    expect(out('answers.siksNg').rows).toBe(0);
    expect(out('answers.dinsosKey').keyId).toMatch(/^[0-9A-F]{16}$/);
    expect(out('answers.import')).toMatchObject({ meetingId: expect.any(Number), proposals: 3, statuses: { DIKEMBALIKAN: 1, DALAM_PROSES: 2 } });
    expect(out('answers.carry')).toEqual({ added: 1, skipped: 0 });
    expect(out('region.searchRegencies')).toContainEqual({ code: '3573', name: 'Kota Malang', provinceName: 'Jawa Timur' });
    expect(outputs.size).toBe(Object.keys(contract).length - 1);
  }, 120_000);

  it('answer vault.encryptExisting, for a folder of data from before encryption', async () => {
    const old = mkdtempSync(join(tmpdir(), 'muskel-handlers-old-'));
    try {
      writePlaintextFolder(old);
      const plain = new DataFolder(old, 'cli');
      const result = await dispatchToFolder(plain, 'vault.encryptExisting', { passphrase: TEST_DB_PASSPHRASE, remember: false });
      expect(result.ok).toBe(true);
      if (result.ok) checkOutput('vault.encryptExisting', result.value);
      await plain.close();
    } finally {
      rmSync(old, { recursive: true, force: true });
    }
  });
});

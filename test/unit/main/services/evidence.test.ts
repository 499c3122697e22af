import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { decryptBytes } from '../../../../main/vault/file-cipher';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/api/dispatch';
import { addEvidence, readEvidence } from '../../../../main/services/evidence';
import { createHousehold } from '../../../../main/services/households';
import { closeMeeting, createMeeting, startMeeting } from '../../../../main/services/meetings';
import { addProposal, decide, listProposals } from '../../../../main/services/proposals';
import { tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';
import { aHousehold } from '../../../fixtures/households';
import { aMeeting, aProposal, withSettings } from '../../../fixtures/meetings';

let ctx: TestContext;
let proposalId: number;
let meetingId: number;
beforeEach(async () => {
  ctx = await tempContext();
  await withSettings(ctx);
  meetingId = (await createMeeting(ctx, aMeeting())).id;
  proposalId = addProposal(ctx, meetingId, aProposal(createHousehold(ctx, aHousehold()).id)).id;
});
afterEach(() => ctx.cleanup());

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('rest of a png')]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('jfif')]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n');

describe('evidence files', () => {
  it('are copied into the data folder under their SHA-256 and read back intact', () => {
    const sha = createHash('sha256').update(JPEG).digest('hex');
    const saved = addEvidence(ctx, { proposalId, kind: 'FOTO_DEPAN', fileName: 'rumah depan.jpg', contentBase64: JPEG.toString('base64') });
    expect(saved).toMatchObject({ kind: 'FOTO_DEPAN', fileName: 'rumah depan.jpg', sha256: sha, mime: 'image/jpeg', size: JPEG.length });
    const stored = readFileSync(join(ctx.dataDir, 'lampiran', sha));
    expect(stored.includes(JPEG.subarray(4, 64))).toBe(false);
    expect(decryptBytes(ctx.dataKey, stored)).toEqual(JPEG);
    expect(readEvidence(ctx, saved.id)).toEqual({ mime: 'image/jpeg', contentBase64: JPEG.toString('base64') });
    addEvidence(ctx, { proposalId, kind: 'KTP', fileName: 'ktp.png', contentBase64: PNG.toString('base64') });
    addEvidence(ctx, { proposalId, kind: 'SKTM', fileName: 'sktm.pdf', contentBase64: PDF.toString('base64') });
    expect(listProposals(ctx, meetingId)[0]?.evidence.map((e) => e.mime)).toEqual(['image/jpeg', 'image/png', 'application/pdf']);
    expect(readdirSync(join(ctx.dataDir, 'lampiran')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses files that are not JPEG, PNG or PDF whatever their name, and files over 5 MB', async () => {
    const exe = await dispatch(ctx, 'evidence.add', { proposalId, kind: 'KTP', fileName: 'ktp.jpg', contentBase64: Buffer.from('MZ\x90\x00').toString('base64') });
    expect(exe).toMatchObject({ ok: false, error: { message: 'Berkas ktp.jpg bukan JPEG, PNG atau PDF' } });
    const big = Buffer.concat([JPEG, Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await dispatch(ctx, 'evidence.add', { proposalId, kind: 'KTP', fileName: 'besar.jpg', contentBase64: big.toString('base64') });
    expect(tooBig).toMatchObject({ ok: false, error: { message: expect.stringContaining('paling besar 5 MB') } });
    expect(ctx.db.prepare('SELECT count(*) FROM evidence').pluck().get()).toBe(0);
    expect(existsSync(join(ctx.dataDir, 'lampiran'))).toBe(false);
  });

  it('cannot be added to a finished meeting', async () => {
    startMeeting(ctx, meetingId);
    decide(ctx, { proposalId, decision: 'DISETUJUI', groundcheck: false, note: '' });
    closeMeeting(ctx, meetingId, null);
    const result = await dispatch(ctx, 'evidence.add', { proposalId, kind: 'KTP', fileName: 'ktp.png', contentBase64: PNG.toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});

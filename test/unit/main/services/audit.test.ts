import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditHead, formatAuditHead, history, verifyAudit } from '../../../../main/services/audit';
import { minutesHtml } from '../../../../main/services/minutes';
import { createHousehold, editHousehold } from '../../../../main/services/households';
import { createMeeting, startMeeting } from '../../../../main/services/meetings';
import { addProposal, decide } from '../../../../main/services/proposals';
import { rawDb, tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';
import { aHousehold, householdInputOf } from '../../../fixtures/households';
import { aMeeting, aProposal, withSettings } from '../../../fixtures/meetings';
import { muskel } from '../../../fixtures/cli';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await tempContext();
  await withSettings(ctx);
});
afterEach(() => ctx.cleanup());

const auditVerify = () => muskel(['audit', 'verify', '--data-dir', ctx.dataDir]);

async function someHistory() {
  const h = createHousehold(ctx, aHousehold());
  editHousehold(ctx, h.id, { ...householdInputOf(h), desil: 4 });
  const meeting = await createMeeting(ctx, aMeeting());
  startMeeting(ctx, meeting.id);
  const p = addProposal(ctx, meeting.id, aProposal(h.id));
  decide(ctx, { proposalId: p.id, decision: 'DISETUJUI', groundcheck: false, note: '' });
  return { household: h, meeting };
}

describe('audit trail', () => {
  it('records who did what, with before and after, for households and meetings', async () => {
    const { household, meeting } = await someHistory();
    const ofHousehold = history(ctx, { householdId: household.id });
    expect(ofHousehold.map((e) => `${e.action} ${e.entity}`)).toEqual(['PUTUSAN USULAN', 'BUAT USULAN', 'UBAH KELUARGA', 'BUAT KELUARGA']);
    expect(ofHousehold.every((e) => e.operator === 'Operator Uji' && e.at === '2026-11-28T02:00:00.000Z')).toBe(true);
    const edit = ofHousehold[2];
    expect(edit?.before).toMatchObject({ desil: 2 });
    expect(edit?.after).toMatchObject({ desil: 4 });
    expect(history(ctx, { meetingId: meeting.id }).map((e) => e.action)).toEqual(['PUTUSAN', 'BUAT', 'STATUS', 'BUAT']);
  });

  it('refuses changes when no operator has been chosen', () => {
    ctx.session.operator = null;
    expect(() => createHousehold(ctx, aHousehold())).toThrow('Pilih nama operator');
    expect(ctx.db.prepare('SELECT count(*) FROM households').pluck().get()).toBe(0);
  });

  it('verifies an untouched chain, in the service and with `muskel audit verify`', async () => {
    await someHistory();
    // Entry 1 records that the folder was set up and encrypted.
    expect(verifyAudit(ctx)).toEqual({ entries: 8, ok: true, firstBroken: null, problem: null });
    const run = auditVerify();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Catatan audit utuh: 8 catatan');
  });

  it('catches an edit made straight to the table with SQL, naming the first broken entry', async () => {
    await someHistory();
    const raw = rawDb(ctx);
    expect(() => raw.prepare("UPDATE audit_log SET operator = 'Orang lain' WHERE id = 7").run()).toThrow('AUDIT_APPEND_ONLY');
    raw.exec('DROP TRIGGER audit_no_update');
    raw.prepare(`UPDATE audit_log SET after = json_set(after, '$.decision', 'DITOLAK') WHERE id = 7`).run();
    raw.close();
    expect(verifyAudit(ctx)).toMatchObject({ ok: false, firstBroken: 7, problem: 'Catatan audit nomor 7 rusak: isi catatan telah diubah setelah ditulis.' });
    const run = auditVerify();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Catatan audit nomor 7 rusak');
  });

  it('catches a deleted entry and a rewritten link', async () => {
    await someHistory();
    const raw = rawDb(ctx);
    raw.exec('DROP TRIGGER audit_no_delete; DELETE FROM audit_log WHERE id = 3;');
    expect(verifyAudit(ctx)).toMatchObject({ ok: false, firstBroken: 4, problem: expect.stringContaining('nomor 3 tidak ada') });
    raw.exec(`DROP TRIGGER audit_no_update; UPDATE audit_log SET id = 3 WHERE id = 4;`);
    raw.close();
    expect(verifyAudit(ctx)).toMatchObject({ ok: false, firstBroken: 3, problem: expect.stringContaining('tautan ke catatan sebelumnya') });
  });

  it('anchors its head on the berita acara and in the package, and `--expect-head` catches entries cut from the end', async () => {
    const { meeting } = await someHistory();
    const head = auditHead(ctx);
    expect(head.entries).toBe(8);
    expect(await minutesHtml(ctx, meeting.id, 'BERITA_ACARA')).toContain(`Kepala catatan audit: 8:${head.hash.slice(0, 16)}`);
    const anchor = formatAuditHead(head);
    expect(verifyAudit(ctx, anchor)).toMatchObject({ ok: true, entries: 8 });
    createHousehold(ctx, aHousehold());
    expect(verifyAudit(ctx, anchor)).toMatchObject({ ok: true, entries: 9 });

    const raw = rawDb(ctx);
    raw.exec('DROP TRIGGER audit_no_delete; DELETE FROM audit_log WHERE id >= 6;');
    raw.close();
    // A chain cut at its end is still a valid chain: only the recorded head tells.
    expect(verifyAudit(ctx)).toMatchObject({ ok: true, entries: 5 });
    expect(verifyAudit(ctx, anchor)).toMatchObject({ ok: false, firstBroken: 8, problem: 'Catatan audit pernah mencapai 8 catatan, kini tinggal 5: catatan terakhir telah dihapus.' });
    const cli = muskel(['audit', 'verify', '--expect-head', `8:${head.hash.slice(0, 16)}`, '--data-dir', ctx.dataDir]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain('catatan terakhir telah dihapus');

    createHousehold(ctx, aHousehold());
    createHousehold(ctx, aHousehold());
    createHousehold(ctx, aHousehold());
    expect(verifyAudit(ctx, anchor)).toMatchObject({ ok: false, firstBroken: 8, problem: expect.stringContaining('rantai telah ditulis ulang') });
  });
});

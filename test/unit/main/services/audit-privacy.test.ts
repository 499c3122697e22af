import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERASED_PERSONAL_DATA } from '../../../../shared/audit/schema';
import type { AuditEntry } from '../../../../shared/audit/schema';
import { history, verifyAudit } from '../../../../main/services/audit';
import { addEvidence, removeEvidence } from '../../../../main/services/evidence';
import { createHousehold, editHousehold, removeHousehold } from '../../../../main/services/households';
import { createMeeting, startMeeting } from '../../../../main/services/meetings';
import { addProposal, decide, removeProposal } from '../../../../main/services/proposals';
import { muskel } from '../../../fixtures/cli';
import { rawDb, tempContext } from '../../../fixtures/context';
import type { TestContext } from '../../../fixtures/context';
import { aHousehold, householdInputOf } from '../../../fixtures/households';
import { aMeeting, aProposal, withSettings } from '../../../fixtures/meetings';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await tempContext();
  await withSettings(ctx);
});
afterEach(() => ctx.cleanup());

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('rest of a png')]);


/** Every stored before/after of the audit log, read with SQL as someone holding the folder's key would. */
function storedAudit(): string {
  const raw = rawDb(ctx);
  try {
    return (raw.prepare("SELECT coalesce(before, '') || ' ' || coalesce(after, '') FROM audit_log").pluck().all() as string[]).join('\n');
  } finally {
    raw.close();
  }
}

function auditKeyCount(): number {
  const raw = rawDb(ctx);
  try {
    return raw.prepare('SELECT count(*) FROM household_audit_keys').pluck().get() as number;
  } finally {
    raw.close();
  }
}

const sides = (e: AuditEntry) => [e.before, e.after].filter((s): s is Record<string, unknown> => s !== null && typeof s === 'object');

/** A family with a history: registered, edited, proposed with a reason, decided with a note, a KTP photo added and removed. */
async function familyWithHistory() {
  const saved = createHousehold(ctx, aHousehold({ address: 'Jl. Kenanga Rahasia No. 7' }));
  const [head, ...others] = householdInputOf(saved).members;
  if (!head) throw new Error('fixture');
  const edited = editHousehold(ctx, saved.id, { ...householdInputOf(saved), desil: 4, address: 'Jl. Melati Rahasia No. 9', members: [{ ...head, name: 'Budi Santosa Rahasia' }, ...others] });
  const meeting = await createMeeting(ctx, aMeeting());
  startMeeting(ctx, meeting.id);
  const proposal = addProposal(ctx, meeting.id, aProposal(saved.id, { reason: 'Pak Budi Santoso sakit stroke sejak Maret' }));
  decide(ctx, { proposalId: proposal.id, decision: 'DITUNDA', groundcheck: true, note: 'Menunggu surat dokter untuk Budi Santoso' });
  const evidence = addEvidence(ctx, { proposalId: proposal.id, kind: 'KTP', fileName: `ktp ${head.nik}.png`, contentBase64: PNG.toString('base64') });
  removeEvidence(ctx, evidence.id);
  removeProposal(ctx, proposal.id);
  const secrets = [
    saved.noKk, saved.address, edited.address, 'Budi Santosa Rahasia', 'stroke', 'surat dokter',
    ...saved.members.flatMap((m) => [m.nik, m.name]),
  ];
  return { saved, edited, meeting, secrets };
}

describe('personal data in the audit trail', () => {
  it('is stored sealed: no NIK, name, No. KK, address, reason or file name in clear, yet the history shows them', async () => {
    const { saved, edited, meeting, secrets } = await familyWithHistory();
    const stored = storedAudit();
    for (const secret of secrets) expect(stored).not.toContain(secret);

    const ofFamily = history(ctx, { householdId: saved.id });
    expect(ofFamily.map((e) => `${e.action} ${e.entity}`)).toEqual([
      'HAPUS USULAN', 'HAPUS LAMPIRAN', 'BUAT LAMPIRAN', 'PUTUSAN USULAN', 'BUAT USULAN', 'UBAH KELUARGA', 'BUAT KELUARGA',
    ]);
    const [removed, evidenceGone, evidenceAdded, decision, proposed, edit, created] = ofFamily;
    expect(created?.after).toEqual(saved);
    expect(edit?.before).toEqual(saved);
    expect(edit?.after).toEqual(edited);
    expect(proposed?.after).toMatchObject({ reason: 'Pak Budi Santoso sakit stroke sejak Maret', kind: 'USULAN_PROGRAM' });
    expect(decision?.after).toEqual({ decision: 'DITUNDA', groundcheck: true, note: 'Menunggu surat dokter untuk Budi Santoso' });
    expect(evidenceAdded?.after).toMatchObject({ file_name: expect.stringMatching(/^ktp \d{16}\.png$/), kind: 'KTP' });
    expect(evidenceGone?.before).toMatchObject({ file_name: expect.stringMatching(/^ktp \d{16}\.png$/), kind: 'KTP' });
    expect(removed?.before).toMatchObject({ reason: 'Pak Budi Santoso sakit stroke sejak Maret' });
    expect(history(ctx, { meetingId: meeting.id }).find((e) => e.action === 'PUTUSAN')?.after).toMatchObject({ note: 'Menunggu surat dokter untuk Budi Santoso' });
    expect(verifyAudit(ctx)).toMatchObject({ ok: true });
  });

  it('is erased with the family: its key is destroyed, the history says so, and the chain still verifies', async () => {
    const { saved, meeting, secrets } = await familyWithHistory();
    expect(auditKeyCount()).toBe(1);
    removeHousehold(ctx, saved.id);
    expect(auditKeyCount()).toBe(0);
    const stored = storedAudit();
    for (const secret of secrets) expect(stored).not.toContain(secret);

    const ofFamily = history(ctx, { householdId: saved.id });
    expect(ofFamily.map((e) => `${e.action} ${e.entity}`)).toEqual([
      'HAPUS KELUARGA', 'HAPUS USULAN', 'HAPUS LAMPIRAN', 'BUAT LAMPIRAN', 'PUTUSAN USULAN', 'BUAT USULAN', 'UBAH KELUARGA', 'BUAT KELUARGA',
    ]);
    const shown = JSON.stringify(ofFamily);
    for (const secret of secrets) expect(shown).not.toContain(secret);
    const [deleted, , , , decision, proposed, edit, created] = ofFamily;
    for (const side of [deleted?.before, edit?.before, edit?.after, created?.after]) {
      expect(side).toMatchObject({ noKk: ERASED_PERSONAL_DATA, address: ERASED_PERSONAL_DATA, members: ERASED_PERSONAL_DATA, rt: 3, rw: 5 });
    }
    expect(edit?.before).toMatchObject({ desil: 2 });
    expect(edit?.after).toMatchObject({ desil: 4 });
    expect(proposed?.after).toMatchObject({ reason: ERASED_PERSONAL_DATA, kind: 'USULAN_PROGRAM', programs: ['PKH'] });
    expect(decision?.after).toEqual({ decision: 'DITUNDA', groundcheck: true, note: ERASED_PERSONAL_DATA });
    expect(ofFamily.filter((e) => e.entity === 'LAMPIRAN').flatMap(sides).map((s) => s.file_name)).toEqual([ERASED_PERSONAL_DATA, ERASED_PERSONAL_DATA]);
    expect(history(ctx, { meetingId: meeting.id }).find((e) => e.action === 'PUTUSAN')?.after).toMatchObject({ note: ERASED_PERSONAL_DATA });

    expect(verifyAudit(ctx)).toMatchObject({ ok: true, firstBroken: null });
    const run = muskel(['audit', 'verify', '--data-dir', ctx.dataDir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Catatan audit utuh');
  });

  it('stays erased when a later family is given the deleted one\'s id', () => {
    const gone = createHousehold(ctx, aHousehold());
    removeHousehold(ctx, gone.id);
    const next = createHousehold(ctx, aHousehold());
    expect(next.id).toBe(gone.id);
    const [created, deleted, old] = history(ctx, { householdId: next.id });
    expect(created?.after).toEqual(next);
    expect(deleted?.before).toMatchObject({ noKk: ERASED_PERSONAL_DATA });
    expect(old?.after).toMatchObject({ noKk: ERASED_PERSONAL_DATA, members: ERASED_PERSONAL_DATA });
  });

  it('binds each sealed part to its own entry: one moved into another entry is not opened there', () => {
    const first = createHousehold(ctx, aHousehold());
    editHousehold(ctx, first.id, { ...householdInputOf(first), desil: 5 });
    const raw = rawDb(ctx);
    raw.exec('DROP TRIGGER audit_no_update');
    raw.exec(`UPDATE audit_log SET after = (SELECT after FROM audit_log WHERE action = 'BUAT' AND entity = 'KELUARGA') WHERE action = 'UBAH' AND entity = 'KELUARGA'`);
    raw.close();
    const [edit, created] = history(ctx, { householdId: first.id });
    expect(created?.after).toEqual(first);
    expect(edit?.after).toMatchObject({ noKk: ERASED_PERSONAL_DATA });
    expect(verifyAudit(ctx)).toMatchObject({ ok: false });
  });
});

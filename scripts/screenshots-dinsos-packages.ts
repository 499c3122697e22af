import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeactivationReason, Decision, ProposalKind, ProposalProgram, ProposalSource } from '../shared/meeting/options';
import { addAttendee } from '../main/services/attendance';
import { addEvidence } from '../main/services/evidence';
import { createHousehold } from '../main/services/households';
import { generateKey, keyInfo, setDinsosRecipient } from '../main/services/keys';
import { closeMeeting, createMeeting, startMeeting } from '../main/services/meetings';
import { exportPackage } from '../main/services/package-export';
import { addProposal, decide } from '../main/services/proposals';
import type { ServiceContext } from '../main/services/context';
import { saveSettings } from '../main/services/settings';
import type { DataFolder } from '../main/vault/data-folder';
import { FIXED_NOW } from '../test/fixtures/clock';
import { openTestFolder } from '../test/fixtures/context';
import { aHousehold, aMember } from '../test/fixtures/households';
import { aMeeting, aProposal } from '../test/fixtures/meetings';
import { SETTINGS } from '../test/fixtures/settings';

export interface PlannedProposal {
  name: string;
  nik?: string;
  sex?: 'L' | 'P';
  birthDate?: string;
  kind: ProposalKind;
  programs: ProposalProgram[];
  reason: string;
  source: ProposalSource;
  deactivationReason?: DeactivationReason;
  decision: Decision;
  groundcheck?: boolean;
  note?: string;
  rt: number;
  rw: number;
  photo?: boolean;
}

export interface PlannedMeeting {
  kelurahanCode: string;
  kelurahanName: string;
  date: string;
  number: number;
  proposals: PlannedProposal[];
}

export interface BuiltPackage {
  path: string;
  publicKey: string;
  publicKeyFile: string;
}

/** A kelurahan's folder kept open after its export, to open Dinsos' answer in; `close` removes it. */
export interface KeptKelurahan {
  folder: DataFolder;
  ctx: ServiceContext;
  meetingId: number;
  close(): Promise<void>;
}

export const KELURAHAN_PASSPHRASE = 'frasa sandi kelurahan untuk gambar layar';
const PASSPHRASE = KELURAHAN_PASSPHRASE;

/**
 * A kelurahan's folder holding one finished meeting as planned (`photo`: the JPEG of a house front), exported
 * encrypted to Dinsos; the folder is removed after, unless `keep` asks for it.
 */
export async function buildPackage(plan: PlannedMeeting, dinsosRecipient: string, outDir: string, photo: Buffer): Promise<BuiltPackage>;
export async function buildPackage(plan: PlannedMeeting, dinsosRecipient: string, outDir: string, photo: Buffer, keep: true): Promise<BuiltPackage & { kept: KeptKelurahan }>;
export async function buildPackage(plan: PlannedMeeting, dinsosRecipient: string, outDir: string, photo: Buffer, keep = false): Promise<BuiltPackage & { kept?: KeptKelurahan }> {
  const dir = mkdtempSync(join(tmpdir(), 'muskel-shots-kelurahan-'));
  const { folder, ctx } = await openTestFolder(dir, { now: () => FIXED_NOW });
  const close = async () => {
    await folder.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    ctx.session.operator = 'Sekretaris Kelurahan';
    await saveSettings(ctx, { ...SETTINGS, kelurahanCode: plan.kelurahanCode, officeAddress: `Kantor Kelurahan ${plan.kelurahanName}, Kota Malang` });
    const code = plan.kelurahanCode;
    const meeting = await createMeeting(ctx, aMeeting({
      date: plan.date,
      letterNumber: `400.9/${plan.number}/35.73.${code.slice(4, 6)}.${code.slice(6)}/2026`,
      place: `Aula Kantor Kelurahan ${plan.kelurahanName}`,
    }));
    addAttendee(ctx, meeting.id, { name: SETTINGS.lurahName, unsur: 'LURAH', rt: null, rw: null, phone: null, present: true });
    startMeeting(ctx, meeting.id);
    for (const p of plan.proposals) {
      const member = aMember({ name: p.name, sex: p.sex ?? 'L', birthDate: p.birthDate ?? '1978-04-12', ...(p.nik ? { nik: p.nik } : {}) });
      const household = createHousehold(ctx, aHousehold({ kelurahanCode: code, rt: p.rt, rw: p.rw, address: `Jl. ${plan.kelurahanName} Gg. ${p.rw} No. ${p.rt + 10}`, members: [member] }));
      const proposal = addProposal(ctx, meeting.id, aProposal(household.id, {
        kind: p.kind, programs: p.programs, reason: p.reason, source: p.source, deactivationReason: p.deactivationReason ?? null,
      }));
      if (p.photo) addEvidence(ctx, { proposalId: proposal.id, kind: 'FOTO_DEPAN', fileName: 'rumah-depan.jpg', contentBase64: photo.toString('base64') });
      decide(ctx, { proposalId: proposal.id, decision: p.decision, groundcheck: p.groundcheck ?? false, note: p.note ?? '' });
    }
    closeMeeting(ctx, meeting.id, null);
    await generateKey(ctx, PASSPHRASE, false);
    setDinsosRecipient(ctx, dinsosRecipient);
    const exported = await exportPackage(ctx, { meetingId: meeting.id, outDir, passphrase: PASSPHRASE, recipients: [], encrypt: true, acknowledgeUnencrypted: false });
    const publicKey = keyInfo(ctx)?.publicKey ?? '';
    const publicKeyFile = join(outDir, `kelurahan-${plan.kelurahanName.toLowerCase()}.pub`);
    writeFileSync(publicKeyFile, publicKey);
    const built = { path: exported.path, publicKey, publicKeyFile };
    if (keep) return { ...built, kept: { folder, ctx, meetingId: meeting.id, close } };
    await close();
    return built;
  } catch (error) {
    await close();
    throw error;
  }
}

import { APP_VERSION } from '../api/version';
import { PACKAGE_SCHEMA_VERSION } from '../../shared/package/schema';
import type { PackagePayload } from '../../shared/package/schema';
import type { MinutesData } from '../../shared/minutes/data';
import { buffer } from 'node:stream/consumers';
import type { PayloadFile } from '../package/bag-zip';
import { AppError } from './app-error';
import type { ServiceContext } from './context';
import { evidenceStream } from './evidence';

const EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

export function evidenceFileName(kind: string, sha256: string, mime: string): string {
  return `${kind.toLowerCase().replaceAll('_', '-')}-${sha256.slice(0, 16)}.${EXT[mime] ?? 'bin'}`;
}

/** data/usulan.json, built from the same data the berita acara prints. */
export function buildPayload(data: MinutesData, signerKeyId: string): PackagePayload {
  const { settings, meeting } = data;
  return {
    schemaVersion: PACKAGE_SCHEMA_VERSION,
    generator: `Muskel ${APP_VERSION}`,
    kelurahan: {
      code: settings.kelurahanCode,
      name: settings.village.name,
      kecamatan: settings.village.districtName,
      kota: settings.village.regencyName,
      provinsi: settings.village.provinceName,
    },
    meeting: {
      id: meeting.id,
      code: data.meetingCode,
      letterNumber: meeting.letterNumber,
      date: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      place: meeting.place,
      chairName: meeting.chairName,
      chairNip: meeting.chairNip,
      documentCode: data.documentCode,
      attendeesPresent: data.attendees.filter((a) => a.present).length,
      attendeesInvited: data.attendees.length,
    },
    signerKeyId,
    proposals: data.proposals.map((p, i) => {
      if (p.decision === null) throw new AppError('CONFLICT', `Usulan nomor ${i + 1} belum diputuskan`);
      const member = p.memberId === null ? null : p.household.members.find((m) => m.id === p.memberId);
      return {
        no: i + 1,
        nik: member?.nik ?? p.household.headNik,
        noKk: p.household.noKk,
        name: member?.name ?? p.household.headName,
        address: p.household.address,
        rt: p.household.rt,
        rw: p.household.rw,
        desil: p.household.desil,
        currentPrograms: p.household.programs,
        kind: p.kind,
        programs: p.programs,
        deactivationReason: p.deactivationReason,
        reason: p.reason,
        source: p.source,
        decision: p.decision,
        groundcheck: p.groundcheck,
        note: p.decisionNote,
        evidence: p.evidence.map((e) => ({ kind: e.kind, file: `lampiran/${evidenceFileName(e.kind, e.sha256, e.mime)}`, sha256: e.sha256 })),
      };
    }),
  };
}

/**
 * data/ of the bag: the documents made in memory, and each evidence file once, read (decrypted) from the data
 * folder only when the zip reaches it; `bytes` is their total, to show how far packing has come.
 */
export function bagPayload(ctx: ServiceContext, data: MinutesData, documents: ReadonlyMap<string, Buffer>): { files: PayloadFile[]; bytes: number } {
  const files: PayloadFile[] = [...documents].map(([path, bytes]) => ({ path, read: () => Promise.resolve(bytes) }));
  let bytes = [...documents.values()].reduce((n, b) => n + b.length, 0);
  const seen = new Set<string>();
  for (const e of data.proposals.flatMap((p) => p.evidence)) {
    const path = `lampiran/${evidenceFileName(e.kind, e.sha256, e.mime)}`;
    if (seen.has(path)) continue;
    seen.add(path);
    bytes += e.size;
    files.push({ path, read: () => buffer(evidenceStream(ctx, e.sha256)) });
  }
  return { files, bytes };
}

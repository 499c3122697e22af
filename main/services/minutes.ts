import { createHash } from 'node:crypto';
import { beritaAcaraHtml } from '../../shared/minutes/berita-acara';
import { daftarHadirHtml } from '../../shared/minutes/daftar-hadir';
import type { MinutesData, MinutesDocument } from '../../shared/minutes/data';
import { footerTemplate } from '../../shared/minutes/html';
import { listAttendees } from './attendance';
import { auditHead, formatAuditHead } from './audit';
import type { ServiceContext } from './context';
import { activeKey } from './keys';
import { meetingSummary } from './meetings';
import { listProposals } from './proposals';
import { getLogo, requireSettings } from './settings';

/** A digest of what was decided and who attended, printed on paper and (later) carried in the package. */
function documentCode(data: Omit<MinutesData, 'documentCode'>): string {
  const canonical = JSON.stringify({
    meeting: data.meetingCode,
    letter: data.meeting.letterNumber,
    proposals: data.proposals.map((p) => [p.id, p.household.noKk, p.memberId, p.kind, p.programs, p.decision, p.groundcheck, p.decisionNote]),
    attendees: data.attendees.map((a) => [a.name, a.unsur, a.present]),
  });
  const hex = createHash('sha256').update(canonical).digest('hex').slice(0, 16).toUpperCase();
  return hex.match(/.{4}/g)?.join('-') ?? hex;
}

export async function minutesData(ctx: ServiceContext, meetingId: number): Promise<MinutesData> {
  const settings = await requireSettings(ctx);
  const { meeting, byKind } = meetingSummary(ctx, meetingId);
  const logo = getLogo(ctx);
  const partial = {
    settings,
    meeting,
    attendees: listAttendees(ctx, meetingId),
    proposals: listProposals(ctx, meetingId),
    byKind,
    logo: logo ? `data:${logo.mime};base64,${logo.contentBase64}` : null,
    meetingCode: `MUSKEL-${meeting.kelurahanCode}-${meeting.date.replaceAll('-', '')}-${meeting.id}`,
    keyId: activeKey(ctx)?.keyId ?? null,
    auditHead: formatAuditHead(auditHead(ctx), 16),
  };
  return { ...partial, documentCode: documentCode(partial) };
}

export async function minutesHtml(ctx: ServiceContext, meetingId: number, document: MinutesDocument): Promise<string> {
  const data = await minutesData(ctx, meetingId);
  return document === 'BERITA_ACARA' ? beritaAcaraHtml(data) : daftarHadirHtml(data);
}

export function minutesFileName(data: MinutesData, document: MinutesDocument): string {
  const stem = document === 'BERITA_ACARA' ? 'berita-acara' : 'daftar-hadir';
  return `${stem}-${data.meeting.kelurahanCode}-${data.meeting.date.replaceAll('-', '')}.pdf`;
}

export async function minutesPdf(ctx: ServiceContext, meetingId: number, document: MinutesDocument): Promise<{ fileName: string; pdf: Buffer }> {
  const data = await minutesData(ctx, meetingId);
  const html = document === 'BERITA_ACARA' ? beritaAcaraHtml(data) : daftarHadirHtml(data);
  const label = `${document === 'BERITA_ACARA' ? 'Berita Acara' : 'Daftar Hadir'} Musyawarah Kelurahan ${data.settings.village.name} · Nomor ${data.meeting.letterNumber}`;
  const pdf = await ctx.pdf.render(html, { footerTemplate: footerTemplate(label), paper: data.settings.paperSize });
  return { fileName: minutesFileName(data, document), pdf };
}

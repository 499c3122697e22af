import type { z } from 'zod';
import type { ExportRequestSchema, ExportResult, SentPackage } from '../../shared/package/export-schema';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beritaAcaraHtml } from '../../shared/minutes/berita-acara';
import { daftarHadirHtml } from '../../shared/minutes/daftar-hadir';
import { footerTemplate } from '../../shared/minutes/html';
import { bagName } from '../../shared/package/schema';
import { dateIn, timeZoneOf } from '../../shared/format/time-zone';
import { APP_VERSION } from '../api/version';
import { requireWritableFolder } from '../app/ensure-dir';
import { tempInUse, tempPathFor } from '../app/temp-files';
import { exportToDb, sentPackageFromDb } from '../db/export-mapping';
import { countExportsOn, insertExport, selectExports } from '../db/export-queries';
import { ageEncryptStream } from '../package/age-encrypt';
import { streamBagZip } from '../package/bag-zip';
import { bnbaCsv, bnbaXlsx } from '../package/bnba-files';
import { sign } from '../package/minisign';
import { writeDigested } from '../package/write-digested';
import { bothSettled, claim } from './finish-file';
import { AppError } from './app-error';
import { auditHead, formatAuditHead, record } from './audit';
import type { ServiceContext } from './context';
import { activeKey, recipientsOnly, unlockKey } from './keys';
import { minutesData } from './minutes';
import { bagPayload, buildPayload } from './package-payload';
import { writeTransaction } from '../db/write-transaction';

export type ExportRequest = z.infer<typeof ExportRequestSchema> & { outDir: string };

/** `done` counts the steps finished so far (fractional while the long packing step runs). */
export type Progress = (step: string, done: number, total: number) => void;
export const EXPORT_STEPS = 5;

const fileNameOf = (bag: string, encrypted: boolean) => `${bag}.zip${encrypted ? '.age' : ''}`;

/**
 * The day's next package number whose file neither exists nor is being written by a live process. A package
 * finished just before a crash may have no row yet; its number is skipped rather than overwritten.
 */
function freeBagName(request: ExportRequest, kelurahanCode: string, day: string, first: number): string {
  for (let sequence = first; sequence <= 99; sequence++) {
    const name = bagName(kelurahanCode, day, sequence);
    const target = join(request.outDir, fileNameOf(name, request.encrypt));
    if (!existsSync(target) && !tempInUse(target)) return name;
  }
  throw new AppError('CONFLICT', `Sudah 99 paket bertanggal ${day} di ${request.outDir}; pindahkan yang lama atau pilih folder lain.`);
}

/**
 * Builds the BagIt bag in memory, then hashes, signs tagmanifest-sha512.txt, zips and encrypts with age in
 * one stream, and only then renames the result to its final name. No plaintext working copy is written
 * anywhere: the output folder sees only a hidden temp file of the finished stream, removed on failure or cancel.
 */
export async function exportPackage(ctx: ServiceContext, request: ExportRequest, report: Progress = () => undefined, signal?: AbortSignal): Promise<ExportResult> {
  const cancelled = () => new AppError('CONFLICT', 'Pembuatan paket dibatalkan; tidak ada berkas yang ditulis.');
  const progress: Progress = (step, done, total) => {
    if (signal?.aborted) throw cancelled();
    report(step, done, total);
  };
  if (!request.encrypt && !request.acknowledgeUnencrypted) {
    throw new AppError('INVALID_INPUT', 'Paket tanpa enkripsi berisi data pribadi (UU 27/2022). Konfirmasi secara tegas diperlukan.', 'encrypt');
  }
  requireWritableFolder(request.outDir, 'Folder tujuan');
  const data = await minutesData(ctx, request.meetingId);
  if (data.meeting.status !== 'SELESAI') throw new AppError('CONFLICT', 'Hanya musyawarah yang sudah selesai (terkunci) yang dapat dikirim ke Dinsos.');
  const signing = activeKey(ctx);
  if (!signing) throw new AppError('NOT_CONFIGURED', 'Kelurahan belum memiliki kunci penanda tangan. Buat kunci di Pengaturan > Kunci.');
  const recipients = [...recipientsOnly(ctx).map((r) => r.recipient), ...request.recipients];
  if (request.encrypt && recipients.length === 0) {
    throw new AppError('NOT_CONFIGURED', 'Kunci penerima Dinsos (age1...) belum diisi di Pengaturan > Kunci, dan tidak ada --recipient.');
  }
  const key = await unlockKey(ctx, request.passphrase);
  const today = dateIn(timeZoneOf(data.settings.kelurahanCode), ctx.now());
  const name = freeBagName(request, data.settings.kelurahanCode, today, countExportsOn(ctx.db, today) + 1);
  const finalName = fileNameOf(name, request.encrypt);
  const finalPath = join(request.outDir, finalName);

  const partial = tempPathFor(finalPath);
  const total = EXPORT_STEPS;
  try {
    progress('Menyusun data usulan', 0, total);
    const payload = buildPayload(data, signing.keyId);
    // The bag is never written out as plain files: documents stay in memory, evidence is decrypted when zipped.
    const documents = new Map<string, Buffer>([
      ['usulan.json', Buffer.from(`${JSON.stringify(payload, null, 2)}\n`)],
      ['usulan.csv', Buffer.from(bnbaCsv(payload))],
      ['usulan.xlsx', await bnbaXlsx(payload)],
    ]);
    progress('Membuat berita acara dan daftar hadir (PDF)', 1, total);
    const label = `Musyawarah Kelurahan ${data.settings.village.name} · Nomor ${data.meeting.letterNumber}`;
    documents.set('berita-acara.pdf', await ctx.pdf.render(beritaAcaraHtml(data), { footerTemplate: footerTemplate(`Berita Acara ${label}`), paper: data.settings.paperSize }));
    documents.set('daftar-hadir.pdf', await ctx.pdf.render(daftarHadirHtml(data), { footerTemplate: footerTemplate(`Daftar Hadir ${label}`), paper: data.settings.paperSize }));
    progress('Menyiapkan lampiran', 2, total);
    const { files, bytes: expected } = bagPayload(ctx, data, documents);
    const packing = `Menghitung sidik (SHA-256, SHA-512), menandatangani, memadatkan (zip)${request.encrypt ? ' dan mengenkripsi (age)' : ''}`;
    progress(packing, 3, total);
    let percent = 0;
    // The longest step: the bar moves with the bytes written instead of standing still.
    const onBytes = (written: number) => {
      const now = Math.min(99, Math.floor((written / Math.max(1, expected)) * 100));
      if (now === percent) return;
      percent = now;
      report(`${packing}: ${String(now)}%`, 3 + now / 100, total);
    };
    const encryption = request.encrypt ? await ageEncryptStream([...recipients, signing.ownRecipient]) : null;
    const bag = streamBagZip(files, name, {
      sourceOrganization: `Kelurahan ${data.settings.village.name}, Kecamatan ${data.settings.village.districtName}, ${data.settings.village.regencyName}`,
      contactName: `${data.settings.secretaryName} (Sekretaris Kelurahan)`,
      baggingDate: today,
      externalIdentifier: data.meetingCode,
      description: `Usulan DTSEN hasil Musyawarah Kelurahan ${data.settings.village.name} ${data.meeting.date}, berita acara nomor ${data.meeting.letterNumber}`,
      softwareAgent: `Muskel ${APP_VERSION}`,
      signerKeyId: signing.keyId,
      auditHead: formatAuditHead(auditHead(ctx)),
      replyRecipient: signing.ownRecipient,
    }, (tagmanifest, oxum) => sign(key, tagmanifest, `${name} Payload-Oxum=${oxum}`, `Muskel ${data.settings.village.name} ${signing.keyId}`));
    // bag -> zip -> age -> disk in one stream: only ciphertext reaches the output folder, under a hidden temp name.
    const [written] = await bothSettled(writeDigested(bag.output, partial, { through: encryption, signal, onBytes }), bag.done);
    const { sha256, size } = written;
    progress('Menyimpan dengan nama akhir', 4, total);
    if (signal?.aborted) throw cancelled();
    await claim(partial, finalPath);
    writeTransaction(ctx.db, () => {
      insertExport(ctx.db, exportToDb({
        meetingId: request.meetingId, fileName: finalName, sha256, size, keyId: signing.keyId, encrypted: request.encrypt,
        recipients: request.encrypt ? [...recipients, signing.ownRecipient] : [], createdAt: ctx.now().toISOString(),
      }));
      record(ctx, {
        action: 'BUAT', entity: 'PAKET', entityId: request.meetingId, meetingId: request.meetingId,
        after: { fileName: finalName, sha256, keyId: signing.keyId, encrypted: request.encrypt, ...(request.encrypt ? {} : { peringatan: 'Diekspor TANPA enkripsi atas konfirmasi operator' }) },
      });
    });
    return { fileName: finalName, path: finalPath, sha256, size, keyId: signing.keyId, encrypted: request.encrypt };
  } catch (error) {
    throw signal?.aborted ? cancelled() : error;
  } finally {
    await rm(partial, { force: true });
  }
}

/** Packages already made from a meeting, newest first ("Terkirim"). */
export function listExports(ctx: ServiceContext, meetingId: number): SentPackage[] {
  return selectExports(ctx.db, meetingId).map(sentPackageFromDb);
}

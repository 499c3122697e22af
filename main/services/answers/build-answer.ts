import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ANSWER_SCHEMA_VERSION, answerBagName } from '../../../shared/answer/schema';
import type { AnswerPayload, AnswerResult } from '../../../shared/answer/schema';
import { dateIn, timeZoneOf } from '../../../shared/format/time-zone';
import { APP_VERSION } from '../../api/version';
import { ensureDir, requireWritableFolder } from '../../app/ensure-dir';
import { tempInUse, tempPathFor } from '../../app/temp-files';
import { countAnswersSentOn, insertAnswerSent, selectAnswerPackage, selectAnsweredProposals } from '../../db/answer-queries';
import { writeTransaction } from '../../db/write-transaction';
import { ageEncryptStream } from '../../package/age-encrypt';
import { streamBagZip } from '../../package/bag-zip';
import { sign } from '../../package/minisign';
import { writeDigested } from '../../package/write-digested';
import { AppError } from '../app-error';
import { auditHead, formatAuditHead, record, requireOperator } from '../audit';
import type { ServiceContext } from '../context';
import { bothSettled, claim } from '../finish-file';
import { activeKey, unlockKey } from '../keys';
import { requireDinsosOffice } from '../office';

export interface AnswerRequest {
  packageId: number;
  /** Unlocks Dinsos' signing key. */
  passphrase: string;
  /** Where the answer goes; the data folder's tanggapan/ when absent. */
  outDir?: string;
}

function freeName(outDir: string, kelurahanCode: string, day: string, first: number): string {
  for (let sequence = first; sequence <= 99; sequence++) {
    const name = answerBagName(kelurahanCode, day, sequence);
    const target = join(outDir, `${name}.zip.age`);
    if (!existsSync(target) && !tempInUse(target)) return name;
  }
  throw new AppError('CONFLICT', `Sudah 99 tanggapan bertanggal ${day} di ${outDir}; pindahkan yang lama atau pilih folder lain.`);
}

/**
 * Dinsos' answer about one imported package: every proposal with its status (not answered yet: DALAM_PROSES) and
 * note, as a BagIt bag signed with Dinsos' minisign key, zipped and encrypted with age to the kelurahan's own
 * recipient (from the package's signed bag-info) and Dinsos' own. Only ciphertext reaches the disk.
 */
export async function buildAnswer(ctx: ServiceContext, request: AnswerRequest): Promise<AnswerResult> {
  const office = await requireDinsosOffice(ctx);
  const operator = requireOperator(ctx);
  const pkg = selectAnswerPackage(ctx.db, request.packageId);
  if (!pkg) throw new AppError('NOT_FOUND', `Paket dengan id ${request.packageId} tidak ditemukan di kotak masuk`);
  if (pkg.replaced_at) throw new AppError('CONFLICT', 'Paket ini sudah digantikan paket yang lebih baru; tanggapi paket yang berlaku.');
  if (!pkg.reply_recipient) {
    throw new AppError('CONFLICT', `Paket Kelurahan ${pkg.kelurahan_name} tidak memuat kunci penerima balasan (Muskel-Reply-Recipient); minta kelurahan mengirim ulang paket dari Muskel versi terbaru.`);
  }
  const signing = activeKey(ctx);
  if (!signing) throw new AppError('NOT_CONFIGURED', 'Dinsos belum memiliki kunci penanda tangan. Buat kunci di Pengaturan > Kunci.');
  const key = await unlockKey(ctx, request.passphrase);
  const outDir = request.outDir ?? join(ctx.dataDir, 'tanggapan');
  if (request.outDir) requireWritableFolder(outDir, 'Folder tujuan');
  else ensureDir(outDir);

  const now = ctx.now();
  const day = dateIn(timeZoneOf(office.regionCode), now);
  const proposals = selectAnsweredProposals(ctx.db, pkg.id);
  const answer: AnswerPayload = {
    schemaVersion: ANSWER_SCHEMA_VERSION,
    generator: `Muskel ${APP_VERSION}`,
    dinsos: { regionCode: office.regionCode, officeName: office.officeName, regencyName: office.regency.name },
    kelurahan: { code: pkg.kelurahan_code, name: pkg.kelurahan_name },
    meeting: { id: pkg.meeting_ref, date: pkg.meeting_date, letterNumber: pkg.letter_number },
    packageSha256: pkg.sha256,
    issuedAt: now.toISOString(),
    signerKeyId: signing.keyId,
    proposals: proposals.map((p) => ({ no: p.no, nik: p.nik, name: p.name, status: p.dinsos_status ?? 'DALAM_PROSES', note: p.dinsos_note })),
  };
  const name = freeName(outDir, pkg.kelurahan_code, day, countAnswersSentOn(ctx.db, pkg.kelurahan_code, day) + 1);
  const fileName = `${name}.zip.age`;
  const finalPath = join(outDir, fileName);
  const partial = tempPathFor(finalPath);
  const json = Buffer.from(`${JSON.stringify(answer, null, 2)}\n`);
  try {
    const bag = streamBagZip([{ path: 'tanggapan.json', read: () => Promise.resolve(json) }], name, {
      sourceOrganization: `${office.officeName}, ${office.regency.name}`,
      contactName: `${office.secretaryName} (${office.officeName})`,
      baggingDate: day,
      externalIdentifier: `TANGGAPAN-${pkg.kelurahan_code}-${pkg.meeting_date.replaceAll('-', '')}-${pkg.meeting_ref}`,
      description: `Tanggapan ${office.officeName} atas usulan Musyawarah Kelurahan ${pkg.kelurahan_name} ${pkg.meeting_date}, berita acara nomor ${pkg.letter_number}`,
      softwareAgent: `Muskel ${APP_VERSION}`,
      signerKeyId: signing.keyId,
      auditHead: formatAuditHead(auditHead(ctx)),
    }, (tagmanifest, oxum) => sign(key, tagmanifest, `${name} Payload-Oxum=${oxum}`, `Muskel ${office.officeName} ${signing.keyId}`));
    const encryption = await ageEncryptStream([pkg.reply_recipient, signing.ownRecipient]);
    const [written] = await bothSettled(writeDigested(bag.output, partial, { through: encryption }), bag.done);
    await claim(partial, finalPath);
    writeTransaction(ctx.db, () => {
      insertAnswerSent(ctx.db, { package_id: pkg.id, file_name: fileName, sha256: written.sha256, issued_at: answer.issuedAt, made_by: operator });
      record(ctx, { action: 'BUAT', entity: 'TANGGAPAN', entityId: pkg.id, after: { berkas: fileName, sha256: written.sha256, kelurahan: pkg.kelurahan_code, usulan: proposals.length } });
    });
    const statuses: Record<string, number> = {};
    for (const p of answer.proposals) statuses[p.status] = (statuses[p.status] ?? 0) + 1;
    return { fileName, path: finalPath, sha256: written.sha256, proposals: proposals.length, statuses };
  } finally {
    await rm(partial, { force: true });
  }
}

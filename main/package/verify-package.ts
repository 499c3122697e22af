import { BAG_NAME, BNBA_COLUMNS, PackagePayloadSchema, bnbaRow } from '../../shared/package/schema';
import type { PackagePayload } from '../../shared/package/schema';
import type { Problem } from '../../shared/package/verdict-schema';
import type { BagView } from './bagit';
import { parseBnbaCsv } from './bnba-files';
import { verifySignedBag } from './verify-signed-bag';
import type { SignedBagRequest, SignedBagVerdict, Signer } from './verify-signed-bag';

export type VerifyRequest = SignedBagRequest<PackagePayload>;

/** A kelurahan's package as Dinsos checks it, with its berita acara for display. */
export type Verdict = SignedBagVerdict<PackagePayload> & { beritaAcaraPdf: Buffer | null };

async function checkPayload(files: BagView, bag: string, signer: Signer, problems: Problem[]): Promise<PackagePayload | null> {
  if (!files.files.has('data/usulan.json')) {
    problems.push({ code: 'PAYLOAD_JSON_MISSING', message: 'data/usulan.json tidak ada' });
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse((await files.read('data/usulan.json')).toString('utf8')) as unknown;
  } catch (error) {
    problems.push({ code: 'PAYLOAD_JSON_UNREADABLE', message: `data/usulan.json bukan JSON yang dapat dibaca (${error instanceof Error ? error.message : String(error)})` });
    return null;
  }
  const parsed = PackagePayloadSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 10)) {
      problems.push({ code: 'PAYLOAD_JSON_SCHEMA', message: `data/usulan.json tidak sesuai skema di ${issue.path.join('.') || '(akar)'}: ${issue.message}` });
    }
    return null;
  }
  const payload = parsed.data;
  if (!bag.startsWith(`usulan-${payload.kelurahan.code}-`)) {
    problems.push({ code: 'PAYLOAD_KELURAHAN', message: `Kode kelurahan di data/usulan.json (${payload.kelurahan.code}) tidak sama dengan nama paket ${bag}` });
  }
  if (signer && signer.keyId !== payload.signerKeyId) {
    problems.push({ code: 'PAYLOAD_SIGNER', message: `data/usulan.json menyebut kunci ${payload.signerKeyId}, paket ditandatangani kunci ${signer.keyId}` });
  }
  for (const p of payload.proposals) {
    for (const e of p.evidence) {
      if (!files.files.has(`data/${e.file}`)) {
        problems.push({ code: 'PAYLOAD_EVIDENCE_MISSING', message: `Lampiran ${e.file} untuk usulan nomor ${p.no} tidak ada di data/` });
      }
    }
  }
  await checkCsv(files, payload, problems);
  return payload;
}

async function checkCsv(files: BagView, payload: PackagePayload, problems: Problem[]): Promise<void> {
  if (!files.files.has('data/usulan.csv')) {
    problems.push({ code: 'PAYLOAD_CSV_MISSING', message: 'data/usulan.csv tidak ada' });
    return;
  }
  const { rows, errors } = parseBnbaCsv((await files.read('data/usulan.csv')).toString('utf8'));
  for (const e of errors.slice(0, 5)) problems.push({ code: 'PAYLOAD_CSV_UNREADABLE', message: `data/usulan.csv ${e}` });
  if (rows.length !== payload.proposals.length) {
    problems.push({ code: 'PAYLOAD_CSV_MISMATCH', message: `data/usulan.csv berisi ${rows.length} baris, data/usulan.json ${payload.proposals.length} usulan` });
    return;
  }
  const undo = (v: string | undefined) => (v ?? '').replace(/^'(?=[=+\-@\t\r])/, '');
  payload.proposals.forEach((p, i) => {
    const expected = bnbaRow(p, payload.kelurahan);
    const row = rows[i] ?? {};
    const different = BNBA_COLUMNS.filter((c) => undo(row[c]) !== expected[c]);
    if (different.length > 0) {
      problems.push({ code: 'PAYLOAD_CSV_MISMATCH', message: `data/usulan.csv baris ${i + 2} berbeda dengan data/usulan.json pada kolom ${different.join(', ')}` });
    }
  });
}

/** Everything Dinsos needs to trust a kelurahan's package (see verifySignedBag). Never throws on hostile input. */
export async function verifyPackage(request: VerifyRequest): Promise<Verdict> {
  const read: { beritaAcaraPdf: Buffer | null } = { beritaAcaraPdf: null };
  const verdict = await verifySignedBag(request, {
    name: BAG_NAME,
    nameShape: 'usulan-<kode kelurahan>-<TTTTBBHH>-<nn>',
    payload: async (files, bag, signer, problems) => {
      const ba = files.files.get('data/berita-acara.pdf');
      if (ba && ba.size < 50 * 1024 * 1024) read.beritaAcaraPdf = await files.read('data/berita-acara.pdf');
      return checkPayload(files, bag, signer, problems);
    },
  });
  return { ...verdict, beritaAcaraPdf: read.beritaAcaraPdf };
}

import { createHash } from 'node:crypto';
import { formatLongDate } from '../../../shared/format/date';
import type { RefusedPackage } from '../../../shared/inbox/schema';
import type { PackagePayload } from '../../../shared/package/schema';
import { deleteFindingsOf, insertFindingsOf } from '../../db/city-finding-queries';
import { cityProposalToDb } from '../../db/inbox-mapping';
import { insertCityEvidence, insertCityProposal, insertInboxPackage, markPackageReplaced, selectPackageBySha, selectPackageInForce } from '../../db/inbox-queries';
import type { KelurahanKeyDbRow } from '../../db/kelurahan-key-mapping';
import { writeTransaction } from '../../db/write-transaction';
import type { BagView } from '../../package/bagit';
import { verifyPackage } from '../../package/verify-package';
import type { SignedBagVerdict } from '../../package/verify-signed-bag';
import { record, requireOperator } from '../audit';
import type { ServiceContext } from '../context';
import { storeEncryptedFiles } from '../evidence';
import { sha256Of } from '../file-source';
import type { FileSource } from '../file-source';
import { carryDinsosWork } from './carry-replaced';
import { trustedPublicKeys } from './trusted-keys';

type PackageVerdict = SignedBagVerdict<PackagePayload>;

export type PackageOutcome = { kind: 'IMPORTED' | 'REPLACED' | 'DUPLICATE' } | { kind: 'REFUSED'; refused: RefusedPackage };

export interface IncomingPackage {
  source: FileSource;
  fileName: string;
}

const SIGNATURE_PROBLEMS = new Set(['SIGNATURE_NO_KEY', 'SIGNATURE_WRONG_KEY', 'PAYLOAD_SIGNER']);
const DOCUMENTS = ['berita-acara.pdf', 'daftar-hadir.pdf'] as const;

/** Why a valid package still cannot go into this register: its signer's key, its region, or a meeting already in it. */
function registerProblems(ctx: ServiceContext, payload: PackagePayload, signerKeyId: string, keys: readonly KelurahanKeyDbRow[], regionCode: string, replace: boolean): string[] {
  const k = payload.kelurahan;
  const problems: string[] = [];
  if (!k.code.startsWith(regionCode)) problems.push(`Paket dari Kelurahan ${k.name} (${k.code}) bukan dari wilayah dinas ini (${regionCode})`);
  const signer = keys.find((key) => key.key_id === signerKeyId);
  if (signer && signer.kelurahan_code !== k.code) {
    problems.push(`Paket Kelurahan ${k.name} ditandatangani kunci ${signerKeyId} yang dipercaya untuk kelurahan lain (kode ${signer.kelurahan_code})`);
  }
  const inForce = selectPackageInForce(ctx.db, k.code, payload.meeting.id);
  if (inForce && !replace) {
    problems.push(`Musyawarah ${formatLongDate(payload.meeting.date)} Kelurahan ${k.name} sudah diimpor dari berkas ${inForce.file_name}; paket berbeda untuk musyawarah yang sama hanya dapat menggantikannya dengan konfirmasi`);
  }
  return problems;
}

/**
 * One package into the city register: recognised by its SHA-256 when it came before, verified completely
 * otherwise (decrypted with Dinsos' identity, signature by the kelurahan's trusted key), then imported in one
 * transaction with its PDFs and evidence stored encrypted. A refused package leaves nothing in the register.
 */
export async function addPackage(ctx: ServiceContext, incoming: IncomingPackage, identity: string, regionCode: string, replace: boolean): Promise<PackageOutcome> {
  const operator = requireOperator(ctx);
  const sha256 = await sha256Of(incoming.source);
  if (selectPackageBySha(ctx.db, sha256)) return { kind: 'DUPLICATE' };
  const keys = trustedPublicKeys(ctx);
  // Set by `accept`, which the verifier calls only for a valid package.
  const decided: { outcome: PackageOutcome | null } = { outcome: null };
  const accept = async (files: BagView, verdict: PackageVerdict) => {
    const payload = verdict.payload;
    if (!payload || !verdict.signer || !verdict.bagName) return;
    const problems = registerProblems(ctx, payload, verdict.signer.keyId, keys, regionCode, replace);
    if (problems.length > 0) {
      decided.outcome = { kind: 'REFUSED', refused: { file: incoming.fileName, problems, unknownKey: null } };
      return;
    }
    // Files are named by their digest; `stored` maps each path of the bag to it.
    const stored = new Map<string, string>();
    const contents = new Map<string, Buffer>();
    const paths = [...DOCUMENTS.filter((doc) => files.files.has(`data/${doc}`)), ...new Set(payload.proposals.flatMap((p) => p.evidence.map((e) => e.file)))];
    for (const path of paths) {
      const bytes = await files.read(`data/${path}`);
      const digest = createHash('sha256').update(bytes).digest('hex');
      contents.set(digest, bytes);
      stored.set(path, digest);
    }
    await storeEncryptedFiles(ctx, contents);
    const imported = importVerified(ctx, { incoming, sha256, verdict, payload, stored, operator }, () => registerProblems(ctx, payload, verdict.signer?.keyId ?? '', keys, regionCode, replace));
    decided.outcome = Array.isArray(imported) ? { kind: 'REFUSED', refused: { file: incoming.fileName, problems: imported, unknownKey: null } } : { kind: imported };
  };
  const verdict = await verifyPackage({ source: incoming.source, fileName: incoming.fileName, identities: [identity], publicKeys: keys.map((k) => k.public_key), accept });
  if (decided.outcome) return decided.outcome;
  return { kind: 'REFUSED', refused: refusal(incoming.fileName, verdict, keys) };
}

/** The verifier's problems as the officer reads them; a signer whose key is not trusted yet is named as such. */
function refusal(file: string, verdict: PackageVerdict, keys: readonly KelurahanKeyDbRow[]): RefusedPackage {
  const payload = verdict.payload;
  const unknown = payload && !keys.some((k) => k.key_id === payload.signerKeyId) && verdict.problems.some((p) => SIGNATURE_PROBLEMS.has(p.code));
  if (!payload || !unknown) return { file, problems: verdict.problems.map((p) => p.message), unknownKey: null };
  const k = payload.kelurahan;
  const others = verdict.problems.filter((p) => !SIGNATURE_PROBLEMS.has(p.code)).map((p) => p.message);
  return {
    file,
    problems: [`Ditandatangani kunci ${payload.signerKeyId} yang belum dipercaya. Percayai kunci publik Kelurahan ${k.name} (${k.code}) di menu Kunci Kelurahan, lalu tambahkan paket ini lagi.`, ...others],
    unknownKey: { keyId: payload.signerKeyId, kelurahanCode: k.code, kelurahanName: k.name },
  };
}

interface Verified {
  incoming: IncomingPackage;
  sha256: string;
  verdict: PackageVerdict;
  payload: PackagePayload;
  stored: ReadonlyMap<string, string>;
  operator: string;
}

/**
 * The register's checks run again inside the transaction: another package of the same batch may have taken the
 * meeting (or been this very file) while this one's files were stored.
 */
function importVerified(ctx: ServiceContext, v: Verified, checks: () => string[]): 'IMPORTED' | 'REPLACED' | 'DUPLICATE' | string[] {
  const { payload } = v;
  const now = ctx.now().toISOString();
  return writeTransaction(ctx.db, () => {
    if (selectPackageBySha(ctx.db, v.sha256)) return 'DUPLICATE';
    const problems = checks();
    if (problems.length > 0) return problems;
    const previous = selectPackageInForce(ctx.db, payload.kelurahan.code, payload.meeting.id);
    if (previous) markPackageReplaced(ctx.db, previous.id, now);
    const packageId = insertInboxPackage(ctx.db, {
      sha256: v.sha256, file_name: v.incoming.fileName, bag_name: v.verdict.bagName ?? '', kelurahan_code: payload.kelurahan.code, kelurahan_name: payload.kelurahan.name,
      kecamatan_name: payload.kelurahan.kecamatan, meeting_ref: payload.meeting.id, meeting_date: payload.meeting.date, letter_number: payload.meeting.letterNumber,
      signer_key_id: v.verdict.signer?.keyId ?? '', reply_recipient: v.verdict.replyRecipient, berita_acara_sha256: v.stored.get('berita-acara.pdf') ?? null,
      daftar_hadir_sha256: v.stored.get('daftar-hadir.pdf') ?? null, imported_at: now, imported_by: v.operator,
    });
    for (const p of payload.proposals) {
      const id = insertCityProposal(ctx.db, cityProposalToDb(packageId, payload.kelurahan.code, p));
      for (const e of p.evidence) insertCityEvidence(ctx.db, id, { kind: e.kind, file: e.file, sha256: v.stored.get(e.file) ?? e.sha256 });
    }
    if (previous) deleteFindingsOf(ctx.db, previous.id);
    insertFindingsOf(ctx.db, packageId);
    const carried = previous ? carryDinsosWork(ctx.db, previous.id, packageId) : null;
    record(ctx, {
      action: previous ? 'UBAH' : 'BUAT', entity: 'PAKET_MASUK', entityId: packageId,
      before: previous ? { paket: previous.id, berkas: previous.file_name } : undefined,
      after: {
        berkas: v.incoming.fileName, sha256: v.sha256, kelurahan: payload.kelurahan.code, musyawarah: payload.meeting.date, usulan: payload.proposals.length, kunci: v.verdict.signer?.keyId,
        ...(carried ? { groundcheckDibawa: carried.groundchecks, tanggapanDibawa: carried.answers } : {}),
      },
    });
    return previous ? 'REPLACED' : 'IMPORTED';
  });
}

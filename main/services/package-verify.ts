import type { Verdict } from '../../shared/package/verdict-schema';
import { DECISIONS, PROPOSAL_KIND_SHORT } from '../../shared/meeting/options';
import { formatRtRw } from '../../shared/format/address';
import { formatLongDate } from '../../shared/format/date';
import { readIdentities } from '../package/age-stream';
import { verifyPackage } from '../package/verify-package';
import type { ServiceContext } from './context';

export interface VerifyUploadRequest {
  fileName: string;
  uploadId: string;
  identity: string;
  publicKeys: readonly string[];
}

/** The UI's door to `verifyPackage`: the package was uploaded in pieces to a sealed scratch file, removed afterwards. */
export async function verifyUpload(ctx: ServiceContext, input: VerifyUploadRequest): Promise<Verdict> {
  const verdict = await ctx.uploads.consume(input.uploadId, (file) => verifyPackage({ source: file, fileName: input.fileName, identities: readIdentities(input.identity), publicKeys: input.publicKeys }));
  const p = verdict.payload;
  return {
    ok: verdict.ok,
    fileName: input.fileName,
    bagName: verdict.bagName,
    problems: verdict.problems,
    signer: verdict.signer,
    proposals: (p?.proposals ?? []).map((x) => ({
      no: x.no, nik: x.nik, name: x.name, address: `${x.address}, RT/RW ${formatRtRw(x.rt, x.rw)}`,
      kind: PROPOSAL_KIND_SHORT[x.kind], decision: DECISIONS.labels[x.decision], note: x.note,
    })),
    kelurahan: p ? `Kelurahan ${p.kelurahan.name}, Kecamatan ${p.kelurahan.kecamatan}, ${p.kelurahan.kota}` : null,
    meeting: p ? `Musyawarah ${formatLongDate(p.meeting.date)}, berita acara nomor ${p.meeting.letterNumber}` : null,
    beritaAcaraBase64: verdict.beritaAcaraPdf?.toString('base64') ?? null,
  };
}

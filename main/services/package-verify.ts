import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Verdict } from '../../shared/package/verdict-schema';
import { DECISIONS, PROPOSAL_KIND_SHORT } from '../../shared/meeting/options';
import { readIdentities } from '../package/age-stream';
import { verifyPackage } from '../package/verify-package';

/** The UI's door to `verifyPackage`: the uploaded bytes go to a private temp file and are removed afterwards. */
export async function verifyUpload(input: { fileName: string; contentBase64: string; identity: string; publicKeys: readonly string[] }): Promise<Verdict> {
  const dir = await mkdtemp(join(tmpdir(), 'muskel-upload-'));
  try {
    const path = join(dir, basename(input.fileName).replace(/[^A-Za-z0-9._-]/g, '_') || 'paket');
    await writeFile(path, Buffer.from(input.contentBase64, 'base64'));
    const verdict = await verifyPackage({ path, identities: readIdentities(input.identity), publicKeys: input.publicKeys });
    const p = verdict.payload;
    return {
      ok: verdict.ok,
      fileName: input.fileName,
      bagName: verdict.bagName,
      problems: verdict.problems,
      signer: verdict.signer,
      proposals: (p?.proposals ?? []).map((x) => ({
        no: x.no, nik: x.nik, name: x.name, address: `${x.address}, RT/RW ${String(x.rt).padStart(3, '0')}/${String(x.rw).padStart(3, '0')}`,
        kind: PROPOSAL_KIND_SHORT[x.kind], decision: DECISIONS.labels[x.decision], note: x.note,
      })),
      kelurahan: p ? `Kelurahan ${p.kelurahan.name}, Kecamatan ${p.kelurahan.kecamatan}, ${p.kelurahan.kota}` : null,
      meeting: p ? `Musyawarah ${p.meeting.date}, berita acara nomor ${p.meeting.letterNumber}` : null,
      beritaAcaraBase64: verdict.beritaAcaraPdf?.toString('base64') ?? null,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

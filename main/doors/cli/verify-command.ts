import { readdirSync } from 'node:fs';
import { readSmallFile } from './read-small-file';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readIdentities } from '../../package/age-stream';
import { verifyPackage } from '../../package/verify-package';
import type { CliCommand } from './cli-command';

export const verifyCommand: CliCommand = {
  name: 'verify',
  usage: 'muskel verify PACKAGE [--pubkey FILE | --keys DIR] [--identity FILE] [--json]',
  summary: 'Memeriksa paket usulan: dekripsi, BagIt, sidik, tanda tangan, JSON dan CSV; keluar 0 hanya bila paket sah',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { pubkey: { type: 'string' }, keys: { type: 'string' }, identity: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
    });
    const [path] = positionals;
    if (!path) {
      console.error(`Pemakaian: ${this.usage}`);
      return 2;
    }
    const read = (file: string) => readSmallFile(file, 'Berkas kunci', 64 * 1024);
    const publicKeys = values.pubkey ? [read(values.pubkey)] : values.keys ? readdirSync(values.keys).filter((f) => f.endsWith('.pub')).map((f) => read(join(values.keys ?? '', f))) : [];
    const identities = values.identity ? readIdentities(read(values.identity)) : [];
    const verdict = await verifyPackage({ source: path, identities, publicKeys });
    if (values.json) {
      console.log(JSON.stringify({ ok: verdict.ok, file: verdict.fileName, bag: verdict.bagName, signer: verdict.signer, problems: verdict.problems, proposals: verdict.payload?.proposals.length ?? null }, null, 2));
    } else if (verdict.ok) {
      const p = verdict.payload;
      console.log(`SAH: paket ${verdict.bagName ?? ''} asli dan lengkap.`);
      console.log(`Ditandatangani kunci ${verdict.signer?.keyId ?? ''}: "${verdict.signer?.trustedComment ?? ''}"`);
      if (p) console.log(`Kelurahan ${p.kelurahan.name}, musyawarah ${p.meeting.date} nomor ${p.meeting.letterNumber}: ${p.proposals.length} usulan.`);
    } else {
      console.log(`TIDAK SAH: paket ${verdict.fileName} ditolak.`);
      for (const problem of verdict.problems) console.log(`- ${problem.message}`);
    }
    return verdict.ok ? 0 : 1;
  },
};

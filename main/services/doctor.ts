import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkIntegrity, foreignKeyProblems, selectEvidenceDigests } from '../db/backup-queries';
import { decryptedDigest } from '../vault/encrypted-digest';
import { verifyAudit } from './audit';
import type { ServiceContext } from './context';
import { evidenceDir } from './evidence';

export interface DoctorReport {
  problems: string[];
  checked: { pages: boolean; auditEntries: number; evidenceFiles: number };
}

/** `muskel doctor`: every page of the database, its references, the audit chain and every evidence file, each problem named. */
export async function runDoctor(ctx: ServiceContext): Promise<DoctorReport> {
  const problems = checkIntegrity(ctx.db, true).map((p) => `Basis data: ${p}`);
  for (const fk of foreignKeyProblems(ctx.db)) problems.push(`Basis data: baris ${String(fk.rowid)} di tabel ${fk.table} merujuk ke ${fk.parent} yang tidak ada`);
  const audit = verifyAudit(ctx);
  if (!audit.ok && audit.problem) problems.push(audit.problem);
  const digests = selectEvidenceDigests(ctx.db);
  for (const sha of digests) {
    const file = join(evidenceDir(ctx), sha);
    if (!existsSync(file)) problems.push(`Lampiran ${sha.slice(0, 12)}…: berkas tidak ada di folder lampiran`);
    else if ((await decryptedDigest(file, ctx.dataKey)) !== sha) problems.push(`Lampiran ${sha.slice(0, 12)}…: berkas rusak atau telah diubah`);
  }
  return { problems, checked: { pages: true, auditEntries: audit.entries, evidenceFiles: digests.length } };
}
